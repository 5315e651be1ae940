package org.ieum.programs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.ieum.identity.CurrentUser;
import org.ieum.shared.MenuEntry;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An applicant's own applications: the form with drafts (a save button, and htmx saving
 * on change when JavaScript runs), files, submission, withdrawal, the result and reports.
 */
@Controller
@RequestMapping("/my/programs")
class MyApplicationsController {

	private final Applications applications;
	private final FollowUp followUp;
	private final ProgramPages pages;
	private final ProgramFiles files;
	private final Clock clock;

	MyApplicationsController(Applications applications, FollowUp followUp, ProgramPages pages, ProgramFiles files,
			Clock clock) {
		this.clock = clock;
		this.applications = applications;
		this.followUp = followUp;
		this.pages = pages;
		this.files = files;
	}

	@Bean
	static MenuEntry myProgramsMenuEntry() {
		return MenuEntry.my("programs.menu.my", "/my/programs", 30);
	}

	@GetMapping
	String list(CurrentUser me, Model model) {
		model.addAttribute("applications", pages.mine(me.accountId()));
		return "programs/my/list";
	}

	@GetMapping("/{id}")
	String application(@PathVariable long id, CurrentUser me, Model model) {
		Application application = applications.own(id, me);
		ProgramViews.ApplicationView view = pages.application(application);
		model.addAttribute("app", view);
		model.addAttribute("fields", pages.form(view.callId(), FormKind.APPLICATION));
		model.addAttribute("scores", pages.ownScores(application).orElse(null));
		model.addAttribute("reports", view.resultsPublished() && view.decision() == Decision.AWARDED
				? pages.reportsOf(id) : List.of());
		model.addAttribute("maxFileMb", Math.max(1, files.maxBytes() / (1024 * 1024)));
		return "programs/my/application";
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @RequestParam Map<String, String> params, CurrentUser me,
			RedirectAttributes redirect) {
		return Actions.run(redirect, back(id), "programs.notice.saved", "programs.error.concurrent",
				() -> applications.saveAnswers(id, me, FormAnswers.from(params)));
	}

	/** htmx saves the draft as the applicant types; the answer is a short status line, not a page. */
	@PostMapping("/{id}/autosave")
	String autosave(@PathVariable long id, @RequestParam Map<String, String> params, CurrentUser me, Model model) {
		try {
			applications.saveAnswers(id, me, FormAnswers.from(params));
			model.addAttribute("autosaveKey", "programs.notice.autosaved");
			model.addAttribute("autosaveTime", Seoul.at(clock.instant()).toLocalTime().withNano(0));
		}
		catch (Refusal ex) {
			model.addAttribute("autosaveError", ex.messageKey());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("autosaveError", "programs.error.concurrent");
		}
		return "programs/my/application :: autosave";
	}

	@PostMapping("/{id}/files")
	String upload(@PathVariable long id, @RequestParam long fieldId, @RequestParam(required = false) MultipartFile file,
			CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, back(id) + "#files", "programs.notice.fileAdded", "programs.error.concurrent",
				() -> {
			if (file == null || file.isEmpty()) {
				throw new Refusal("programs.error.fileEmpty");
			}
			applications.upload(id, me, fieldId, file.getOriginalFilename(), bytes(file));
		});
	}

	@PostMapping("/{id}/files/{fileId}/delete")
	String removeFile(@PathVariable long id, @PathVariable long fileId, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, back(id) + "#files", "programs.notice.fileRemoved", "programs.error.concurrent",
				() -> applications.removeFile(id, me, fileId));
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @RequestParam Map<String, String> params, CurrentUser me,
			RedirectAttributes redirect) {
		boolean[] submitted = new boolean[1];
		String back = Actions.run(redirect, back(id), "programs.notice.submitted", "programs.error.concurrent", () -> {
			Map<Long, String> answers = FormAnswers.from(params);
			if (!answers.isEmpty()) {
				applications.saveAnswers(id, me, answers);
			}
			applications.submit(id, me);
			submitted[0] = true;
		});
		if (!submitted[0]) {
			return back;
		}
		// the receipt is shown in the portal of the center that runs the call
		ProgramViews.ApplicationView view = pages.application(applications.own(id, me));
		return "redirect:/c/" + view.centerSlug() + "/programs/" + view.callId() + "/applications/" + id;
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, back(id), "programs.notice.withdrawn", "programs.error.concurrent",
				() -> applications.withdraw(id, me));
	}

	/** Files of applications and reports, for the applicant, assigned reviewers and the center's staff only. */
	@GetMapping("/files/{fileId}")
	ResponseEntity<byte[]> download(@PathVariable long fileId, CurrentUser me) {
		ApplicationFile file = applications.readableFile(fileId, me);
		byte[] bytes = files.read(file.getStoredName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(file.getOriginalName(), StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}

	@GetMapping("/{id}/reports/{reportId}")
	String report(@PathVariable long id, @PathVariable long reportId, CurrentUser me, Model model) {
		Application application = applications.own(id, me);
		Report report = followUp.readable(id, reportId, me);
		model.addAttribute("app", pages.application(application));
		model.addAttribute("report", pages.report(report));
		model.addAttribute("fields", pages.form(application.getCallId(), FormKind.REPORT));
		model.addAttribute("maxFileMb", Math.max(1, files.maxBytes() / (1024 * 1024)));
		return "programs/my/report";
	}

	@PostMapping("/{id}/reports/{reportId}")
	String saveReport(@PathVariable long id, @PathVariable long reportId, @RequestParam Map<String, String> params,
			CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, reportPath(id, reportId), "programs.notice.saved", "programs.error.concurrent",
				() -> followUp.saveReport(id, reportId, me, FormAnswers.from(params)));
	}

	@PostMapping("/{id}/reports/{reportId}/files")
	String uploadToReport(@PathVariable long id, @PathVariable long reportId, @RequestParam long fieldId,
			@RequestParam(required = false) MultipartFile file, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, reportPath(id, reportId), "programs.notice.fileAdded", "programs.error.concurrent",
				() -> {
			if (file == null || file.isEmpty()) {
				throw new Refusal("programs.error.fileEmpty");
			}
			followUp.uploadToReport(id, reportId, me, fieldId, file.getOriginalFilename(), bytes(file));
		});
	}

	@PostMapping("/{id}/reports/{reportId}/submit")
	String submitReport(@PathVariable long id, @PathVariable long reportId, @RequestParam Map<String, String> params,
			CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, reportPath(id, reportId), "programs.notice.reportSubmitted",
				"programs.error.concurrent", () -> {
			Map<Long, String> answers = FormAnswers.from(params);
			if (!answers.isEmpty()) {
				followUp.saveReport(id, reportId, me, answers);
			}
			followUp.submitReport(id, reportId, me);
		});
	}

	private static String back(long id) {
		return "/my/programs/" + id;
	}

	private static String reportPath(long id, long reportId) {
		return "/my/programs/" + id + "/reports/" + reportId;
	}

	static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
