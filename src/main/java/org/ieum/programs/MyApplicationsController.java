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
		return act(redirect, "programs.notice.saved", back(id),
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
		catch (ProgramsException ex) {
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
		return act(redirect, "programs.notice.fileAdded", back(id) + "#files", () -> {
			if (file == null || file.isEmpty()) {
				throw new ProgramsException("programs.error.fileEmpty");
			}
			applications.upload(id, me, fieldId, file.getOriginalFilename(), bytes(file));
		});
	}

	@PostMapping("/{id}/files/{fileId}/delete")
	String removeFile(@PathVariable long id, @PathVariable long fileId, CurrentUser me, RedirectAttributes redirect) {
		return act(redirect, "programs.notice.fileRemoved", back(id) + "#files",
				() -> applications.removeFile(id, me, fileId));
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @RequestParam Map<String, String> params, CurrentUser me,
			RedirectAttributes redirect) {
		boolean[] submitted = new boolean[1];
		String back = act(redirect, "programs.notice.submitted", back(id), () -> {
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
		return act(redirect, "programs.notice.withdrawn", back(id), () -> applications.withdraw(id, me));
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
		return act(redirect, "programs.notice.saved", reportPath(id, reportId),
				() -> followUp.saveReport(id, reportId, me, FormAnswers.from(params)));
	}

	@PostMapping("/{id}/reports/{reportId}/files")
	String uploadToReport(@PathVariable long id, @PathVariable long reportId, @RequestParam long fieldId,
			@RequestParam(required = false) MultipartFile file, CurrentUser me, RedirectAttributes redirect) {
		return act(redirect, "programs.notice.fileAdded", reportPath(id, reportId), () -> {
			if (file == null || file.isEmpty()) {
				throw new ProgramsException("programs.error.fileEmpty");
			}
			followUp.uploadToReport(id, reportId, me, fieldId, file.getOriginalFilename(), bytes(file));
		});
	}

	@PostMapping("/{id}/reports/{reportId}/submit")
	String submitReport(@PathVariable long id, @PathVariable long reportId, @RequestParam Map<String, String> params,
			CurrentUser me, RedirectAttributes redirect) {
		return act(redirect, "programs.notice.reportSubmitted", reportPath(id, reportId), () -> {
			Map<Long, String> answers = FormAnswers.from(params);
			if (!answers.isEmpty()) {
				followUp.saveReport(id, reportId, me, answers);
			}
			followUp.submitReport(id, reportId, me);
		});
	}

	private static String back(long id) {
		return "redirect:/my/programs/" + id;
	}

	private static String reportPath(long id, long reportId) {
		return "redirect:/my/programs/" + id + "/reports/" + reportId;
	}

	/**
	 * Runs the step and reports its outcome as a flash message. Two requests at once (a
	 * double click) are stopped by the version column; the loser reads a message, not an error page.
	 */
	static String act(RedirectAttributes redirect, String notice, String target, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ProgramsException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
			redirect.addFlashAttribute("error", "programs.error.concurrent");
		}
		return target;
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
