package org.ieum.programs.portal;

import java.util.List;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.programs.application.ApplicationDrafts;
import org.ieum.programs.application.MyApplicationPages;
import org.ieum.programs.call.Application;
import org.ieum.programs.call.CallViews;
import org.ieum.programs.call.ProgramCall;
import org.ieum.programs.call.ProgramViews;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A center's public list of calls, a call's page, and starting an application from it. */
@Controller
class ProgramsPortalController {

	private final CallViews calls;
	private final ApplicationDrafts drafts;
	private final MyApplicationPages applications;
	private final CentersApi centers;
	private final EnterprisesApi enterprises;
	private final IdentityApi identity;

	ProgramsPortalController(CallViews calls, ApplicationDrafts drafts, MyApplicationPages applications,
			CentersApi centers, EnterprisesApi enterprises, IdentityApi identity) {
		this.calls = calls;
		this.drafts = drafts;
		this.applications = applications;
		this.centers = centers;
		this.enterprises = enterprises;
		this.identity = identity;
	}

	@GetMapping("/c/{slug}/programs")
	String list(@PathVariable String slug, Model model) {
		CenterSummary center = center(slug);
		model.addAttribute("calls", calls.callsOf(center.id()));
		return "programs/list";
	}

	@GetMapping("/c/{slug}/programs/{id}")
	String call(@PathVariable String slug, @PathVariable long id, Model model) {
		CenterSummary center = center(slug);
		ProgramCall call = calls.publicCall(center.id(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("call", calls.view(call));
		CurrentUser me = identity.currentUser().orElse(null);
		model.addAttribute("signedIn", me != null);
		List<OrganizationSummary> managed = me == null ? List.of() : enterprises.managedBy(me.accountId());
		model.addAttribute("organizations", managed);
		return "programs/call";
	}

	@PostMapping("/c/{slug}/programs/{id}/apply")
	String apply(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) Long organizationId, CurrentUser me, RedirectAttributes redirect) {
		CenterSummary center = center(slug);
		calls.publicCall(center.id(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			Application application = drafts.start(id, me, organizationId);
			return "redirect:/my/programs/" + application.getId();
		}
		catch (Refusal ex) {
			Actions.refused(redirect, ex);
			return "redirect:/c/" + slug + "/programs/" + id + "#apply";
		}
		catch (DataIntegrityViolationException ex) {
			// two clicks at once: the other request made the draft
			redirect.addFlashAttribute("notice", "programs.notice.draftExists");
			return "redirect:/my/programs";
		}
	}

	/** The receipt of a submitted application, in the portal of the center that runs the call; the applicant's only. */
	@GetMapping("/c/{slug}/programs/{callId}/applications/{id}")
	String submitted(@PathVariable String slug, @PathVariable long callId, @PathVariable long id, CurrentUser me,
			Model model) {
		center(slug);
		ProgramViews.ApplicationView view;
		try {
			view = applications.receipt(id, me);
		}
		catch (Refusal | AccessDeniedException ex) {
			// someone else's application answers as a missing one, so ids cannot be probed
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (view.callId() != callId || !slug.equals(view.centerSlug())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("app", view);
		return "programs/submitted";
	}

	private CenterSummary center(String slug) {
		return centers.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
