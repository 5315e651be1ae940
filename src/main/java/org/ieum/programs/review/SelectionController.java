package org.ieum.programs.review;

import org.ieum.programs.call.ApplicationAccess;
import org.ieum.programs.call.Decision;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff review and select: screen eligibility, assign and withdraw reviewers, decide, publish the results. */
@Controller
@RequestMapping("/admin/programs/{id}")
class SelectionController {

	private final Selection selection;
	private final ReviewAssignments assignments;
	private final ApplicationAccess access;

	SelectionController(Selection selection, ReviewAssignments assignments, ApplicationAccess access) {
		this.selection = selection;
		this.assignments = assignments;
		this.access = access;
	}

	@PostMapping("/applications/{applicationId}/screen")
	String screen(@PathVariable long id, @PathVariable long applicationId,
			@RequestParam(defaultValue = "") String eligibility, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		return Actions.run(redirect, applicationPath(id, applicationId), "programs.notice.screened",
				"programs.error.concurrent", () -> {
					if (!"ELIGIBLE".equals(eligibility) && !"INELIGIBLE".equals(eligibility)) {
						throw new Refusal("programs.error.chooseEligibility");
					}
					selection.screen(access.inCall(id, applicationId), "ELIGIBLE".equals(eligibility), reason);
				});
	}

	@PostMapping("/applications/{applicationId}/reviewers")
	String assign(@PathVariable long id, @PathVariable long applicationId, @RequestParam(defaultValue = "") String email,
			RedirectAttributes redirect) {
		return Actions.run(redirect, applicationPath(id, applicationId) + "#reviewers", "programs.notice.assigned",
				"programs.error.concurrent", () -> {
					if (email.isBlank() || email.length() > 320) {
						throw new Refusal("programs.error.noReviewer");
					}
					assignments.assign(access.inCall(id, applicationId), email);
				});
	}

	@PostMapping("/applications/{applicationId}/reviewers/{reviewId}/withdraw")
	String withdraw(@PathVariable long id, @PathVariable long applicationId, @PathVariable long reviewId,
			RedirectAttributes redirect) {
		return Actions.run(redirect, applicationPath(id, applicationId) + "#reviewers",
				"programs.notice.reviewerWithdrawn", "programs.error.concurrent",
				() -> assignments.withdraw(access.inCall(id, applicationId), reviewId));
	}

	@PostMapping("/applications/{applicationId}/decision")
	String decide(@PathVariable long id, @PathVariable long applicationId, @RequestParam(required = false) Decision decision,
			@RequestParam(required = false) Integer reserveRank, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/programs/" + id + "/applications", "programs.notice.decided",
				"programs.error.concurrent", () -> {
					if (decision == null) {
						throw new Refusal("programs.error.chooseDecision");
					}
					selection.decide(access.inCall(id, applicationId), decision, reserveRank);
				});
	}

	@PostMapping("/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/programs/" + id + "/applications", "programs.notice.published",
				"programs.error.concurrent", () -> selection.publish(id));
	}

	private static String applicationPath(long id, long applicationId) {
		return "/admin/programs/" + id + "/applications/" + applicationId;
	}
}
