package org.ieum.consulting.requests;

import java.time.Clock;

import org.ieum.consulting.cases.CaseAttachments;
import org.ieum.consulting.cases.CaseViews;
import org.ieum.consulting.cases.Forms;
import org.ieum.consulting.cases.SessionMode;
import org.ieum.consulting.matching.Assignments;
import org.ieum.consulting.sessions.SessionLogs;
import org.ieum.consulting.sessions.SessionPlanning;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
public class MyConsultingController {

	private final ClientRequests requests;
	private final Assignments assignments;
	private final SessionPlanning planning;
	private final SessionLogs logs;
	private final CaseViews views;
	private final Clock clock;

	public MyConsultingController(ClientRequests requests, Assignments assignments, SessionPlanning planning, SessionLogs logs,
			CaseViews views, Clock clock) {
		this.requests = requests;
		this.assignments = assignments;
		this.planning = planning;
		this.logs = logs;
		this.views = views;
		this.clock = clock;
	}

	// ---- client ----

	@GetMapping("/my/consulting")
	public String mine(CurrentUser me, Model model) {
		model.addAttribute("requests", views.rows(requests.mine(me), null));
		return "consulting/my/requests";
	}

	@GetMapping("/my/consulting/{id}")
	public String request(@PathVariable long id, CurrentUser me, Model model) {
		model.addAttribute("request", views.detail(requests.requestOf(id, me)));
		return "consulting/my/request";
	}

	@PostMapping("/my/consulting/{id}/withdraw")
	public String withdraw(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/consulting/" + id, "consulting.notice.withdrawn",
				"consulting.error.concurrent", () -> requests.withdraw(id, me));
	}

	@PostMapping("/my/consulting/{id}/rating")
	public String rate(@PathVariable long id, @RequestParam(defaultValue = "") String rating,
			@RequestParam(defaultValue = "") String comment, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/consulting/" + id, "consulting.notice.rated", "consulting.error.concurrent",
				() -> logs.rate(id, me, (int) Forms.number(rating, 1, 5, "consulting.form.rating"),
				Forms.text(comment, 1000, false, "consulting.form.comment")));
	}

	@PostMapping("/my/consulting/{id}/files")
	public String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file, CurrentUser me,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/consulting/" + id, "consulting.notice.fileAdded",
				"consulting.error.concurrent", () -> {
			CaseAttachments.Upload upload = Forms.upload(file);
			if (upload == null) {
				throw new Refusal("consulting.error.fileEmpty");
			}
			requests.attachByClient(id, me, upload);
		});
	}

	// ---- expert ----

	@GetMapping("/my/assignments")
	public String assignments(CurrentUser me, Model model) {
		model.addAttribute("requests", views.rows(assignments.assignmentsOf(me), null));
		model.addAttribute("expert", assignments.isExpert(me));
		return "consulting/my/assignments";
	}

	@GetMapping("/my/assignments/{id}")
	public String assignment(@PathVariable long id, CurrentUser me, Model model) {
		model.addAttribute("request", views.detail(assignments.assignmentOf(id, me)));
		model.addAttribute("modes", SessionMode.values());
		model.addAttribute("today", Seoul.today(clock));
		return "consulting/my/assignment";
	}

	@PostMapping("/my/assignments/{id}/accept")
	public String accept(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/assignments/" + id, "consulting.notice.accepted",
				"consulting.error.concurrent", () -> assignments.accept(id, me));
	}

	@PostMapping("/my/assignments/{id}/decline")
	public String decline(@PathVariable long id, @RequestParam(defaultValue = "") String note, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/assignments", "consulting.notice.declined", "consulting.error.concurrent",
				() -> assignments.decline(id, me, Forms.text(note, 500, false, "consulting.form.note")));
	}

	@PostMapping("/my/assignments/{id}/sessions")
	public String schedule(@PathVariable long id, @RequestParam(defaultValue = "") String date,
			@RequestParam(defaultValue = "") String time, @RequestParam(defaultValue = "") String minutes,
			@RequestParam(defaultValue = "") String mode, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/assignments/" + id, "consulting.notice.scheduled",
				"consulting.error.concurrent", () -> planning.schedule(id, me, Forms.plan(date, time, minutes, mode), null));
	}

	@PostMapping("/my/assignments/{id}/sessions/{sessionId}/record")
	public String record(@PathVariable long id, @PathVariable long sessionId, @RequestParam(defaultValue = "") String content,
			@RequestParam(defaultValue = "") String nextSteps, @RequestParam(required = false) MultipartFile file,
			CurrentUser me, RedirectAttributes redirect) {
		assignments.assignmentOf(id, me);
		return Actions.run(redirect, "/my/assignments/" + id, "consulting.notice.recorded",
				"consulting.error.concurrent",
				() -> logs.recordSession(sessionId, me, Forms.text(content, 4000, true, "consulting.form.content"),
				Forms.text(nextSteps, 2000, false, "consulting.form.nextSteps"), Forms.upload(file)));
	}

	@PostMapping("/my/assignments/{id}/sessions/{sessionId}/cancel")
	public String cancel(@PathVariable long id, @PathVariable long sessionId, CurrentUser me, RedirectAttributes redirect) {
		assignments.assignmentOf(id, me);
		return Actions.run(redirect, "/my/assignments/" + id, "consulting.notice.sessionCancelled",
				"consulting.error.concurrent", () -> logs.cancelSession(sessionId, me));
	}

	@PostMapping("/my/assignments/{id}/complete")
	public String complete(@PathVariable long id, @RequestParam(defaultValue = "") String summary, CurrentUser me,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/assignments/" + id, "consulting.notice.completed",
				"consulting.error.concurrent",
				() -> logs.complete(id, me, Forms.text(summary, 2000, false, "consulting.form.summary")));
	}
}
