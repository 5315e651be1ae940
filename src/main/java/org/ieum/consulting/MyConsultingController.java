package org.ieum.consulting;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.ieum.identity.CurrentUser;
import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own consulting: as a client (/my/consulting: their requests, sessions, rating)
 * and as an expert (/my/assignments: only the cases assigned to them).
 */
@Controller
class MyConsultingController {

	private final Cases cases;
	private final CaseViews views;
	private final MessageSource messages;

	MyConsultingController(Cases cases, CaseViews views, MessageSource messages) {
		this.cases = cases;
		this.views = views;
		this.messages = messages;
	}

	@Bean
	static MenuEntry myConsultingMenuEntry() {
		return MenuEntry.my("consulting.menu.my", "/my/consulting", 45);
	}

	@Bean
	static MenuEntry myAssignmentsMenuEntry() {
		return MenuEntry.my("consulting.menu.assignments", "/my/assignments", 46, Authorities.EXPERT);
	}

	// ---- client ----

	@GetMapping("/my/consulting")
	String mine(CurrentUser me, Model model) {
		model.addAttribute("requests", views.rows(cases.mine(me), null));
		return "consulting/my/requests";
	}

	@GetMapping("/my/consulting/{id}")
	String request(@PathVariable long id, CurrentUser me, Model model) {
		model.addAttribute("request", views.detail(cases.requestOf(id, me)));
		return "consulting/my/request";
	}

	@PostMapping("/my/consulting/{id}/withdraw")
	String withdraw(@PathVariable long id, CurrentUser me, Locale locale, RedirectAttributes redirect) {
		return act(() -> cases.withdraw(id, me), "consulting.notice.withdrawn", locale, redirect, "/my/consulting/" + id);
	}

	@PostMapping("/my/consulting/{id}/rating")
	String rate(@PathVariable long id, @RequestParam(defaultValue = "") String rating,
			@RequestParam(defaultValue = "") String comment, CurrentUser me, Locale locale, RedirectAttributes redirect) {
		return act(() -> cases.rate(id, me, (int) Forms.number(rating, 1, 5, "consulting.form.rating"),
				Forms.text(comment, 1000, false, "consulting.form.comment")), "consulting.notice.rated", locale, redirect,
				"/my/consulting/" + id);
	}

	@PostMapping("/my/consulting/{id}/files")
	String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file, CurrentUser me,
			Locale locale, RedirectAttributes redirect) {
		return act(() -> {
			Cases.Upload upload = Forms.upload(file);
			if (upload == null) {
				throw new ConsultingException("consulting.error.fileEmpty");
			}
			cases.attachByClient(id, me, upload);
		}, "consulting.notice.fileAdded", locale, redirect, "/my/consulting/" + id);
	}

	// ---- expert ----

	@GetMapping("/my/assignments")
	String assignments(CurrentUser me, Model model) {
		model.addAttribute("requests", views.rows(cases.assignmentsOf(me), null));
		model.addAttribute("expert", !cases.expertIdsOf(me).isEmpty());
		return "consulting/my/assignments";
	}

	@GetMapping("/my/assignments/{id}")
	String assignment(@PathVariable long id, CurrentUser me, Model model) {
		model.addAttribute("request", views.detail(cases.assignmentOf(id, me)));
		model.addAttribute("modes", SessionMode.values());
		model.addAttribute("today", cases.today());
		return "consulting/my/assignment";
	}

	@PostMapping("/my/assignments/{id}/accept")
	String accept(@PathVariable long id, CurrentUser me, Locale locale, RedirectAttributes redirect) {
		return act(() -> cases.accept(id, me), "consulting.notice.accepted", locale, redirect, "/my/assignments/" + id);
	}

	@PostMapping("/my/assignments/{id}/decline")
	String decline(@PathVariable long id, @RequestParam(defaultValue = "") String note, CurrentUser me, Locale locale,
			RedirectAttributes redirect) {
		return act(() -> cases.decline(id, me, Forms.text(note, 500, false, "consulting.form.note")),
				"consulting.notice.declined", locale, redirect, "/my/assignments");
	}

	@PostMapping("/my/assignments/{id}/sessions")
	String schedule(@PathVariable long id, @RequestParam(defaultValue = "") String date,
			@RequestParam(defaultValue = "") String time, @RequestParam(defaultValue = "") String minutes,
			@RequestParam(defaultValue = "") String mode, CurrentUser me, Locale locale, RedirectAttributes redirect) {
		return act(() -> cases.schedule(id, me, plan(date, time, minutes, mode), null), "consulting.notice.scheduled",
				locale, redirect, "/my/assignments/" + id);
	}

	@PostMapping("/my/assignments/{id}/sessions/{sessionId}/record")
	String record(@PathVariable long id, @PathVariable long sessionId, @RequestParam(defaultValue = "") String content,
			@RequestParam(defaultValue = "") String nextSteps, @RequestParam(required = false) MultipartFile file,
			CurrentUser me, Locale locale, RedirectAttributes redirect) {
		cases.assignmentOf(id, me);
		return act(() -> cases.recordSession(sessionId, me, Forms.text(content, 4000, true, "consulting.form.content"),
				Forms.text(nextSteps, 2000, false, "consulting.form.nextSteps"), Forms.upload(file)),
				"consulting.notice.recorded", locale, redirect, "/my/assignments/" + id);
	}

	@PostMapping("/my/assignments/{id}/sessions/{sessionId}/cancel")
	String cancel(@PathVariable long id, @PathVariable long sessionId, CurrentUser me, Locale locale,
			RedirectAttributes redirect) {
		cases.assignmentOf(id, me);
		return act(() -> cases.cancelSession(sessionId, me), "consulting.notice.sessionCancelled", locale, redirect,
				"/my/assignments/" + id);
	}

	@PostMapping("/my/assignments/{id}/complete")
	String complete(@PathVariable long id, @RequestParam(defaultValue = "") String summary, CurrentUser me,
			Locale locale, RedirectAttributes redirect) {
		return act(() -> cases.complete(id, me, Forms.text(summary, 2000, false, "consulting.form.summary")),
				"consulting.notice.completed", locale, redirect, "/my/assignments/" + id);
	}

	static Cases.Plan plan(String date, String time, String minutes, String mode) {
		LocalDateTime start = Forms.date(date).atTime(Forms.time(time));
		int length = (int) Forms.number(minutes, 10, 720, "consulting.form.minutes");
		return new Cases.Plan(start, length, Forms.choice(SessionMode.class, mode, "consulting.form.mode"));
	}

	/** Someone else's request or assignment is simply not found. */
	@ExceptionHandler(ConsultingException.class)
	void notFound(ConsultingException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	private String act(Runnable action, String notice, Locale locale, RedirectAttributes redirect, String target) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ConsultingException ex) {
			if ("consulting.error.noRequest".equals(ex.messageKey()) || "consulting.error.noSession".equals(ex.messageKey())) {
				throw ex;
			}
			redirect.addFlashAttribute("consultingError", messages.getMessage(ex.messageKey(), ex.args(), locale));
		}
		catch (ConcurrencyFailureException ex) {
			redirect.addFlashAttribute("consultingError", messages.getMessage("consulting.error.concurrent", null, locale));
		}
		return "redirect:" + target;
	}
}
