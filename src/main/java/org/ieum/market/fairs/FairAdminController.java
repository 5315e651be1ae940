package org.ieum.market.fairs;

import org.ieum.identity.CurrentUser;
import org.ieum.identity.StaffCenter;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of markets and fairs: the center's events, planning one, and an event's booths and sales. */
@Controller
@RefusalsReturnTo("/admin/market/fairs")
@RequestMapping("/admin/market/fairs")
class FairAdminController {

	private final Fairs fairs;
	private final FairQueries queries;

	FairAdminController(Fairs fairs, FairQueries queries) {
		this.fairs = fairs;
		this.queries = queries;
	}

	@GetMapping
	String list(StaffCenter center, Model model) {
		model.addAttribute("form", new FairForm());
		return listPage(center, model);
	}

	@PostMapping
	String plan(StaffCenter center, @ModelAttribute("form") FairForm form, Model model, RedirectAttributes redirect) {
		try {
			long id = fairs.plan(center.id(), form.plan());
			redirect.addFlashAttribute(Actions.NOTICE, "market.fairs.notice.planned");
			return "redirect:/admin/market/fairs/" + id + "?center=" + center.id();
		}
		catch (Refusal ex) {
			Actions.error(model.asMap(), ex);
			return listPage(center, model);
		}
	}

	@GetMapping("/{id}")
	String fair(StaffCenter center, @PathVariable long id, Model model) {
		model.addAttribute("detail", queries.forStaff(center.id(), id));
		return "market/admin/fair";
	}

	@PostMapping("/{id}/applications/{application}/assign")
	String assign(StaffCenter center, @PathVariable long id, @PathVariable long application,
			@RequestParam(required = false) Integer booth, RedirectAttributes redirect) {
		return Actions.run(redirect, back(center, id), "market.fairs.notice.assigned", "market.fairs.error.raced",
				() -> fairs.assign(application, booth == null ? 0 : booth));
	}

	@PostMapping("/{id}/applications/{application}/unassign")
	String unassign(StaffCenter center, @PathVariable long id, @PathVariable long application,
			RedirectAttributes redirect) {
		return Actions.run(redirect, back(center, id), "market.fairs.notice.unassigned",
				() -> fairs.unassign(application));
	}

	@PostMapping("/{id}/applications/{application}/decline")
	String decline(StaffCenter center, @PathVariable long id, @PathVariable long application,
			RedirectAttributes redirect) {
		return Actions.run(redirect, back(center, id), "market.fairs.notice.declined", () -> fairs.decline(application));
	}

	@PostMapping("/{id}/applications/{application}/sales")
	String sales(StaffCenter center, @PathVariable long id, @PathVariable long application, @RequestParam String won,
			CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, back(center, id), "market.fairs.notice.salesRecorded",
				() -> fairs.recordSales(application, won, me.accountId()));
	}

	private static String back(StaffCenter center, long id) {
		return "/admin/market/fairs/" + id + "?center=" + center.id();
	}

	private String listPage(StaffCenter center, Model model) {
		model.addAttribute("lines", queries.ofCenter(center.id()));
		model.addAttribute("rooms", queries.rooms(center.id()));
		model.addAttribute("today", queries.today());
		return "market/admin/fairs";
	}
}
