package org.ieum.incubation;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.identity.StaffCenter;
import org.ieum.identity.StaffCenters;
import org.ieum.incubation.IncubationViews.SiteOccupancy;
import org.ieum.incubation.IncubationViews.TenancyRow;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages for incubation at the centers they staff: occupancy, offices, tenancies from
 * offer to exit. Another center's pages answer 403; the services check it again.
 */
@Controller
@RefusalsReturnTo("/admin/incubation")
@RequestMapping("/admin/incubation")
class IncubationAdminController {

	private final OfficeCatalog catalog;
	private final Tenancies tenancies;
	private final Occupancy occupancy;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final IncubationProperties properties;
	private final Clock clock;

	IncubationAdminController(OfficeCatalog catalog, Tenancies tenancies, Occupancy occupancy, CentersApi centers,
			IdentityApi identity, IncubationProperties properties, Clock clock) {
		this.catalog = catalog;
		this.tenancies = tenancies;
		this.occupancy = occupancy;
		this.centers = centers;
		this.identity = identity;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping
	String overview(StaffCenter center, CurrentUser user, Model model) {
		CenterSummary c = center.center();
		List<SiteOccupancy> sites = occupancy.occupancyOf(c.id());
		List<TenancyRow> ending = occupancy.endingSoon(c.id());
		List<TenancyRow> offered = occupancy.withStatus(c.id(), TenancyStatus.OFFERED);
		List<TenancyRow> accepted = occupancy.withStatus(c.id(), TenancyStatus.ACCEPTED);
		List<IncubationViews.OverdueReport> overdue = occupancy.overdueReports(c.id());
		boolean namesShown = sites.stream().anyMatch(s -> s.offices().stream().anyMatch(o -> !o.occupants().isEmpty()))
				|| !ending.isEmpty() || !offered.isEmpty() || !accepted.isEmpty() || !overdue.isEmpty();
		if (namesShown) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST, "입주 현황 조회 (센터 " + c.id() + ")", null);
		}
		model.addAttribute("sites", sites);
		model.addAttribute("endingSoon", ending);
		model.addAttribute("endingSoonDays", properties.endingSoonDays());
		model.addAttribute("offered", offered);
		model.addAttribute("accepted", accepted);
		model.addAttribute("overdue", overdue);
		model.addAttribute("today", Seoul.today(clock));
		return "incubation/admin/occupancy";
	}

	@GetMapping("/offices")
	String offices(StaffCenter center, CurrentUser user, Model model) {
		CenterSummary c = center.center();
		// the service's staff check; the page shows the same offices with their seats taken
		catalog.officesOf(c.id());
		model.addAttribute("offices", occupancy.officesOf(c.id()));
		return "incubation/admin/offices";
	}

	@GetMapping("/offices/new")
	String newOffice(StaffCenter center, CurrentUser user, Model model) {
		CenterSummary c = center.center();
		OfficeForm form = new OfficeForm();
		form.setSiteId(centers.sitesOf(c.id()).stream().findFirst().map(s -> s.id()).orElse(null));
		model.addAttribute("officeForm", form);
		return officePage(c, null, model);
	}

	@PostMapping("/offices/new")
	String createOffice(@RequestParam long center, CurrentUser user, @Valid @ModelAttribute("officeForm") OfficeForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		CenterSummary c = StaffCenters.show(centers, center, user, model).center();
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				catalog.create(c.id(), form.toTerms());
				redirect.addFlashAttribute("notice", "incubation.notice.officeSaved");
				return "redirect:/admin/incubation/offices?center=" + c.id();
			}
			catch (Refusal ex) {
				errors.reject(ex.messageKey(), ex.args(), null);
			}
		}
		return officePage(c, null, model);
	}

	@GetMapping("/offices/{id}")
	String editOffice(@PathVariable long id, CurrentUser user, Model model) {
		Office office = catalog.officeToManage(id);
		CenterSummary c = StaffCenters.show(centers, office.getCenterId(), user, model).center();
		model.addAttribute("officeForm", OfficeForm.of(office));
		return officePage(c, office, model);
	}

	@PostMapping("/offices/{id}")
	String updateOffice(@PathVariable long id, CurrentUser user, @Valid @ModelAttribute("officeForm") OfficeForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Office office = catalog.officeToManage(id);
		CenterSummary c = StaffCenters.show(centers, office.getCenterId(), user, model).center();
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				catalog.revise(id, form.toTerms());
				redirect.addFlashAttribute("notice", "incubation.notice.officeSaved");
				return "redirect:/admin/incubation/offices?center=" + c.id();
			}
			catch (Refusal ex) {
				errors.reject(ex.messageKey(), ex.args(), null);
			}
			catch (ConcurrencyFailureException ex) {
				errors.reject("incubation.error.concurrent");
			}
		}
		return officePage(c, office, model);
	}

	@PostMapping("/offices/{id}/delete")
	String deleteOffice(@PathVariable long id, RedirectAttributes redirect) {
		Office office = catalog.officeToManage(id);
		String target = "/admin/incubation/offices?center=" + office.getCenterId();
		return Actions.run(redirect, target, "incubation.notice.officeDeleted", "incubation.error.concurrent",
				() -> catalog.delete(id));
	}

	@GetMapping("/tenancies")
	String tenancyList(StaffCenter center, CurrentUser user, Model model) {
		CenterSummary c = center.center();
		List<TenancyRow> rows = occupancy.rows(c.id());
		if (!rows.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST,
					"입주 기업 목록 조회 (센터 " + c.id() + "), " + rows.size() + "건", null);
		}
		model.addAttribute("tenancies", rows);
		return "incubation/admin/tenancies";
	}

	@GetMapping("/tenancies/new")
	String newTenancy(StaffCenter center, CurrentUser user, Model model) {
		return "incubation/admin/new-tenancy";
	}

	@PostMapping("/tenancies/new")
	String recordTenancy(@RequestParam long center, @RequestParam(defaultValue = "") String tenantName,
			@RequestParam(defaultValue = "") String contactEmail, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		CenterSummary c = StaffCenters.show(centers, center, user, model).center();
		String name = tenantName.strip();
		String email = contactEmail.strip();
		if (name.isEmpty() || name.length() > 200) {
			model.addAttribute("formError", "incubation.form.tenantName");
		}
		else if (!email.isEmpty() && (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
			model.addAttribute("formError", "incubation.form.email");
		}
		if (model.containsAttribute("formError")) {
			model.addAttribute("tenantName", tenantName);
			model.addAttribute("contactEmail", contactEmail);
			return "incubation/admin/new-tenancy";
		}
		Tenancy tenancy = tenancies.record(c.id(), name, email.isEmpty() ? null : email);
		redirect.addFlashAttribute("notice", "incubation.notice.recorded");
		return "redirect:/admin/incubation/tenancies/" + tenancy.getId();
	}

	@GetMapping("/tenancies/{id}")
	String tenancy(@PathVariable long id, CurrentUser user, Model model) {
		Tenancy tenancy = tenancies.tenancyToView(id);
		CenterSummary c = StaffCenters.show(centers, tenancy.getCenterId(), user, model).center();
		model.addAttribute("tenancy", occupancy.detail(tenancy));
		model.addAttribute("freeOffices", occupancy.officesOf(c.id()).stream().filter(o -> o.vacant()).toList());
		model.addAttribute("outcomes", ExitOutcome.values());
		LocalDate today = Seoul.today(clock);
		model.addAttribute("today", today);
		model.addAttribute("defaultEnd", Tenancies.defaultEnd(today));
		return "incubation/admin/tenancy";
	}

	@PostMapping("/tenancies/{id}/answer")
	String answer(@PathVariable long id, @RequestParam boolean accepted,
			@RequestParam(defaultValue = "") String contactEmail, RedirectAttributes redirect) {
		tenancies.tenancyToManage(id);
		String email = contactEmail.strip();
		return Actions.run(redirect, tenancyPage(id),
				accepted ? "incubation.notice.accepted" : "incubation.notice.declined", "incubation.error.concurrent",
				() -> {
			if (!email.isEmpty() && (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
				throw new Refusal("incubation.form.email");
			}
			tenancies.recordAnswer(id, accepted, email.isEmpty() ? null : email);
		});
	}

	@PostMapping("/tenancies/{id}/assign")
	String assign(@PathVariable long id, @RequestParam(required = false) Long officeId,
			@RequestParam(defaultValue = "") String startsOn, @RequestParam(defaultValue = "") String endsOn,
			@RequestParam(defaultValue = "0") String monthlyFeeWon,
			@RequestParam(defaultValue = "") String employeesAtMoveIn, RedirectAttributes redirect) {
		tenancies.tenancyToManage(id);
		return Actions.run(redirect, tenancyPage(id), "incubation.notice.assigned", "incubation.error.concurrent",
				() -> {
			if (officeId == null) {
				throw new Refusal("incubation.form.office");
			}
			LocalDate start = Forms.date(startsOn);
			LocalDate end = endsOn.isBlank() ? null : Forms.date(endsOn);
			long fee = Forms.number(monthlyFeeWon.isBlank() ? "0" : monthlyFeeWon, 100_000_000L, "incubation.form.fee");
			Integer employees = employeesAtMoveIn.isBlank() ? null
					: (int) Forms.number(employeesAtMoveIn, 100_000, "incubation.form.employees");
			tenancies.assign(id, officeId, start, end, fee, employees);
		});
	}

	@PostMapping("/tenancies/{id}/extend")
	String extend(@PathVariable long id, @RequestParam(defaultValue = "") String newEnd,
			@RequestParam(defaultValue = "") String reason, CurrentUser user, RedirectAttributes redirect) {
		tenancies.tenancyToManage(id);
		return Actions.run(redirect, tenancyPage(id), "incubation.notice.extended", "incubation.error.concurrent",
				() -> {
			if (reason.length() > 500) {
				throw new Refusal("incubation.form.reason");
			}
			tenancies.extend(id, Forms.date(newEnd), reason.isBlank() ? null : reason.strip(), user);
		});
	}

	@PostMapping("/tenancies/{id}/fee")
	String fee(@PathVariable long id, @RequestParam(defaultValue = "") String monthlyFeeWon, RedirectAttributes redirect) {
		tenancies.tenancyToManage(id);
		return Actions.run(redirect, tenancyPage(id), "incubation.notice.feeSaved", "incubation.error.concurrent",
				() -> tenancies.changeFee(id, Forms.number(monthlyFeeWon, 100_000_000L, "incubation.form.fee")));
	}

	@PostMapping("/tenancies/{id}/checklist/{itemId}")
	String tick(@PathVariable long id, @PathVariable long itemId, @RequestParam(defaultValue = "false") boolean done,
			CurrentUser user, RedirectAttributes redirect) {
		tenancies.tenancyToManage(id);
		return Actions.run(redirect, tenancyPage(id) + "#checklist", "incubation.notice.checklistSaved",
				"incubation.error.concurrent", () -> tenancies.tick(id, itemId, done, user));
	}

	@PostMapping("/tenancies/{id}/checklist")
	String addItem(@PathVariable long id, @RequestParam(defaultValue = "") String label, RedirectAttributes redirect) {
		tenancies.tenancyToManage(id);
		return Actions.run(redirect, tenancyPage(id) + "#checklist", "incubation.notice.checklistSaved",
				"incubation.error.concurrent", () -> {
			if (label.isBlank() || label.length() > 200) {
				throw new Refusal("incubation.form.checklistLabel");
			}
			tenancies.addChecklistItem(id, label.strip());
		});
	}

	@PostMapping("/tenancies/{id}/exit")
	String exit(@PathVariable long id, @RequestParam(required = false) String outcome,
			@RequestParam(defaultValue = "") String exitedOn, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		tenancies.tenancyToManage(id);
		return Actions.run(redirect, tenancyPage(id), "incubation.notice.ended", "incubation.error.concurrent", () -> {
			ExitOutcome chosenOutcome;
			try {
				chosenOutcome = ExitOutcome.valueOf(outcome == null ? "" : outcome);
			}
			catch (IllegalArgumentException ex) {
				throw new Refusal("incubation.form.outcome");
			}
			if (note.length() > 1000) {
				throw new Refusal("incubation.form.note");
			}
			tenancies.end(id, chosenOutcome, Forms.date(exitedOn), note.isBlank() ? null : note.strip());
		});
	}

	private static String tenancyPage(long id) {
		return "/admin/incubation/tenancies/" + id;
	}

	private String officePage(CenterSummary center, Office office, Model model) {
		model.addAttribute("office", office == null ? null : office.getId());
		model.addAttribute("officeName", office == null ? null : office.getName());
		model.addAttribute("sites", centers.sitesOf(center.id()));
		model.addAttribute("kinds", OfficeKind.values());
		return "incubation/admin/office";
	}

}
