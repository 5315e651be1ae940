package org.ieum.incubation;

import org.ieum.identity.CurrentUser;
import org.ieum.incubation.IncubationViews.PeriodView;
import org.ieum.incubation.IncubationViews.TenancyView;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A tenant's own incubation: the offer to accept or decline, the tenancy, and the periodic reports. */
@Controller
@RequestMapping("/my/incubation")
class MyIncubationController {

	private final Tenancies tenancies;
	private final TenantReports reports;
	private final Occupancy occupancy;

	MyIncubationController(Tenancies tenancies, TenantReports reports, Occupancy occupancy) {
		this.tenancies = tenancies;
		this.reports = reports;
		this.occupancy = occupancy;
	}

	@GetMapping
	String list(CurrentUser me, Model model) {
		model.addAttribute("tenancies", tenancies.mine(me).stream().map(occupancy::detail).toList());
		return "incubation/my/list";
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/incubation", "incubation.notice.accepted", "incubation.error.state",
				() -> tenancies.accept(id, me));
	}

	@PostMapping("/{id}/decline")
	String decline(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/incubation", "incubation.notice.declined", "incubation.error.state",
				() -> tenancies.decline(id, me));
	}

	@GetMapping("/{id}/reports/{period}")
	String reportForm(@PathVariable long id, @PathVariable int period, CurrentUser me, Model model) {
		TenancyView tenancy = occupancy.detail(tenancies.tenancyOf(id, me));
		PeriodView view = tenancy.periods().stream().filter(p -> p.number() == period && p.open()).findFirst()
			.orElseThrow(() -> Refusal.notFound("incubation.error.noPeriod"));
		model.addAttribute("tenancy", tenancy);
		model.addAttribute("period", view);
		if (!model.containsAttribute("employees")) {
			model.addAttribute("employees", view.employees() == null ? "" : view.employees().toString());
			model.addAttribute("revenueWon", view.revenueWon() == null ? "" : view.revenueWon().toString());
			model.addAttribute("milestones", view.milestones() == null ? "" : view.milestones());
		}
		return "incubation/my/report";
	}

	@PostMapping("/{id}/reports/{period}")
	String submitReport(@PathVariable long id, @PathVariable int period, @RequestParam(defaultValue = "") String employees,
			@RequestParam(defaultValue = "") String revenueWon, @RequestParam(defaultValue = "") String milestones,
			CurrentUser me, RedirectAttributes redirect) {
		try {
			int staff = (int) Forms.number(employees, 100_000, "incubation.form.reportEmployees");
			long revenue = Forms.number(revenueWon, 1_000_000_000_000L, "incubation.form.revenue");
			if (milestones.length() > 4000) {
				throw new Refusal("incubation.form.milestones");
			}
			reports.submit(id, period, staff, revenue, milestones.isBlank() ? null : milestones.strip(), me);
			redirect.addFlashAttribute("notice", "incubation.notice.reportSubmitted");
			return "redirect:/my/incubation";
		}
		catch (Refusal ex) {
			Actions.refused(redirect, ex);
			redirect.addFlashAttribute("employees", employees);
			redirect.addFlashAttribute("revenueWon", revenueWon);
			redirect.addFlashAttribute("milestones", milestones);
			return "redirect:/my/incubation/" + id + "/reports/" + period;
		}
		catch (ConcurrencyFailureException | DataIntegrityViolationException ex) {
			// a double submit of the same period: the first one was saved
			redirect.addFlashAttribute("notice", "incubation.notice.reportSubmitted");
			return "redirect:/my/incubation";
		}
	}

}
