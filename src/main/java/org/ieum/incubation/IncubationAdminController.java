package org.ieum.incubation;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.identity.StaffCenters;
import org.ieum.incubation.IncubationViews.SiteOccupancy;
import org.ieum.incubation.IncubationViews.TenancyRow;
import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.ieum.shared.Seoul;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Staff pages for incubation at the centers they staff: occupancy, offices, tenancies from
 * offer to exit. Another center's pages answer 403; the services check it again.
 */
@Controller
@RequestMapping("/admin/incubation")
class IncubationAdminController {

	private static final Set<String> NOT_FOUND = Set.of("incubation.error.noOffice", "incubation.error.noTenancy");

	private final OfficeCatalog catalog;
	private final Tenancies tenancies;
	private final Occupancy occupancy;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final MessageSource messages;
	private final IncubationProperties properties;
	private final Clock clock;

	IncubationAdminController(OfficeCatalog catalog, Tenancies tenancies, Occupancy occupancy, CentersApi centers,
			IdentityApi identity, MessageSource messages, IncubationProperties properties, Clock clock) {
		this.catalog = catalog;
		this.tenancies = tenancies;
		this.occupancy = occupancy;
		this.centers = centers;
		this.identity = identity;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	@Bean
	static MenuEntry incubationAdminMenuEntry() {
		return MenuEntry.admin("incubation.menu.admin", "/admin/incubation", 45, Authorities.CENTER_STAFF);
	}

	@GetMapping
	String overview(@RequestParam(required = false) Long center, CurrentUser user, Model model) {
		CenterSummary c = chosen(center, user, model);
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
	String offices(@RequestParam(required = false) Long center, CurrentUser user, Model model) {
		CenterSummary c = chosen(center, user, model);
		// the service's staff check; the page shows the same offices with their seats taken
		catalog.officesOf(c.id());
		model.addAttribute("offices", occupancy.officesOf(c.id()));
		return "incubation/admin/offices";
	}

	@GetMapping("/offices/new")
	String newOffice(@RequestParam(required = false) Long center, CurrentUser user, Model model) {
		CenterSummary c = chosen(center, user, model);
		OfficeForm form = new OfficeForm();
		form.setSiteId(centers.sitesOf(c.id()).stream().findFirst().map(s -> s.id()).orElse(null));
		model.addAttribute("officeForm", form);
		return officePage(c, null, model);
	}

	@PostMapping("/offices/new")
	String createOffice(@RequestParam long center, CurrentUser user, @Valid @ModelAttribute("officeForm") OfficeForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		CenterSummary c = chosen(center, user, model);
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				catalog.create(c.id(), form.toTerms());
				redirect.addFlashAttribute("notice", "incubation.notice.officeSaved");
				return "redirect:/admin/incubation/offices?center=" + c.id();
			}
			catch (IncubationException ex) {
				errors.reject(ex.messageKey(), ex.args(), null);
			}
		}
		return officePage(c, null, model);
	}

	@GetMapping("/offices/{id}")
	String editOffice(@PathVariable long id, CurrentUser user, Model model) {
		Office office = catalog.officeToManage(id);
		CenterSummary c = chosen(office.getCenterId(), user, model);
		model.addAttribute("officeForm", OfficeForm.of(office));
		return officePage(c, office, model);
	}

