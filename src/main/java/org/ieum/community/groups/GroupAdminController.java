package org.ieum.community.groups;

import org.ieum.identity.StaffCenter;
import org.ieum.shared.web.Actions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff's view of the center's small groups: proposals to approve or turn down, every group, and their room use. */
@Controller
@RequestMapping("/admin/community/groups")
class GroupAdminController {

	private final GroupQueries queries;
	private final Groups groups;

	GroupAdminController(GroupQueries queries, Groups groups) {
		this.queries = queries;
		this.groups = groups;
	}

	@GetMapping
	String list(StaffCenter center, Model model) {
		model.addAttribute("page", queries.staff(center.id()));
		return "community/admin/groups";
	}

	@PostMapping("/{id}/approve")
	String approve(StaffCenter center, @PathVariable long id, RedirectAttributes redirect) {
		return Actions.run(redirect, target(center), "community.notice.approved", "community.error.race",
				() -> groups.approve(center.id(), id));
	}

	@PostMapping("/{id}/reject")
	String reject(StaffCenter center, @PathVariable long id, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		return Actions.run(redirect, target(center), "community.notice.rejected", "community.error.race",
				() -> groups.reject(center.id(), id, note));
	}

	private static String target(StaffCenter center) {
		return "/admin/community/groups?center=" + center.id();
	}
}
