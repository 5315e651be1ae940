package org.ieum.governance.councils;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ieum.governance.core.GovernanceForms;
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

/** Staff pages of a center's councils, their members and meetings; the services check the center again. */
@Controller
@RefusalsReturnTo("/admin/governance")
@RequestMapping("/admin/governance")
class GovernanceAdminController {

	private static final String CONCURRENT = "governance.error.concurrent";

	private final CouncilQueries queries;
	private final Councils councils;
	private final MeetingChanges changes;

	GovernanceAdminController(CouncilQueries queries, Councils councils, MeetingChanges changes) {
		this.queries = queries;
		this.councils = councils;
		this.changes = changes;
	}

	@GetMapping
	String councils(StaffCenter center, Model model) {
		model.addAttribute("councils", queries.councilsOf(center.id()));
		return "governance/admin/councils";
	}

	@PostMapping("/councils")
	String create(@RequestParam long center, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "false") boolean publicCouncil,
			@RequestParam(defaultValue = "") String quorum, @RequestParam(defaultValue = "0") String recurrenceMonths,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/governance?center=" + center, "governance.notice.councilSaved",
				() -> councils.create(center, terms(name, purpose, publicCouncil, quorum, recurrenceMonths)));
	}

	@GetMapping("/councils/{id}")
	String council(@PathVariable long id, StaffCenter center, Model model) {
		model.addAttribute("page", queries.council(id, center.id()));
		model.addAttribute("roles", MemberRole.values());
		return "governance/admin/council";
	}

	@PostMapping("/councils/{id}")
	String change(@PathVariable long id, @RequestParam long center, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "false") boolean publicCouncil,
			@RequestParam(defaultValue = "") String quorum, @RequestParam(defaultValue = "0") String recurrenceMonths,
			RedirectAttributes redirect) {
		return Actions.run(redirect, councilPath(id, center), "governance.notice.councilSaved", CONCURRENT,
				() -> councils.change(id, center, terms(name, purpose, publicCouncil, quorum, recurrenceMonths)));
	}

	@PostMapping("/councils/{id}/members")
	String addMember(@PathVariable long id, @RequestParam long center, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String affiliation, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String termStart,
			@RequestParam(defaultValue = "") String termEnd, RedirectAttributes redirect) {
		return Actions.run(redirect, councilPath(id, center), "governance.notice.memberSaved",
				() -> councils.addMember(id, center, new Councils.MemberTerms(
						GovernanceForms.text(name, 100, true, "governance.field.name"),
						GovernanceForms.text(affiliation, 200, false, "governance.field.affiliation"),
						email(email), GovernanceForms.choice(MemberRole.class, role, "governance.field.role"),
						GovernanceForms.date(termStart, "governance.field.termStart"),
						GovernanceForms.date(termEnd, "governance.field.termEnd"))));
	}

	@PostMapping("/councils/{id}/meetings")
	String schedule(@PathVariable long id, @RequestParam long center, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String day, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String until, @RequestParam(required = false) Long roomId,
			@RequestParam(defaultValue = "") String place, RedirectAttributes redirect) {
		return Actions.run(redirect, councilPath(id, center), "governance.notice.meetingSaved", CONCURRENT,
				() -> councils.schedule(id, center, meetingTerms(title, day, from, until, roomId, place)));
	}

	@PostMapping("/meetings/{id}/change")
	String reschedule(@PathVariable long id, @RequestParam long center, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String day, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String until, @RequestParam(required = false) Long roomId,
			@RequestParam(defaultValue = "") String place, RedirectAttributes redirect) {
		return Actions.run(redirect, meetingPath(id, center), "governance.notice.meetingChanged", CONCURRENT,
				() -> changes.reschedule(id, center, meetingTerms(title, day, from, until, roomId, place)));
	}

	@PostMapping("/meetings/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam long center, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		return Actions.run(redirect, meetingPath(id, center), "governance.notice.meetingCancelled", CONCURRENT,
				() -> changes.cancel(id, center,
						GovernanceForms.text(reason, 500, true, "governance.field.cancelReason")));
	}

	@PostMapping("/meetings/{id}/agenda/{itemId}/remove")
	String removeAgendaItem(@PathVariable long id, @PathVariable long itemId, @RequestParam long center,
			RedirectAttributes redirect) {
		return Actions.run(redirect, meetingPath(id, center), "governance.notice.agendaRemoved", CONCURRENT,
				() -> changes.removeAgendaItem(id, center, itemId));
	}

	@GetMapping("/meetings/{id}")
	String meeting(@PathVariable long id, StaffCenter center, Model model) {
		model.addAttribute("page", queries.meeting(id, center.id()));
		model.addAttribute("decisions", Decision.values());
		return "governance/admin/meeting";
	}

	@PostMapping("/meetings/{id}/agenda")
	String addAgendaItem(@PathVariable long id, @RequestParam long center,
			@RequestParam(defaultValue = "") String title, RedirectAttributes redirect) {
		return Actions.run(redirect, meetingPath(id, center), "governance.notice.agendaSaved", CONCURRENT,
				() -> changes.addAgendaItem(id, center, GovernanceForms.text(title, 300, true, "governance.field.item")));
	}

	@PostMapping("/meetings/{id}/documents")
	String addDocument(@PathVariable long id, @RequestParam long center,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		return Actions.run(redirect, meetingPath(id, center), "governance.notice.documentSaved", () -> {
			if (file == null || file.isEmpty()) {
				throw new Refusal("governance.error.fileEmpty");
			}
			try {
				councils.addDocument(id, center, file.getBytes(), file.getOriginalFilename());
			}
			catch (IOException ex) {
				throw Refusal.because(ex, "governance.error.fileBroken");
			}
		});
	}

	@PostMapping("/meetings/{id}/invite")
	String invite(@PathVariable long id, @RequestParam long center, RedirectAttributes redirect) {
		return Actions.run(redirect, meetingPath(id, center), "governance.notice.invited", CONCURRENT,
				() -> councils.invite(id, center));
	}

	@PostMapping("/meetings/{id}/attendance")
	String attendance(@PathVariable long id, @RequestParam long center,
			@RequestParam(required = false) List<Long> present, RedirectAttributes redirect) {
		Set<Long> ids = present == null ? Set.of() : new HashSet<>(present);
		return Actions.run(redirect, meetingPath(id, center), "governance.notice.attendanceSaved", CONCURRENT,
				() -> councils.recordAttendance(id, center, ids));
	}

	@PostMapping("/meetings/{id}/agenda/{itemId}/decision")
	String decide(@PathVariable long id, @PathVariable long itemId, @RequestParam long center,
			@RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "0") String votesFor,
			@RequestParam(defaultValue = "0") String votesAgainst, @RequestParam(defaultValue = "0") String votesAbstain,
			RedirectAttributes redirect) {
		return Actions.run(redirect, meetingPath(id, center), "governance.notice.decisionSaved", CONCURRENT,
				() -> councils.decide(id, center, itemId,
						GovernanceForms.choice(Decision.class, decision, "governance.field.decision"),
						GovernanceForms.number(votesFor, 0, Council.MAX_QUORUM * 2, "governance.field.votesFor"),
						GovernanceForms.number(votesAgainst, 0, Council.MAX_QUORUM * 2, "governance.field.votesAgainst"),
						GovernanceForms.number(votesAbstain, 0, Council.MAX_QUORUM * 2, "governance.field.votesAbstain")));
	}

	private static Councils.CouncilTerms terms(String name, String purpose, boolean publicCouncil, String quorum,
			String recurrenceMonths) {
		return new Councils.CouncilTerms(GovernanceForms.text(name, 200, true, "governance.field.councilName"),
				GovernanceForms.text(purpose, 1000, false, "governance.field.purpose"), publicCouncil,
				GovernanceForms.number(quorum, 1, Council.MAX_QUORUM, "governance.field.quorum"),
				GovernanceForms.number(recurrenceMonths, 0, 12, "governance.field.recurrence"));
	}

	private static Councils.MeetingTerms meetingTerms(String title, String day, String from, String until, Long roomId,
			String place) {
		return new Councils.MeetingTerms(GovernanceForms.text(title, 200, true, "governance.field.meetingTitle"),
				GovernanceForms.date(day, "governance.field.day"), GovernanceForms.time(from, "governance.field.from"),
				GovernanceForms.time(until, "governance.field.until"), roomId,
				GovernanceForms.text(place, 200, false, "governance.field.place"));
	}

	private static String email(String typed) {
		String value = GovernanceForms.text(typed, 320, false, "governance.field.email");
		if (value != null && !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new Refusal("governance.error.email");
		}
		return value;
	}

	private static String councilPath(long id, long center) {
		return "/admin/governance/councils/" + id + "?center=" + center;
	}

	private static String meetingPath(long id, long center) {
		return "/admin/governance/meetings/" + id + "?center=" + center;
	}
}
