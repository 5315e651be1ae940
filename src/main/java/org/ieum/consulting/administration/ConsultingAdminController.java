package org.ieum.consulting.administration;

import org.ieum.consulting.administration.CaseQueries.CaseList;
import org.ieum.consulting.administration.CaseQueries.CasePage;
import org.ieum.consulting.cases.Forms;
import org.ieum.consulting.cases.SessionMode;
import org.ieum.consulting.matching.Assignments;
import org.ieum.consulting.matching.Triage;
import org.ieum.consulting.sessions.SessionLogs;
import org.ieum.consulting.sessions.SessionPlanning;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.StaffCenter;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.ieum.shared.web.RefusalsReturnTo;
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
 * Staff pages for the consulting cases of the centers they staff (own and shared): triage with
 * suggested experts, assignment, sessions and closing. Another center's pages answer 403; the
 * services check it again.
 */
@Controller
@RefusalsReturnTo("/admin/consulting")
@RequestMapping("/admin/consulting")
public class ConsultingAdminController {

	private final CaseQueries queries;
	private final Triage triage;
	private final Assignments assignments;
	private final SessionPlanning planning;
	private final SessionLogs logs;

	public ConsultingAdminController(CaseQueries queries, Triage triage, Assignments assignments, SessionPlanning planning,
			SessionLogs logs) {
		this.queries = queries;
		this.triage = triage;
		this.assignments = assignments;
		this.planning = planning;
		this.logs = logs;
	}

	@GetMapping
	public String cases(StaffCenter center, Model model) {
		CaseList cases = queries.cases(center.id());
		model.addAttribute("waiting", cases.waiting());
		model.addAttribute("rows", cases.rows());
		return "consulting/admin/cases";
	}

	@GetMapping("/requests/{id}")
	public String request(@PathVariable long id, StaffCenter center, Model model) {
		CasePage page = queries.request(id, center.center());
		model.addAttribute("center", page.center());
		model.addAttribute("request", page.request());
		model.addAttribute("manage", page.manage());
		model.addAttribute("suggestions", page.suggestions());
		model.addAttribute("modes", SessionMode.values());
		model.addAttribute("today", page.today());
		model.addAttribute("viewing", page.center());
		return "consulting/admin/request";
	}

	@PostMapping("/requests/{id}/assign")
	public String assign(@PathVariable long id, @RequestParam(required = false) Long expertId, RedirectAttributes redirect) {
		triage.requireManager(id);
		return Actions.run(redirect, requestPage(id), "consulting.notice.assigned", "consulting.error.concurrent",
				() -> {
			if (expertId == null) {
				throw new Refusal("consulting.form.expert");
			}
			assignments.assign(id, expertId);
		});
	}

	@PostMapping("/requests/{id}/answer")
	public String answer(@PathVariable long id, @RequestParam(defaultValue = "false") boolean accepted,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		triage.requireManager(id);
		return Actions.run(redirect, requestPage(id),
				accepted ? "consulting.notice.answerAccepted" : "consulting.notice.answerDeclined",
				"consulting.error.concurrent",
				() -> triage.recordAnswer(id, accepted, Forms.text(note, 500, false, "consulting.form.note")));
	}

	@PostMapping("/requests/{id}/sessions/{sessionId}/record")
	public String record(@PathVariable long id, @PathVariable long sessionId, @RequestParam(defaultValue = "") String content,
			@RequestParam(defaultValue = "") String nextSteps,
			@RequestParam(required = false) MultipartFile file, CurrentUser me,
			RedirectAttributes redirect) {
		triage.requireManager(id);
		return Actions.run(redirect, requestPage(id), "consulting.notice.recorded", "consulting.error.concurrent",
				() -> logs.recordSession(sessionId, me, Forms.text(content, 4000, true, "consulting.form.content"),
				Forms.text(nextSteps, 2000, false, "consulting.form.nextSteps"), Forms.upload(file)));
	}

	@PostMapping("/requests/{id}/sessions/{sessionId}/cancel")
	public String cancel(@PathVariable long id, @PathVariable long sessionId, CurrentUser me, RedirectAttributes redirect) {
		triage.requireManager(id);
		return Actions.run(redirect, requestPage(id), "consulting.notice.sessionCancelled",
				"consulting.error.concurrent", () -> logs.cancelSession(sessionId, me));
	}

	@PostMapping("/requests/{id}/resolve")
	public String resolve(@PathVariable long id, @RequestParam(defaultValue = "") String resolution, RedirectAttributes redirect) {
		triage.requireManager(id);
		return Actions.run(redirect, requestPage(id), "consulting.notice.resolved", "consulting.error.concurrent",
				() -> triage.resolve(id, Forms.text(resolution, 2000, true, "consulting.form.resolution")));
	}

	@PostMapping("/requests/{id}/sessions")
	public String schedule(@PathVariable long id, @RequestParam(defaultValue = "") String date,
			@RequestParam(defaultValue = "") String time, @RequestParam(defaultValue = "") String minutes,
			@RequestParam(defaultValue = "") String mode, @RequestParam(defaultValue = "") String overrideReason,
			CurrentUser me, RedirectAttributes redirect) {
		triage.requireManager(id);
		return Actions.run(redirect, requestPage(id), "consulting.notice.scheduled", "consulting.error.concurrent",
				() -> planning.schedule(id, me, Forms.plan(date, time, minutes, mode),
				Forms.text(overrideReason, 500, false, "consulting.form.overrideReason")));
	}

	@PostMapping("/requests/{id}/complete")
	public String complete(@PathVariable long id, @RequestParam(defaultValue = "") String summary, CurrentUser me,
			RedirectAttributes redirect) {
		triage.requireManager(id);
		return Actions.run(redirect, requestPage(id), "consulting.notice.completed", "consulting.error.concurrent",
				() -> logs.complete(id, me, Forms.text(summary, 2000, false, "consulting.form.summary")));
	}

	private static String requestPage(long id) {
		return "/admin/consulting/requests/" + id;
	}
}
