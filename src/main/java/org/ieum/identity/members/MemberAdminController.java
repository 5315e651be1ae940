package org.ieum.identity.members;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.ieum.centers.CentersApi;
import org.ieum.identity.Role;
import org.ieum.identity.accounts.RoleAssignments;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.PageRequests;
import org.ieum.shared.web.Refusal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages for members: list, profile, guardian consent, roles, export with a reason. */
@Controller
@RequestMapping("/admin/members")
class MemberAdminController {

	private final MemberDirectory directory;
	private final RoleAssignments roles;
	private final CentersApi centers;
	private final Clock clock;

	MemberAdminController(MemberDirectory directory, RoleAssignments roles, CentersApi centers, Clock clock) {
		this.directory = directory;
		this.roles = roles;
		this.centers = centers;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("members", directory.search(q, PageRequests.of(page, 30)));
		model.addAttribute("pending", directory.pendingGuardians());
		model.addAttribute("q", q);
		return "identity/admin-members";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "false") boolean contacts, Model model) {
		model.addAttribute("member", directory.view(id, contacts));
		model.addAttribute("contactsShown", contacts);
		model.addAttribute("roles", Role.values());
		model.addAttribute("centers", centers.all());
		return "identity/admin-member";
	}

	@PostMapping("/{id}/guardian")
	String confirmGuardian(@PathVariable long id, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/members/" + id, "guardian.confirmed", () -> directory.confirmGuardian(id));
	}

	@PostMapping("/{id}/roles")
	String grant(@PathVariable long id, @RequestParam Role role, @RequestParam(required = false) Long centerId,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/members/" + id, "role.granted", () -> roles.grant(id, role, centerId));
	}

	@PostMapping("/{id}/roles/revoke")
	String revoke(@PathVariable long id, @RequestParam Role role, @RequestParam(required = false) Long centerId,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/members/" + id, "role.revoked", () -> roles.revoke(id, role, centerId));
	}

	@GetMapping("/export")
	String exportForm() {
		return "identity/admin-members-export";
	}

	@PostMapping("/export")
	Object export(@RequestParam(defaultValue = "") String reason, Model model) {
		try {
			byte[] csv = directory.exportCsv(reason);
			LocalDate today = Seoul.today(clock);
			return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
					.filename("members-" + today + ".csv", StandardCharsets.UTF_8).build().toString())
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.body(csv);
		}
		catch (Refusal ex) {
			model.addAttribute("reasonError", ex.messageKey());
			model.addAttribute("reason", reason);
			return "identity/admin-members-export";
		}
	}

}
