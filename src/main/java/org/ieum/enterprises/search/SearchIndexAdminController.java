package org.ieum.enterprises.search;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The index's state and a rebuild button. System administrators only: the index serves the
 * whole network, and a rebuild loads every organization of every center.
 */
@Controller
@RequestMapping("/admin/organizations/search-index")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class SearchIndexAdminController {

	private final SearchIndex index;

	SearchIndexAdminController(SearchIndex index) {
		this.index = index;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("status", index.status());
		return "enterprises/admin/search-index";
	}

	@PostMapping
	String rebuild(RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", index.rebuildInBackground() ? "enterprises.search.admin.started"
				: "enterprises.search.admin.alreadyRunning");
		return "redirect:/admin/organizations/search-index";
	}
}
