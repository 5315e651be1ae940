package org.ieum.market.collaboration;

import java.time.LocalDate;

import org.ieum.identity.CurrentUser;
import org.ieum.identity.StaffCenter;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of collaboration projects: the center's projects, starting one, and a project's whole page. */
@Controller
@RefusalsReturnTo("/admin/market/projects")
@RequestMapping("/admin/market/projects")
class ProjectAdminController {

	private final Projects projects;
	private final ProjectRecords records;
	private final ProjectQueries queries;

	ProjectAdminController(Projects projects, ProjectRecords records, ProjectQueries queries) {
		this.projects = projects;
		this.records = records;
		this.queries = queries;
	}

	@GetMapping
	String list(StaffCenter center, Model model) {
		model.addAttribute("form", new ProjectForm());
		return listPage(center, model);
	}

	@PostMapping
	String create(StaffCenter center, @ModelAttribute("form") ProjectForm form, Model model,
			RedirectAttributes redirect) {
		try {
			long id = projects.create(center.id(), form.terms(), form.getLeadBusinessNumber());
			redirect.addFlashAttribute(Actions.NOTICE, "market.collab.notice.created");
			return "redirect:" + back(center, id);
		}
		catch (Refusal ex) {
			Actions.error(model.asMap(), ex);
			return listPage(center, model);
		}
	}

	@GetMapping("/{id}")
	String project(StaffCenter center, @PathVariable long id, Model model) {
		ProjectQueries.ProjectDetail detail = queries.forStaff(center.id(), id);
		model.addAttribute("detail", detail);
		model.addAttribute("form", ProjectForm.of(detail.project()));
		return page(model);
	}

	@PostMapping("/{id}")
	String edit(StaffCenter center, @PathVariable long id, @ModelAttribute("form") ProjectForm form, Model model,
			RedirectAttributes redirect) {
		try {
			projects.edit(id, center.id(), form.terms());
			redirect.addFlashAttribute(Actions.NOTICE, "market.collab.notice.saved");
			return "redirect:" + back(center, id);
		}
		catch (Refusal ex) {
			Actions.error(model.asMap(), ex);
			model.addAttribute("detail", queries.forStaff(center.id(), id));
			return page(model);
		}
	}

	@PostMapping("/{id}/partners")
	String addPartner(StaffCenter center, @PathVariable long id, @RequestParam(required = false) String businessNumber,
			RedirectAttributes redirect) {
		return Actions.run(redirect, back(center, id), "market.collab.notice.partnerAdded",
				"market.collab.error.raced", () -> projects.addPartner(id, center.id(), businessNumber));
	}

	@PostMapping("/{id}/partners/{member}/remove")
	String removePartner(StaffCenter center, @PathVariable long id, @PathVariable long member,
			RedirectAttributes redirect) {
		return Actions.run(redirect, back(center, id), "market.collab.notice.partnerRemoved",
				() -> projects.removePartner(id, center.id(), member));
	}

	@PostMapping("/{id}/milestones")
	String addMilestone(StaffCenter center, @PathVariable long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			RedirectAttributes redirect) {
		return Actions.run(redirect, back(center, id), "market.collab.notice.milestoneAdded",
				() -> projects.addMilestone(id, center.id(), title, dueOn));
	}

	@PostMapping("/{id}/milestones/{milestone}/done")
	String done(StaffCenter center, @PathVariable long id, @PathVariable long milestone,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
			RedirectAttributes redirect) {
		return Actions.run(redirect, back(center, id), "market.collab.notice.milestoneDone",
				"market.collab.error.raced", () -> projects.completeMilestone(id, center.id(), milestone, doneOn));
	}

	@PostMapping("/{id}/milestones/{milestone}/reopen")
	String reopen(StaffCenter center, @PathVariable long id, @PathVariable long milestone,
			RedirectAttributes redirect) {
		return Actions.run(redirect, back(center, id), "market.collab.notice.milestoneReopened",
				"market.collab.error.raced", () -> projects.reopenMilestone(id, center.id(), milestone));
	}

	@PostMapping("/{id}/documents")
	String share(StaffCenter center, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, back(center, id), "market.collab.notice.shared",
				() -> records.share(id, ProjectDownloads.upload(file), me.accountId()));
	}

	@GetMapping("/{id}/documents/{document}")
	ResponseEntity<byte[]> document(StaffCenter center, @PathVariable long id, @PathVariable long document,
			CurrentUser me) {
		queries.forStaff(center.id(), id);
		return ProjectDownloads.answer(records.document(id, document, me.accountId()));
	}

	@PostMapping("/{id}/documents/{document}/remove")
	String removeDocument(StaffCenter center, @PathVariable long id, @PathVariable long document, CurrentUser me,
			RedirectAttributes redirect) {
		return Actions.run(redirect, back(center, id), "market.collab.notice.documentRemoved",
				() -> records.remove(id, document, me.accountId()));
	}

	@PostMapping("/{id}/sales")
	String sales(StaffCenter center, @PathVariable long id, @RequestParam(required = false) PeriodKind periodKind,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer number,
			@RequestParam(required = false) String won, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, back(center, id), "market.collab.notice.salesRecorded",
				"market.collab.error.raced", () -> records.recordSales(id, periodKind, year, number, won, me.accountId()));
	}

	private static String back(StaffCenter center, long id) {
		return "/admin/market/projects/" + id + "?center=" + center.id();
	}

	private String page(Model model) {
		model.addAttribute("kinds", ProjectKind.values());
		model.addAttribute("periodKinds", PeriodKind.values());
		model.addAttribute("today", queries.today());
		return "market/admin/project";
	}

	private String listPage(StaffCenter center, Model model) {
		model.addAttribute("lines", queries.ofCenter(center.id()));
		model.addAttribute("kinds", ProjectKind.values());
		return "market/admin/projects";
	}
}
