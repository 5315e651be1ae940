package org.ieum.market.collaboration;

import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Actions;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My page's collaboration projects: the projects of the organizations I manage, a project's milestones, documents
 * and sales, sharing a document and entering the sales of a period. Another organization's project is a 403.
 */
@Controller
@RequestMapping("/my/market/projects")
class MyProjectsController {

	private final ProjectRecords records;
	private final ProjectQueries queries;

	MyProjectsController(ProjectRecords records, ProjectQueries queries) {
		this.records = records;
		this.queries = queries;
	}

	@GetMapping
	String list(CurrentUser me, Model model) {
		model.addAttribute("lines", queries.mine(me.accountId()));
		return "market/my-projects";
	}

	@GetMapping("/{id}")
	String project(@PathVariable long id, CurrentUser me, Model model) {
		model.addAttribute("detail", queries.forMember(id, me.accountId()));
		model.addAttribute("periodKinds", PeriodKind.values());
		model.addAttribute("today", queries.today());
		return "market/my-project";
	}

	@PostMapping("/{id}/documents")
	String share(@PathVariable long id, @RequestParam(required = false) MultipartFile file, CurrentUser me,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/market/projects/" + id, "market.collab.notice.shared",
				() -> records.share(id, ProjectDownloads.upload(file), me.accountId()));
	}

	@GetMapping("/{id}/documents/{document}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long document, CurrentUser me) {
		return ProjectDownloads.answer(records.document(id, document, me.accountId()));
	}

	@PostMapping("/{id}/sales")
	String sales(@PathVariable long id, @RequestParam(required = false) PeriodKind periodKind,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer number,
			@RequestParam(required = false) String won, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/market/projects/" + id, "market.collab.notice.salesRecorded",
				"market.collab.error.raced", () -> records.recordSales(id, periodKind, year, number, won, me.accountId()));
	}
}
