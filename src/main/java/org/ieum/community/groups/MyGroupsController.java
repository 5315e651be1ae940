package org.ieum.community.groups;

import org.ieum.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** My page's small groups: the ones the person leads, belongs to or asked to join. */
@Controller
class MyGroupsController {

	private final GroupQueries queries;

	MyGroupsController(GroupQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/my/groups")
	String mine(CurrentUser me, Model model) {
		model.addAttribute("groups", queries.mine(me.accountId()));
		return "community/my";
	}
}
