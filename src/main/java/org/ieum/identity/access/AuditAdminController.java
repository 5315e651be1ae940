package org.ieum.identity.access;

import java.time.Clock;
import java.time.LocalDate;

import org.ieum.identity.PersonalDataAction;
import org.ieum.identity.Role;
import org.ieum.identity.accounts.RoleAssignments;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.PageRequests;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The personal-data access log and the role audit, for system administrators. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AuditAdminController {

	private final AuditTrail trail;
	private final RoleAssignments roles;
	private final Clock clock;

	AuditAdminController(AuditTrail trail, RoleAssignments roles, Clock clock) {
		this.trail = trail;
		this.roles = roles;
		this.clock = clock;
	}

	@GetMapping("/access")
	String access(@RequestParam(defaultValue = "") String actor, @RequestParam(required = false) Long subject,
			@RequestParam(required = false) PersonalDataAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean verify,
			Model model) {
		LocalDate today = Seoul.today(clock);
		LocalDate start = from != null ? from : today.minusDays(30);
		LocalDate end = to != null ? to : today;
		if (end.isBefore(start)) {
			model.addAttribute("error", "audit.range.invalid");
			end = start;
		}
		model.addAttribute("entries", trail.accessEntries(actor, subject, action, start, end, PageRequests.of(page, 50)));
		model.addAttribute("actor", actor);
		model.addAttribute("subject", subject);
		model.addAttribute("action", action);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("actions", PersonalDataAction.values());
		if (verify) {
			Long brokenAt = trail.firstBrokenLink();
			model.addAttribute("chainChecked", true);
			model.addAttribute("brokenAt", brokenAt);
		}
		return "identity/admin-access-log";
	}

	@GetMapping("/roles")
	String roles(@RequestParam(defaultValue = "") String actor, @RequestParam(required = false) Long subject,
			@RequestParam(required = false) Role role, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", roles.history(actor, subject, role, PageRequests.of(page, 50)));
		model.addAttribute("actor", actor);
		model.addAttribute("subject", subject);
		model.addAttribute("role", role);
		model.addAttribute("roles", Role.values());
		return "identity/admin-role-audit";
	}
}
