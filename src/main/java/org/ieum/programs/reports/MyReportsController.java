package org.ieum.programs.reports;

import java.util.Map;

import org.ieum.identity.CurrentUser;
import org.ieum.programs.call.FormAnswers;
import org.ieum.shared.web.Actions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An awardee's reports on its application: answers, files, submission. */
@Controller
@RequestMapping("/my/programs/{id}/reports/{reportId}")
class MyReportsController {

	private final ReportPages pages;
	private final Reports reports;

	MyReportsController(ReportPages pages, Reports reports) {
		this.pages = pages;
		this.reports = reports;
	}

	@GetMapping
	String report(@PathVariable long id, @PathVariable long reportId, CurrentUser me, Model model) {
		ReportPages.Page page = pages.of(id, reportId, me);
		model.addAttribute("app", page.app());
		model.addAttribute("report", page.report());
		model.addAttribute("fields", page.fields());
		model.addAttribute("maxFileMb", page.maxFileMb());
		return "programs/my/report";
	}

	@PostMapping
	String saveReport(@PathVariable long id, @PathVariable long reportId, @RequestParam Map<String, String> params,
			CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, reportPath(id, reportId), "programs.notice.saved", "programs.error.concurrent",
				() -> reports.saveReport(id, reportId, me, FormAnswers.from(params)));
	}

	@PostMapping("/files")
	String uploadToReport(@PathVariable long id, @PathVariable long reportId, @RequestParam long fieldId,
			@RequestParam(required = false) MultipartFile file, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, reportPath(id, reportId), "programs.notice.fileAdded", "programs.error.concurrent",
				() -> reports.uploadToReport(id, reportId, me, fieldId, file == null ? null : file.getOriginalFilename(),
						FormAnswers.file(file)));
	}

	@PostMapping("/submit")
	String submitReport(@PathVariable long id, @PathVariable long reportId, @RequestParam Map<String, String> params,
			CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, reportPath(id, reportId), "programs.notice.reportSubmitted",
				"programs.error.concurrent", () -> {
			Map<Long, String> answers = FormAnswers.from(params);
			if (!answers.isEmpty()) {
				reports.saveReport(id, reportId, me, answers);
			}
			reports.submitReport(id, reportId, me);
		});
	}

	private static String reportPath(long id, long reportId) {
		return "/my/programs/" + id + "/reports/" + reportId;
	}
}
