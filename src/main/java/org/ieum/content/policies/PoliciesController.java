package org.ieum.content.policies;

import java.time.LocalDate;

import org.ieum.shared.Authorities;
import org.ieum.shared.web.Actions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The policies for everyone ({@code /policies/privacy}: the version in force today; {@code /policies/privacy/2}:
 * version 2) and their versions for system administrators.
 */
@Controller
class PoliciesController {

	private final Policies policies;

	PoliciesController(Policies policies) {
		this.policies = policies;
	}

	@GetMapping("/policies/{kind:privacy|terms}")
	String current(@PathVariable String kind, Model model) {
		return show(kind, null, model);
	}

	@GetMapping("/policies/{kind:privacy|terms}/{version:[0-9]{1,6}}")
	String version(@PathVariable String kind, @PathVariable int version, Model model) {
		return show(kind, version, model);
	}

	@GetMapping("/admin/content/policies")
	String admin(Model model) {
		Authorities.requireSystemAdmin();
		model.addAttribute("privacy", policies.page(PolicyKind.PRIVACY, null).orElse(null));
		model.addAttribute("terms", policies.page(PolicyKind.TERMS, null).orElse(null));
		return "content/policies/admin";
	}

	@PostMapping("/admin/content/policies")
	String publish(@RequestParam(required = false) String kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
			@RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/content/policies", "policies.notice.published",
				() -> policies.publish(kind == null ? null : PolicyKind.ofPath(kind).orElse(null), effectiveOn, body));
	}

	private String show(String kind, Integer version, Model model) {
		PolicyKind policy = PolicyKind.ofPath(kind).orElseThrow();
		model.addAttribute("policy", policies.page(policy, version)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "content/policies/policy";
	}
}
