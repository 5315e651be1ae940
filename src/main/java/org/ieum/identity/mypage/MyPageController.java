package org.ieum.identity.mypage;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.ServletException;

import org.ieum.identity.CurrentUser;
import org.ieum.identity.accounts.ConsentPurpose;
import org.ieum.identity.phone.PhoneNumbers;
import org.ieum.identity.phone.PhoneVerifications;
import org.ieum.identity.registration.Accounts;
import org.ieum.identity.registration.EmailVerifications;
import org.ieum.identity.tokens.ApiTokens;
import org.ieum.shared.MyPageSummary;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My page: a summary home (what is coming up, from every module's {@link MyPageSummary}), the
 * person's details (profile, password, consents), a developer section (API tokens) and account
 * deletion on a page of its own. Every tab also opens inside a center's portal ({@code /c/{slug}/my/...},
 * served by {@code shared.web.PortalMyPages}).
 */
@Controller
class MyPageController {

	private static final int UPCOMING = 10;

	private final Accounts accounts;
	private final ApiTokens tokens;
	private final EmailVerifications verifications;
	private final List<MyPageSummary> summaries;
	private final PhoneVerifications phones;

	MyPageController(Accounts accounts, ApiTokens tokens, EmailVerifications verifications,
			List<MyPageSummary> summaries, PhoneVerifications phones) {
		this.phones = phones;
		this.accounts = accounts;
		this.tokens = tokens;
		this.verifications = verifications;
		this.summaries = summaries;
	}

	@PostMapping("/my/verify-email")
	String resendVerification(CurrentUser user, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my", "verify.sent", () -> verifications.resend(user.accountId()));
	}

	@GetMapping("/my")
	String home(CurrentUser user, Model model) {
		model.addAttribute("profile", accounts.profileOf(user.accountId()));
		model.addAttribute("upcoming", summaries.stream()
			.flatMap(s -> s.upcomingFor(user.accountId()).stream())
			.sorted(Comparator.comparing(MyPageSummary.Item::at))
			.limit(UPCOMING)
			.toList());
		model.addAttribute("tab", "home");
		return "my/index";
	}

	@GetMapping("/my/account")
	String account(CurrentUser user, Model model) {
		model.addAttribute("profile", accounts.profileOf(user.accountId()));
		model.addAttribute("phoneCodeWaiting", phones.codeWaiting(user.accountId()));
		model.addAttribute("tab", "account");
		return "my/account";
	}

	@GetMapping("/my/developer")
	String developer(CurrentUser user, Model model) {
		model.addAttribute("tokens", tokens.list(user.accountId()));
		model.addAttribute("tokenDays", List.of(7, 30, 90, 365));
		model.addAttribute("tab", "developer");
		return "my/developer";
	}

	@GetMapping("/my/delete")
	String deletion(Model model) {
		model.addAttribute("tab", "delete");
		return "my/delete";
	}

	@PostMapping("/my/profile")
	String profile(CurrentUser user, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String phone, RedirectAttributes redirect) {
		if (displayName.isBlank() || displayName.length() > 50) {
			redirect.addFlashAttribute("error", "signup.name.required");
		}
		else if (!phone.isBlank() && PhoneNumbers.mobile(phone).isEmpty()) {
			redirect.addFlashAttribute("error", "phone.invalid");
		}
		else {
			accounts.changeProfile(user.accountId(), displayName, PhoneNumbers.mobile(phone).orElse(null));
			redirect.addFlashAttribute("notice", "my.profile.saved");
		}
		return "redirect:/my/account#profile";
	}

	@PostMapping("/my/phone/code")
	String sendPhoneCode(CurrentUser user, @RequestParam(defaultValue = "") String phone, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/account#phone", "phone.code.sent",
				() -> phones.sendCode(user.accountId(), phone));
	}

	@PostMapping("/my/phone/confirm")
	String confirmPhone(CurrentUser user, @RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/account#phone", "phone.verified", () -> phones.confirm(user.accountId(), code));
	}

	@PostMapping("/my/password")
	String password(CurrentUser user, @RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String newPasswordConfirm,
			RedirectAttributes redirect) {
		if (!newPassword.equals(newPasswordConfirm)) {
			redirect.addFlashAttribute("error", "password.confirm.mismatch");
			return "redirect:/my/account#password";
		}
		return Actions.run(redirect, "/my/account#password", "my.password.saved",
				() -> accounts.changePassword(user.accountId(), currentPassword, newPassword));
	}

	@PostMapping("/my/consents/{purpose}/{action}")
	String consent(CurrentUser user, @PathVariable String purpose, @PathVariable String action,
			RedirectAttributes redirect) {
		ConsentPurpose p;
		try {
			p = ConsentPurpose.valueOf(purpose);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", "consent.unknown");
			return "redirect:/my/account#consents";
		}
		return switch (action) {
			case "withdraw" -> Actions.run(redirect, "/my/account#consents", "consent.withdrawn",
					() -> accounts.withdraw(user.accountId(), p));
			case "agree" -> Actions.run(redirect, "/my/account#consents", "consent.agreed",
					() -> accounts.agree(user.accountId(), p));
			default -> {
				redirect.addFlashAttribute("error", "consent.unknown");
				yield "redirect:/my/account#consents";
			}
		};
	}

	@PostMapping("/my/tokens")
	String createToken(CurrentUser user, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "90") int days, RedirectAttributes redirect) {
		if (name.isBlank() || name.length() > 100) {
			redirect.addFlashAttribute("error", "token.name.required");
			return "redirect:/my/developer#tokens";
		}
		try {
			redirect.addFlashAttribute("newToken", tokens.create(user.accountId(), name, days));
			redirect.addFlashAttribute("notice", "token.created");
		}
		catch (Refusal ex) {
			Actions.refused(redirect, ex);
		}
		return "redirect:/my/developer#tokens";
	}

	@PostMapping("/my/tokens/{id}/revoke")
	String revokeToken(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/developer#tokens", "token.revoked", () -> tokens.revoke(user.accountId(), id));
	}

	@PostMapping("/my/delete")
	String delete(CurrentUser user, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "false") boolean confirm, HttpServletRequest request,
			RedirectAttributes redirect) throws ServletException {
		if (!confirm) {
			redirect.addFlashAttribute("error", "my.delete.confirmRequired");
			return "redirect:/my/delete";
		}
		try {
			accounts.delete(user.accountId(), password);
		}
		catch (Refusal ex) {
			Actions.refused(redirect, ex);
			return "redirect:/my/delete";
		}
		request.logout();
		redirect.addFlashAttribute("notice", "my.deleted");
		return "redirect:/login";
	}

}
