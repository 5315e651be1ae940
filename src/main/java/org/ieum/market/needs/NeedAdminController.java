package org.ieum.market.needs;

import java.nio.charset.StandardCharsets;

import org.ieum.identity.CurrentUser;
import org.ieum.identity.StaffCenter;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of buyer needs: the center's needs, posting one, and a need with its matches and responses. */
@Controller
@RefusalsReturnTo("/admin/market/needs")
@RequestMapping("/admin/market/needs")
class NeedAdminController {

	private final Needs needs;
	private final NeedAnnouncements announcements;
	private final NeedQueries queries;

	NeedAdminController(Needs needs, NeedAnnouncements announcements, NeedQueries queries) {
		this.needs = needs;
		this.announcements = announcements;
		this.queries = queries;
	}

	@GetMapping
	String list(StaffCenter center, Model model) {
		model.addAttribute("form", new NeedForm());
		return listPage(center, model);
	}

	@PostMapping
	String post(StaffCenter center, @ModelAttribute("form") NeedForm form, CurrentUser me, Model model,
			RedirectAttributes redirect) {
		try {
			long id = needs.post(center.id(), form.terms(), me.accountId());
			redirect.addFlashAttribute(Actions.NOTICE, "market.needs.notice.posted");
			return "redirect:" + back(center, id);
		}
		catch (Refusal ex) {
			Actions.error(model.asMap(), ex);
			return listPage(center, model);
		}
	}

	@GetMapping("/{id}")
	String need(StaffCenter center, @PathVariable long id, Model model) {
		model.addAttribute("detail", queries.forStaff(center.id(), id));
		return "market/admin/need";
	}

	@PostMapping("/{id}/publish")
	String publish(StaffCenter center, @PathVariable long id, RedirectAttributes redirect) {
		return Actions.run(redirect, back(center, id), "market.needs.notice.published",
				() -> announcements.publish(id));
	}

	@PostMapping("/{id}/responses/{response}/decide")
	String decide(StaffCenter center, @PathVariable long id, @PathVariable long response,
			@RequestParam(required = false) Decision decision, RedirectAttributes redirect) {
		return Actions.run(redirect, back(center, id), "market.needs.notice.decided", "market.needs.error.raced",
				() -> needs.decide(response, decision));
	}

	@PostMapping("/{id}/close")
	String close(StaffCenter center, @PathVariable long id, RedirectAttributes redirect) {
		return Actions.run(redirect, back(center, id), "market.needs.notice.closed", "market.needs.error.raced",
				() -> needs.close(id));
	}

	@GetMapping("/{id}/responses/{response}/file")
	ResponseEntity<byte[]> file(StaffCenter center, @PathVariable long id, @PathVariable long response) {
		NeedQueries.Download file = queries.file(center.id(), id, response);
		return ResponseEntity.ok()
			.contentType(file.type() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(file.type()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

	private static String back(StaffCenter center, long id) {
		return "/admin/market/needs/" + id + "?center=" + center.id();
	}

	private String listPage(StaffCenter center, Model model) {
		model.addAttribute("lines", queries.ofCenter(center.id()));
		model.addAttribute("choices", needs.choices(center.id()));
		model.addAttribute("today", queries.today());
		return "market/admin/needs";
	}
}
