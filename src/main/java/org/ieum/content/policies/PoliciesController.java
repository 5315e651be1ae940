package org.ieum.content.policies;

import java.time.LocalDate;

import org.ieum.centers.CentersApi;
import org.ieum.content.board.Board;
import org.ieum.content.board.ContentCenters;
import org.ieum.identity.CurrentUser;
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
 * The policies for everyone ({@code /policies/privacy}: the network's version in force today;
 * {@code /policies/privacy/2}: version 2; {@code /c/{slug}/policies/privacy}: the center's own, or the
 * network's where it has none) and their versions for staff: system administrators the network's, a
 * center's staff their center's.
 */
@Controller
class PoliciesController {

	private final Policies policies;
	private final CentersApi centers;

	PoliciesController(Policies policies, CentersApi centers) {
		this.policies = policies;
		this.centers = centers;
	}

	@GetMapping("/policies/{kind:privacy|terms}")
	String current(@PathVariable String kind, Model model) {
		return show(kind, null, model);
	}

	@GetMapping("/policies/{kind:privacy|terms}/{version:[0-9]{1,6}}")
	String version(@PathVariable String kind, @PathVariable int version, Model model) {
		return show(kind, version, model);
	}

	@GetMapping("/c/{slug}/policies/{kind:privacy|terms}")
	String portalCurrent(@PathVariable String slug, @PathVariable String kind, Model model) {
		return showPortal(slug, kind, null, model);
	}

	@GetMapping("/c/{slug}/policies/{kind:privacy|terms}/{version:[0-9]{1,6}}")
	String portalVersion(@PathVariable String slug, @PathVariable String kind, @PathVariable int version,
			Model model) {
		return showPortal(slug, kind, version, model);
	}

	/** System administrators start at the network's policies; a center's staff at their center's. */
	@GetMapping("/admin/content/policies")
	String admin(@RequestParam(required = false) Long center, CurrentUser me, Model model) {
		Long requested = center == null && me.isSystemAdmin() ? Long.valueOf(Board.NETWORK) : center;
		long centerId = ContentCenters.choose(centers, requested, me, model);
		model.addAttribute("privacy", policies.ownPage(centerId, PolicyKind.PRIVACY).orElse(null));
		model.addAttribute("terms", policies.ownPage(centerId, PolicyKind.TERMS).orElse(null));
		return "content/policies/admin";
	}

	@PostMapping("/admin/content/policies")
	String publish(@RequestParam(defaultValue = "0") long center, @RequestParam(required = false) String kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
			@RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/content/policies?center=" + center, "policies.notice.published",
				() -> policies.publish(center, kind == null ? null : PolicyKind.ofPath(kind).orElse(null), effectiveOn,
						body));
	}

	private String show(String kind, Integer version, Model model) {
		PolicyKind policy = PolicyKind.ofPath(kind).orElseThrow();
		model.addAttribute("policy", policies.page(policy, version)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "content/policies/policy";
	}

	private String showPortal(String slug, String kind, Integer version, Model model) {
		PolicyKind policy = PolicyKind.ofPath(kind).orElseThrow();
		model.addAttribute("policy", policies.portalPage(slug, policy, version)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "content/policies/policy";
	}
}
