package org.ieum.programs.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import org.ieum.identity.CurrentUser;
import org.ieum.programs.call.FormAnswers;
import org.ieum.programs.call.ProgramViews;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
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

	private final MyApplicationPages pages;
	private final Applications applications;
	private final ApplicationFiles files;
	private final Clock clock;

	MyApplicationsController(MyApplicationPages pages, Applications applications, ApplicationFiles files, Clock clock) {
		this.pages = pages;
		this.applications = applications;
		this.files = files;
		this.clock = clock;
	}

	@GetMapping
	String list(CurrentUser me, Model model) {
		model.addAttribute("applications", pages.list(me));
		return "programs/my/list";
	}

	@GetMapping("/{id}")
	String application(@PathVariable long id, CurrentUser me, Model model) {
		MyApplicationPages.Page page = pages.of(id, me);
		model.addAttribute("app", page.app());
		model.addAttribute("fields", page.fields());
		model.addAttribute("scores", page.scores());
		model.addAttribute("reports", page.reports());
		model.addAttribute("maxFileMb", page.maxFileMb());
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
				() -> files.upload(id, me, fieldId, file == null ? null : file.getOriginalFilename(),
						FormAnswers.file(file)));
	}

	@PostMapping("/{id}/files/{fileId}/delete")
	String removeFile(@PathVariable long id, @PathVariable long fileId, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, back(id) + "#files", "programs.notice.fileRemoved", "programs.error.concurrent",
				() -> files.removeFile(id, me, fileId));
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
		ProgramViews.ApplicationView view = pages.receipt(id, me);
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
		ApplicationFiles.Download file = files.readableFile(fileId, me)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.body(file.bytes());
	}

	private static String back(long id) {
		return "/my/programs/" + id;
	}
}
