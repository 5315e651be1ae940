package org.ieum.content.newsletter;

import java.util.List;

import org.ieum.centers.CentersApi;
import org.ieum.content.board.ContentCenters;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 관리 → 소식지: a center's issues, writing one, preview, a test to oneself, sending; the subscriber list. */
@Controller
@RequestMapping("/admin/content/newsletter")
class NewsletterAdminController {

	private final Newsletters newsletters;
	private final CentersApi centers;

	NewsletterAdminController(Newsletters newsletters, CentersApi centers) {
		this.newsletters = newsletters;
		this.centers = centers;
	}

	private long center(Long requested, CurrentUser me, Model model) {
		return ContentCenters.choose(centers, requested, me, model);
	}

	@GetMapping
	String issues(@RequestParam(required = false) Long center, CurrentUser me, Model model) {
		long centerId = center(center, me, model);
		model.addAttribute("issues", newsletters.issuesOf(centerId));
		return "content/newsletter/admin-issues";
	}

	@GetMapping("/new")
	String newIssue(@RequestParam(required = false) Long center, CurrentUser me, Model model) {
		long centerId = center(center, me, model);
		return composePage(centerId, null, "", "", List.of(), null, model);
	}

	@PostMapping("/new")
	String compose(@RequestParam long center, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String intro, @RequestParam(name = "post", required = false) List<Long> chosen,
			CurrentUser me, Model model, RedirectAttributes redirect) {
		try {
			Issue issue = newsletters.compose(center, subject, intro, chosen, me);
			redirect.addFlashAttribute("notice", "content.newsletter.notice.saved");
			return "redirect:/admin/content/newsletter/issues/" + issue.getId();
		}
		catch (Refusal ex) {
			center(center, me, model);
			return composePage(center, null, subject, intro, chosen, ex, model);
		}
	}

	@GetMapping("/issues/{id}")
	String issue(@PathVariable long id, Model model) {
		Newsletters.IssueView issue = newsletters.issue(id);
		model.addAttribute("issue", issue);
		if (issue.draft()) {
			model.addAttribute("posts", newsletters.recentPosts(issue.centerId()));
			model.addAttribute("chosen", issue.posts().stream().map(Newsletters.PostLink::id).toList());
		}
		return "content/newsletter/admin-issue";
	}

	@PostMapping("/issues/{id}")
	String revise(@PathVariable long id, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String intro, @RequestParam(name = "post", required = false) List<Long> chosen,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/content/newsletter/issues/" + id, "content.newsletter.notice.saved", () -> newsletters.revise(id, subject, intro, chosen));
	}

	@PostMapping("/issues/{id}/test")
	String test(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
		newsletters.sendTest(id, me);
		redirect.addFlashAttribute("notice", "content.newsletter.notice.testQueued");
		return "redirect:/admin/content/newsletter/issues/" + id;
	}

	@PostMapping("/issues/{id}/send")
	String send(@PathVariable long id, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/content/newsletter/issues/" + id, "content.newsletter.notice.queued", () -> newsletters.send(id));
	}

	@GetMapping("/subscribers")
	String subscribers(@RequestParam(required = false) Long center, @RequestParam(defaultValue = "0") int page,
			CurrentUser me, Model model) {
		long centerId = center(center, me, model);
		model.addAttribute("list", newsletters.subscribers(centerId, page));
		return "content/newsletter/admin-subscribers";
	}

	@PostMapping("/subscribers/{id}/delete")
	String deleteSubscriber(@PathVariable long id, RedirectAttributes redirect) {
		long center = newsletters.deleteSubscriber(id);
		redirect.addFlashAttribute("notice", "content.newsletter.notice.subscriberDeleted");
		return "redirect:/admin/content/newsletter/subscribers?center=" + center;
	}

	private String composePage(long centerId, Long issueId, String subject, String intro, List<Long> chosen,
			Refusal refusal, Model model) {
		model.addAttribute("posts", newsletters.recentPosts(centerId));
		model.addAttribute("subject", subject);
		model.addAttribute("intro", intro);
		model.addAttribute("chosen", chosen == null ? List.of() : chosen);
		if (refusal != null) {
			Actions.error(model.asMap(), refusal);
		}
		return "content/newsletter/admin-compose";
	}
}
