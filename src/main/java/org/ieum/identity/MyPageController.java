package org.ieum.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.ServletException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My page: one's own profile, password, consents, API tokens and account deletion. */
@Controller
@RequestMapping("/my")
class MyPageController {

	private final Accounts accounts;
	private final ApiTokens tokens;
	private final EmailVerifications verifications;

	MyPageController(Accounts accounts, ApiTokens tokens, EmailVerifications verifications) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.verifications = verifications;
	}

	@PostMapping("/verify-email")
	String resendVerification(CurrentUser user, RedirectAttributes redirect) {
		return attempt(redirect, "verify.sent", "/my#profile", () -> verifications.resend(user.accountId()));
	}

	@GetMapping
	String page(CurrentUser user, Model model) {
		model.addAttribute("profile", accounts.profileOf(user.accountId()));
		model.addAttribute("tokens", tokens.list(user.accountId()));
		model.addAttribute("tokenDays", java.util.List.of(7, 30, 90, 365));
		return "my/index";
	}

	@PostMapping("/profile")
	String profile(CurrentUser user, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String phone, RedirectAttributes redirect) {
		if (displayName.isBlank() || displayName.length() > 50) {
			redirect.addFlashAttribute("error", "signup.name.required");
		}
		else if (phone.length() > 40 || !phone.matches("[0-9+\\- ()]*")) {
			redirect.addFlashAttribute("error", "my.phone.invalid");
		}
		else {
			accounts.changeProfile(user.accountId(), displayName, phone);
			redirect.addFlashAttribute("notice", "my.profile.saved");
		}
		return "redirect:/my#profile";
	}

	@PostMapping("/password")
	String password(CurrentUser user, @RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String newPasswordConfirm,
			RedirectAttributes redirect) {
		if (!newPassword.equals(newPasswordConfirm)) {
			redirect.addFlashAttribute("error", "password.confirm.mismatch");
			return "redirect:/my#password";
		}
		return attempt(redirect, "my.password.saved", "/my#password",
				() -> accounts.changePassword(user.accountId(), currentPassword, newPassword));
	}

	@PostMapping("/consents/{purpose}/{action}")
	String consent(CurrentUser user, @PathVariable String purpose, @PathVariable String action,
			RedirectAttributes redirect) {
		ConsentPurpose p;
		try {
			p = ConsentPurpose.valueOf(purpose);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", "consent.unknown");
			return "redirect:/my#consents";
		}
		return switch (action) {
			case "withdraw" -> attempt(redirect, "consent.withdrawn", "/my#consents", () -> accounts.withdraw(user.accountId(), p));
			case "agree" -> attempt(redirect, "consent.agreed", "/my#consents", () -> accounts.agree(user.accountId(), p));
			default -> {
				redirect.addFlashAttribute("error", "consent.unknown");
				yield "redirect:/my#consents";
			}
		};
	}

	@PostMapping("/tokens")
	String createToken(CurrentUser user, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "90") int days, RedirectAttributes redirect) {
		if (name.isBlank() || name.length() > 100) {
			redirect.addFlashAttribute("error", "token.name.required");
			return "redirect:/my#tokens";
		}
		try {
			redirect.addFlashAttribute("newToken", tokens.create(user.accountId(), name, days));
			redirect.addFlashAttribute("notice", "token.created");
		}
		catch (IdentityException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/my#tokens";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, "token.revoked", "/my#tokens", () -> tokens.revoke(user.accountId(), id));
	}

	@PostMapping("/delete")
	String delete(CurrentUser user, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "false") boolean confirm, HttpServletRequest request,
			RedirectAttributes redirect) throws ServletException {
		if (!confirm) {
			redirect.addFlashAttribute("error", "my.delete.confirmRequired");
			return "redirect:/my#delete";
		}
		try {
			accounts.delete(user.accountId(), password);
		}
		catch (IdentityException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			return "redirect:/my#delete";
		}
		request.logout();
		redirect.addFlashAttribute("notice", "my.deleted");
		return "redirect:/login";
	}

	private static String attempt(RedirectAttributes redirect, String doneKey, String target, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", doneKey);
		}
		catch (IdentityException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:" + target;
	}
}
