package org.ieum.identity.registration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.ieum.centers.CentersApi;
import org.ieum.identity.accounts.Account;
import org.ieum.identity.accounts.ConsentPurpose;
import org.ieum.identity.accounts.PasswordPolicy;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.ieum.shared.web.SafeReturnPath;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Log-in, sign-up and password reset: the pages a person sees before they are signed in. */
@Controller
class AccountController {

	private final Accounts accounts;
	private final PasswordResets resets;
	private final CentersApi centers;
	private final ObjectProvider<ClientRegistrationRepository> oidc;
	private final EmailVerifications verifications;
	private final Clock clock;

	AccountController(Accounts accounts, PasswordResets resets, CentersApi centers,
			ObjectProvider<ClientRegistrationRepository> oidc, EmailVerifications verifications, Clock clock) {
		this.clock = clock;
		this.verifications = verifications;
		this.accounts = accounts;
		this.resets = resets;
		this.centers = centers;
		this.oidc = oidc;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String next,
			HttpSession session, Model model) {
		model.addAttribute("next", SafeReturnPath.of(next));
		if (error != null) {
			Object last = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			model.addAttribute("loginError", loginErrorKey(last));
			session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		}
		model.addAttribute("oidcProviders", oidcProviders());
		return "identity/login";
	}

	static String loginErrorKey(Object exception) {
		if (exception instanceof LockedException) {
			return "login.error.locked";
		}
		if (exception instanceof DisabledException) {
			return "login.error.pending";
		}
		if (exception instanceof AuthenticationException) {
			return "login.error.credentials";
		}
		return "login.error.credentials";
	}

	private List<OidcProvider> oidcProviders() {
		ClientRegistrationRepository repository = oidc.getIfAvailable();
		List<OidcProvider> providers = new ArrayList<>();
		if (repository instanceof Iterable<?> registrations) {
			for (Object r : registrations) {
				ClientRegistration registration = (ClientRegistration) r;
				providers.add(new OidcProvider(registration.getRegistrationId(), registration.getClientName()));
			}
		}
		return providers;
	}

	record OidcProvider(String id, String name) {
	}

	@GetMapping("/signup")
	String signupForm(@RequestParam(required = false) String center, Model model) {
		SignupForm form = new SignupForm();
		if (center != null) {
			centers.findBySlug(center).ifPresent(c -> form.setHomeCenterId(c.id()));
		}
		model.addAttribute("form", form);
		return signupPage(model);
	}

	@PostMapping("/signup")
	String signup(@Valid @ModelAttribute("form") SignupForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (form.getPassword() != null && !form.getPassword().equals(form.getPasswordConfirm())) {
			errors.rejectValue("passwordConfirm", "password.confirm.mismatch");
		}
		PasswordPolicy.problem(form.getPassword()).ifPresent(key -> {
			if (!errors.hasFieldErrors("password")) {
				errors.rejectValue("password", key);
			}
		});
		if (form.getBirthDate() != null && form.getBirthDate().isBefore(Accounts.EARLIEST_BIRTH_DATE)
				&& !errors.hasFieldErrors("birthDate")) {
			errors.rejectValue("birthDate", "signup.birthDate.tooEarly");
		}
		if (!form.isAgreeTerms() || !form.isAgreePrivacy()) {
			errors.reject("signup.consent.required");
		}
		if (errors.hasErrors()) {
			return signupPage(model);
		}
		Set<ConsentPurpose> consents = EnumSet.noneOf(ConsentPurpose.class);
		if (form.isAgreeTerms()) {
			consents.add(ConsentPurpose.TERMS);
		}
		if (form.isAgreePrivacy()) {
			consents.add(ConsentPurpose.PRIVACY);
		}
		if (form.isAgreeMarketing()) {
			consents.add(ConsentPurpose.MARKETING);
		}
		try {
			Accounts.SignupOutcome outcome = accounts.register(new Registration(form.getEmail(), form.getPassword(),
					form.getDisplayName(), form.getBirthDate(), form.getHomeCenterId(), form.getGuardianName(),
					form.getGuardianContact(), consents));
			// the same answer whether the address was new or already registered
			redirect.addFlashAttribute("notice",
					outcome == Accounts.SignupOutcome.GUARDIAN_PENDING ? "signup.sent.pending" : "signup.sent");
			return "redirect:/login";
		}
		catch (Refusal ex) {
			String field = switch (ex.messageKey()) {
				case "signup.guardian.required" -> "guardianName";
				case "signup.birthDate.future", "signup.birthDate.required", "signup.birthDate.tooEarly" -> "birthDate";
				case "signup.center.unknown" -> "homeCenterId";
				case "password.weak", "password.tooLong", "password.required" -> "password";
				default -> null;
			};
			if (field != null) {
				errors.rejectValue(field, ex.messageKey());
			}
			else {
				errors.reject(ex.messageKey());
			}
			return signupPage(model);
		}
	}

	private String signupPage(Model model) {
		model.addAttribute("centers", centers.all());
		model.addAttribute("consentVersion", ConsentPurpose.TERMS.currentVersion());
		model.addAttribute("guardianAge", Account.GUARDIAN_AGE);
		model.addAttribute("today", Seoul.today(clock));
		return "identity/signup";
	}

	/** The link in the verification mail; a GET so it works from any mail program, and single-use. */
	@GetMapping("/verify-email/{token}")
	String verifyEmail(@PathVariable String token, Model model) {
		try {
			verifications.verify(token);
			model.addAttribute("verified", true);
		}
		catch (Refusal ex) {
			model.addAttribute("verified", false);
		}
		return "identity/verify-email";
	}

	@GetMapping("/password-reset")
	String resetRequestForm() {
		return "identity/reset-request";
	}

	@PostMapping("/password-reset")
	String resetRequest(@RequestParam(defaultValue = "") String email, Model model, RedirectAttributes redirect) {
		if (email.isBlank() || !email.contains("@")) {
			model.addAttribute("emailError", "signup.email.invalid");
			model.addAttribute("email", email);
			return "identity/reset-request";
		}
		resets.request(email);
		redirect.addFlashAttribute("notice", "reset.sent");
		return "redirect:/password-reset";
	}

	@GetMapping("/password-reset/{token}")
	String resetForm(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", resets.isUsable(token));
		return "identity/reset-form";
	}

	@PostMapping("/password-reset/{token}")
	String reset(@PathVariable String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String passwordConfirm, Model model, RedirectAttributes redirect) {
		model.addAttribute("token", token);
		if (!password.equals(passwordConfirm)) {
			model.addAttribute("usable", resets.isUsable(token));
			model.addAttribute("passwordError", "password.confirm.mismatch");
			return "identity/reset-form";
		}
		try {
			resets.reset(token, password);
		}
		catch (Refusal ex) {
			model.addAttribute("usable", !"reset.invalid".equals(ex.messageKey()));
			model.addAttribute("passwordError", ex.messageKey());
			return "identity/reset-form";
		}
		redirect.addFlashAttribute("notice", "reset.done");
		return "redirect:/login";
	}
}
