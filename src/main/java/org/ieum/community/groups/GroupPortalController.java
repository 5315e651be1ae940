package org.ieum.community.groups;

import jakarta.validation.Valid;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A center's small groups in its portal: the list, proposing one, and a group's page with its board and meetings. */
@Controller
@RequestMapping("/c/{slug}/groups")
class GroupPortalController {

	private final GroupQueries queries;
	private final Groups groups;
	private final CentersApi centers;
	private final IdentityApi identity;

	GroupPortalController(GroupQueries queries, Groups groups, CentersApi centers, IdentityApi identity) {
		this.queries = queries;
		this.groups = groups;
		this.centers = centers;
		this.identity = identity;
	}

	@GetMapping
	String list(@PathVariable String slug, Model model) {
		model.addAttribute("groups", queries.active(center(slug).id()));
		return "community/groups";
	}

	@GetMapping("/new")
	String proposeForm(@PathVariable String slug, CurrentUser me, Model model) {
		center(slug);
		model.addAttribute("proposalForm", new ProposalForm());
		return "community/propose";
	}

	@PostMapping("/new")
	String propose(@PathVariable String slug, CurrentUser me, @Valid @ModelAttribute ProposalForm proposalForm,
			BindingResult errors, RedirectAttributes redirect) {
		CenterSummary center = center(slug);
		if (errors.hasErrors()) {
			return "community/propose";
		}
		long id = groups.propose(center.id(), proposalForm, me);
		redirect.addFlashAttribute(Actions.NOTICE, "community.notice.proposed");
		return "redirect:/c/" + slug + "/groups/" + id;
	}

	@GetMapping("/{id}")
	String group(@PathVariable String slug, @PathVariable long id, Model model) {
		model.addAttribute("group", queries.page(center(slug).id(), id, identity.currentUser()));
		if (!model.containsAttribute("meetingForm")) {
			model.addAttribute("meetingForm", new MeetingForm());
		}
		return "community/group";
	}

	@PostMapping("/{id}/join")
	String join(@PathVariable String slug, @PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
		long centerId = center(slug).id();
		return Actions.run(redirect, path(slug, id), "community.notice.joinRequested", "community.error.joinedTwice",
				() -> groups.join(centerId, id, me));
	}

	@PostMapping("/{id}/members/{membershipId}/accept")
	String accept(@PathVariable String slug, @PathVariable long id, @PathVariable long membershipId, CurrentUser me,
			RedirectAttributes redirect) {
		long centerId = center(slug).id();
		return Actions.run(redirect, path(slug, id) + "#members", "community.notice.accepted", "community.error.race",
				() -> groups.accept(centerId, id, membershipId, me));
	}

	@PostMapping("/{id}/posts")
	String post(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String body,
			CurrentUser me, RedirectAttributes redirect) {
		long centerId = center(slug).id();
		String target = path(slug, id) + "#board";
		try {
			groups.post(centerId, id, body, me);
			redirect.addFlashAttribute(Actions.NOTICE, "community.notice.posted");
		}
		catch (Refusal ex) {
			if (ex.status() != HttpStatus.BAD_REQUEST) {
				throw ex;
			}
			Actions.refused(redirect, ex);
			redirect.addFlashAttribute("body", body);
		}
		return "redirect:" + target;
	}

	@PostMapping("/{id}/meetings")
	String schedule(@PathVariable String slug, @PathVariable long id, CurrentUser me,
			@Valid @ModelAttribute MeetingForm meetingForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		long centerId = center(slug).id();
		if (!errors.hasErrors()) {
			try {
				int booked = groups.schedule(centerId, id, meetingForm, me);
				redirect.addFlashAttribute(Actions.NOTICE, "community.notice.scheduled");
				return "redirect:" + path(slug, id) + "#meetings";
			}
			catch (Refusal ex) {
				if (ex.status() != HttpStatus.BAD_REQUEST) {
					throw ex;
				}
				errors.reject(ex.messageKey(), ex.args(), ex.messageKey());
			}
		}
		model.addAttribute("group", queries.page(centerId, id, identity.currentUser()));
		return "community/group";
	}

	@PostMapping("/{id}/meetings/{meetingId}/cancel")
	String cancel(@PathVariable String slug, @PathVariable long id, @PathVariable long meetingId, CurrentUser me,
			RedirectAttributes redirect) {
		long centerId = center(slug).id();
		return Actions.run(redirect, path(slug, id) + "#meetings", "community.notice.meetingCancelled",
				"community.error.race", () -> groups.cancelMeeting(centerId, id, meetingId, me));
	}

	private static String path(String slug, long id) {
		return "/c/" + slug + "/groups/" + id;
	}

	private CenterSummary center(String slug) {
		return centers.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