	@PostMapping("/offices/{id}")
	String updateOffice(@PathVariable long id, CurrentUser user, @Valid @ModelAttribute("officeForm") OfficeForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Office office = catalog.officeToManage(id);
		CenterSummary c = chosen(office.getCenterId(), user, model);
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				catalog.revise(id, form.toTerms());
				redirect.addFlashAttribute("notice", "incubation.notice.officeSaved");
				return "redirect:/admin/incubation/offices?center=" + c.id();
			}
			catch (IncubationException ex) {
				errors.reject(ex.messageKey(), ex.args(), null);
			}
			catch (ConcurrencyFailureException ex) {
				errors.reject("incubation.error.concurrent");
			}
		}
		return officePage(c, office, model);
	}

	@PostMapping("/offices/{id}/delete")
	String deleteOffice(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
		Office office = catalog.officeToManage(id);
		String target = "redirect:/admin/incubation/offices?center=" + office.getCenterId();
		return act(() -> catalog.delete(id), "incubation.notice.officeDeleted", locale, redirect, target);
	}

	@GetMapping("/tenancies")
	String tenancyList(@RequestParam(required = false) Long center, CurrentUser user, Model model) {
		CenterSummary c = chosen(center, user, model);
		List<TenancyRow> rows = occupancy.rows(c.id());
		if (!rows.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST,
					"입주 기업 목록 조회 (센터 " + c.id() + "), " + rows.size() + "건", null);
		}
		model.addAttribute("tenancies", rows);
		return "incubation/admin/tenancies";
	}

	@GetMapping("/tenancies/new")
	String newTenancy(@RequestParam(required = false) Long center, CurrentUser user, Model model) {
		chosen(center, user, model);
		return "incubation/admin/new-tenancy";
	}

	@PostMapping("/tenancies/new")
	String recordTenancy(@RequestParam long center, @RequestParam(defaultValue = "") String tenantName,
			@RequestParam(defaultValue = "") String contactEmail, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		CenterSummary c = chosen(center, user, model);
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
		CenterSummary c = chosen(tenancy.getCenterId(), user, model);
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
			@RequestParam(defaultValue = "") String contactEmail, Locale locale, RedirectAttributes redirect) {
		tenancies.tenancyToManage(id);
		String email = contactEmail.strip();
		return act(() -> {
			if (!email.isEmpty() && (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
				throw new IncubationException("incubation.form.email");
			}
			tenancies.recordAnswer(id, accepted, email.isEmpty() ? null : email);
		}, accepted ? "incubation.notice.accepted" : "incubation.notice.declined", locale, redirect, tenancyPage(id));
	}

	@PostMapping("/tenancies/{id}/assign")
	String assign(@PathVariable long id, @RequestParam(required = false) Long officeId,
			@RequestParam(defaultValue = "") String startsOn, @RequestParam(defaultValue = "") String endsOn,
			@RequestParam(defaultValue = "0") String monthlyFeeWon,
			@RequestParam(defaultValue = "") String employeesAtMoveIn, Locale locale, RedirectAttributes redirect) {
		tenancies.tenancyToManage(id);
		return act(() -> {
			if (officeId == null) {
				throw new IncubationException("incubation.form.office");
			}
			LocalDate start = date(startsOn);
			LocalDate end = endsOn.isBlank() ? null : date(endsOn);
			long fee = number(monthlyFeeWon.isBlank() ? "0" : monthlyFeeWon, 100_000_000L, "incubation.form.fee");
			Integer employees = employeesAtMoveIn.isBlank() ? null
					: (int) number(employeesAtMoveIn, 100_000, "incubation.form.employees");
			tenancies.assign(id, officeId, start, end, fee, employees);
		}, "incubation.notice.assigned", locale, redirect, tenancyPage(id));
	}

	@PostMapping("/tenancies/{id}/extend")
	String extend(@PathVariable long id, @RequestParam(defaultValue = "") String newEnd,
			@RequestParam(defaultValue = "") String reason, CurrentUser user, Locale locale, RedirectAttributes redirect) {
		tenancies.tenancyToManage(id);
		return act(() -> {
			if (reason.length() > 500) {
				throw new IncubationException("incubation.form.reason");
			}
			tenancies.extend(id, date(newEnd), reason.isBlank() ? null : reason.strip(), user);
		}, "incubation.notice.extended", locale, redirect, tenancyPage(id));
	}

	@PostMapping("/tenancies/{id}/fee")
	String fee(@PathVariable long id, @RequestParam(defaultValue = "") String monthlyFeeWon, Locale locale,
			RedirectAttributes redirect) {
		tenancies.tenancyToManage(id);
		return act(() -> tenancies.changeFee(id, number(monthlyFeeWon, 100_000_000L, "incubation.form.fee")),
				"incubation.notice.feeSaved", locale, redirect, tenancyPage(id));
	}

	@PostMapping("/tenancies/{id}/checklist/{itemId}")
	String tick(@PathVariable long id, @PathVariable long itemId, @RequestParam(defaultValue = "false") boolean done,
			CurrentUser user, Locale locale, RedirectAttributes redirect) {
		tenancies.tenancyToManage(id);
		return act(() -> tenancies.tick(id, itemId, done, user), "incubation.notice.checklistSaved", locale, redirect,
				tenancyPage(id) + "#checklist");
	}

	@PostMapping("/tenancies/{id}/checklist")
	String addItem(@PathVariable long id, @RequestParam(defaultValue = "") String label, Locale locale,
			RedirectAttributes redirect) {
		tenancies.tenancyToManage(id);
		return act(() -> {
			if (label.isBlank() || label.length() > 200) {
				throw new IncubationException("incubation.form.checklistLabel");
			}
			tenancies.addChecklistItem(id, label.strip());
		}, "incubation.notice.checklistSaved", locale, redirect, tenancyPage(id) + "#checklist");
	}

	@PostMapping("/tenancies/{id}/exit")
	String exit(@PathVariable long id, @RequestParam(required = false) String outcome,
			@RequestParam(defaultValue = "") String exitedOn, @RequestParam(defaultValue = "") String note,
			Locale locale, RedirectAttributes redirect) {
		tenancies.tenancyToManage(id);
		return act(() -> {
			ExitOutcome chosenOutcome;
			try {
				chosenOutcome = ExitOutcome.valueOf(outcome == null ? "" : outcome);
			}
			catch (IllegalArgumentException ex) {
				throw new IncubationException("incubation.form.outcome");
			}
			if (note.length() > 1000) {
				throw new IncubationException("incubation.form.note");
			}
			tenancies.end(id, chosenOutcome, date(exitedOn), note.isBlank() ? null : note.strip());
		}, "incubation.notice.ended", locale, redirect, tenancyPage(id));
	}

	/**
	 * An office or tenancy that does not exist (an old bookmark, a typed address) is a 404;
	 * any other refusal outside the actions above goes back to the overview with its message.
	 */
	@ExceptionHandler(IncubationException.class)
	ModelAndView refused(IncubationException ex, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (NOT_FOUND.contains(ex.messageKey())) {
			response.sendError(HttpStatus.NOT_FOUND.value());
			return null;
		}
		RequestContextUtils.getOutputFlashMap(request)
			.put("incubationError", messages.getMessage(ex.messageKey(), ex.args(), locale));
		return new ModelAndView("redirect:/admin/incubation");
	}

	static LocalDate date(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IncubationException("incubation.form.date");
		}
	}

	static long number(String text, long max, String messageKey) {
		try {
			long value = Long.parseLong(text.strip().replace(",", ""));
			if (value < 0 || value > max) {
				throw new IncubationException(messageKey);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new IncubationException(messageKey);
		}
	}

	private static String tenancyPage(long id) {
		return "redirect:/admin/incubation/tenancies/" + id;
	}

	private String act(Runnable action, String notice, Locale locale, RedirectAttributes redirect, String target) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (IncubationException ex) {
			redirect.addFlashAttribute("incubationError", messages.getMessage(ex.messageKey(), ex.args(), locale));
		}
		catch (ConcurrencyFailureException | DataIntegrityViolationException ex) {
			// two staff (or a double submit) acting on the same office or tenancy: the other one won
			redirect.addFlashAttribute("incubationError", messages.getMessage("incubation.error.concurrent", null, locale));
		}
		return target;
	}

	private String officePage(CenterSummary center, Office office, Model model) {
		model.addAttribute("office", office == null ? null : office.getId());
		model.addAttribute("officeName", office == null ? null : office.getName());
		model.addAttribute("sites", centers.sitesOf(center.id()));
		model.addAttribute("kinds", OfficeKind.values());
		return "incubation/admin/office";
	}

	/** The center whose pages are shown: the one asked for if the user staffs it, else their first. */
	private CenterSummary chosen(Long requested, CurrentUser user, Model model) {
		CenterSummary center = StaffCenters.chosen(centers, requested, user);
		model.addAttribute("center", center);
		model.addAttribute("myCenters", StaffCenters.of(centers, user));
		return center;
	}
}
