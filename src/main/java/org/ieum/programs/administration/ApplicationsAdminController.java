package org.ieum.programs.administration;

import org.ieum.identity.CurrentUser;
import org.ieum.programs.call.Decision;
import org.ieum.programs.reports.ReportKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Staff read a call's applications: the ranked list and one application with its reviews and reports. */
@Controller
@RequestMapping("/admin/programs/{id}/applications")
class ApplicationsAdminController {

	private final StaffApplicationList list;
	private final StaffApplicationDetail detail;

	ApplicationsAdminController(StaffApplicationList list, StaffApplicationDetail detail) {
		this.list = list;
		this.detail = detail;
	}

	@GetMapping
	String applications(@PathVariable long id, Model model) {
		StaffApplicationList.Page page = list.of(id);
		model.addAttribute("call", page.call());
		model.addAttribute("rows", page.rows());
		model.addAttribute("drafts", page.drafts());
		model.addAttribute("awarded", page.awarded());
		model.addAttribute("decisions", Decision.values());
		return "programs/admin/applications";
	}

	@GetMapping("/{applicationId}")
	String application(@PathVariable long id, @PathVariable long applicationId, CurrentUser me, Model model) {
		StaffApplicationDetail.Page page = detail.of(id, applicationId, me);
		model.addAttribute("call", page.call());
		model.addAttribute("app", page.app());
		model.addAttribute("fields", page.fields());
		model.addAttribute("reviews", page.reviews());
		model.addAttribute("reports", page.reports());
		model.addAttribute("decisions", Decision.values());
		model.addAttribute("reportKinds", ReportKind.values());
		return "programs/admin/application";
	}
}
