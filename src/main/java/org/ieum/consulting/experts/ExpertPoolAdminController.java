package org.ieum.consulting.experts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.consulting.cases.CaseViews;
import org.ieum.consulting.cases.ConsultingField;
import org.ieum.consulting.cases.Forms;
import org.ieum.consulting.experts.ExpertPoolQueries.ExpertPage;
import org.ieum.consulting.experts.ExpertPoolQueries.PoolPage;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.StaffCenter;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages for the expert pool of the centers they staff and the agreements that share a
 * pool with a partner center. Another center's pages answer 403; the services check it again.
 */
@Controller
@RefusalsReturnTo("/admin/consulting")
@RequestMapping("/admin/consulting")
public class ExpertPoolAdminController {

	private final ExpertPoolQueries queries;
	private final ExpertPool pool;
	private final CaseViews views;
	private final CentersApi centers;
	private final MessageSource messages;
	private final Clock clock;

	public ExpertPoolAdminController(ExpertPoolQueries queries, ExpertPool pool, CaseViews views, CentersApi centers,
			MessageSource messages, Clock clock) {
		this.queries = queries;
		this.pool = pool;
		this.views = views;
		this.centers = centers;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/experts")
	public String experts(StaffCenter center, Model model) {
		PoolPage page = queries.experts(center.id());
		model.addAttribute("experts", page.own());
		model.addAttribute("shared", page.shared());
		return "consulting/admin/experts";
	}

	@GetMapping("/experts/new")
	public String newExpert(StaffCenter center, Model model) {
		model.addAttribute("expertId", null);
		model.addAttribute("form", ExpertForm.empty());
		return expertPage(model);
	}

	@PostMapping("/experts/new")
	public String createExpert(StaffCenter center, ExpertForm form, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			pool.add(center.id(), form.terms());
			redirect.addFlashAttribute("notice", "consulting.notice.expertSaved");
			return "redirect:/admin/consulting/experts?center=" + center.id();
		}
		catch (Refusal ex) {
			return expertPage(null, form, messages.getMessage(ex.messageKey(), ex.args(), locale), model);
		}
	}

	@GetMapping("/experts/{id}")
	public String editExpert(@PathVariable long id, StaffCenter center, Model model) {
		ExpertPage page = queries.expert(id);
		model.addAttribute("center", page.center());
		model.addAttribute("expertId", id);
		model.addAttribute("form", page.form());
		return expertPage(model);
	}

	@PostMapping("/experts/{id}")
	public String updateExpert(@PathVariable long id, StaffCenter center, ExpertForm form, Model model, Locale locale,
			RedirectAttributes redirect) {
		CenterSummary c = queries.centerOfExpert(id);
		model.addAttribute("center", c);
		try {
			pool.revise(id, form.terms());
			redirect.addFlashAttribute("notice", "consulting.notice.expertSaved");
			return "redirect:/admin/consulting/experts?center=" + c.id();
		}
		catch (Refusal ex) {
			return expertPage(id, form, messages.getMessage(ex.messageKey(), ex.args(), locale), model);
		}
		catch (ConcurrencyFailureException ex) {
			return expertPage(id, form, messages.getMessage("consulting.error.concurrent", null, locale), model);
		}
	}

	@GetMapping("/agreements")
	public String agreements(StaffCenter center, Model model) {
		CenterSummary c = center.center();
		LocalDate today = Seoul.today(clock);
		model.addAttribute("agreements", pool.agreementsOf(c.id()).stream().map(a -> views.agreement(a, c.id(), today))
			.toList());
		model.addAttribute("partners", centers.all().stream().filter(x -> x.id() != c.id()).toList());
		model.addAttribute("today", today);
		return "consulting/admin/agreements";
	}

	@PostMapping("/agreements")
	public String share(@RequestParam long center, @RequestParam(required = false) Long partnerId,
			@RequestParam(defaultValue = "") String validFrom, @RequestParam(defaultValue = "") String validUntil,
			@RequestParam(defaultValue = "") String note, CurrentUser user, RedirectAttributes redirect) {
		Authorities.requireCenterStaff(center);
		return Actions.run(redirect, "/admin/consulting/agreements?center=" + center,
				"consulting.notice.agreementSaved", "consulting.error.concurrent", () -> {
			if (partnerId == null || centers.findById(partnerId).isEmpty()) {
				throw new Refusal("consulting.form.partner");
			}
			pool.share(center, partnerId, Forms.date(validFrom), validUntil.isBlank() ? null : Forms.date(validUntil),
					Forms.text(note, 500, false, "consulting.form.agreementNote"), user);
		});
	}

	@PostMapping("/agreements/{id}/end")
	public String endAgreement(@PathVariable long id, @RequestParam long center, CurrentUser user, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/consulting/agreements?center=" + center,
				"consulting.notice.agreementEnded", "consulting.error.concurrent", () -> pool.endAgreement(id, user));
	}

	/** The form again, as typed, with the reason it was refused. */
	private String expertPage(Long expertId, ExpertForm form, String error, Model model) {
		model.addAttribute("formError", error);
		model.addAttribute("expertId", expertId);
		model.addAttribute("form", form);
		return expertPage(model);
	}

	private String expertPage(Model model) {
		model.addAttribute("fields", ConsultingField.values());
		model.addAttribute("weekdays", List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"));
		return "consulting/admin/expert";
	}
}
