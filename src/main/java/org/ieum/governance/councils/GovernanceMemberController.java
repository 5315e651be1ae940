package org.ieum.governance.councils;

import java.nio.charset.StandardCharsets;

import org.ieum.governance.core.GovernanceForms;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Actions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A council member's own pages: their meetings, and the minutes their role lets them draft or approve. */
@Controller
class GovernanceMemberController {

	private final CouncilQueries queries;
	private final MinutesDesk desk;

	GovernanceMemberController(CouncilQueries queries, MinutesDesk desk) {
		this.queries = queries;
		this.desk = desk;
	}

	@GetMapping("/my/governance")
	String meetings(CurrentUser me, Model model) {
		model.addAttribute("meetings", queries.myMeetings(me));
		return "governance/my/meetings";
	}

	@GetMapping("/my/governance/meetings/{id}")
	String meeting(@PathVariable long id, CurrentUser me, Model model) {
		model.addAttribute("my", queries.myMeeting(id, me));
		return "governance/my/meeting";
	}

	@PostMapping("/my/governance/meetings/{id}/minutes")
	String draft(@PathVariable long id, @RequestParam(defaultValue = "") String body, CurrentUser me,
			RedirectAttributes redirect) {
		return Actions.run(redirect, path(id), "governance.notice.minutesSaved", "governance.error.concurrent",
				() -> desk.draft(id, me, GovernanceForms.text(body, 20000, true, "governance.field.minutes")));
	}

	@PostMapping("/my/governance/meetings/{id}/minutes/revise")
	String revise(@PathVariable long id, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "") String reason, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, path(id), "governance.notice.minutesRevised", "governance.error.concurrent",
				() -> desk.revise(id, me, GovernanceForms.text(body, 20000, true, "governance.field.minutes"),
						GovernanceForms.text(reason, 500, true, "governance.field.reason")));
	}

	@PostMapping("/my/governance/meetings/{id}/minutes/approve")
	String approve(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, path(id), "governance.notice.minutesApproved", "governance.error.concurrent",
				() -> desk.approve(id, me));
	}

	@GetMapping("/governance/documents/{id}")
	ResponseEntity<byte[]> document(@PathVariable long id, CurrentUser me) {
		CouncilQueries.Download file = queries.document(id, me);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.type()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

	private static String path(long id) {
		return "/my/governance/meetings/" + id;
	}
}
