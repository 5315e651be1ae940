package org.ieum.incubation;

import java.time.LocalDate;

import org.ieum.identity.CurrentUser;
import org.ieum.identity.StaffCenter;
import org.ieum.incubation.TenancyQueries.TenancyPage;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages for the tenancies of the centers they staff, from offer to exit: the list, a
 * tenant recorded by hand, the answer, the office, extensions, fee, move-in checklist and exit.
 * Another center's tenancies answer 403; the services check it again.
 */
@Controller
@RefusalsReturnTo("/admin/incubation")
@RequestMapping("/admin/incubation/tenancies")
class TenancyAdminController {

	private final TenancyQueries queries;
	private final Tenancies tenancies;
	private final OfficeAssignments assignments;

	TenancyAdminController(TenancyQueries queries, Tenancies tenancies, OfficeAssignments assignments) {
		this.queries = queries;
		this.tenancies = tenancies;
		this.assignments = assignments;
	}

	@GetMapping
	String tenancyList(StaffCenter center, Model model) {
		model.addAttribute("tenancies", queries.list(center.id()));
		return "incubation/admin/tenancies";
	}

	@GetMapping("/new")
	String newTenancy(StaffCenter center) {
		return "incubation/admin/new-tenancy";
	}

	@PostMapping("/new")
	String recordTenancy(StaffCenter center, @RequestParam(defaultValue = "") String tenantName,
			@RequestParam(defaultValue = "") String contactEmail, Model model, RedirectAttributes redirect) {
		String name = tenantName.strip();
		String email = contactEmail.strip();
		if (name.isEmpty() || name.length() > 200) {
			model.addAttribute("formError", "incubation.form.tenantName");
		}
		else if (!email.isEmpty() && !isEmail(email)) {
			model.addAttribute("formError", "incubation.form.email");
		}
		if (model.containsAttribute("formError")) {
			model.addAttribute("tenantName", tenantName);
			model.addAttribute("contactEmail", contactEmail);
			return "incubation/admin/new-tenancy";
		}
		Tenancy tenancy = tenancies.record(center.id(), name, email.isEmpty() ? null : email);
		redirect.addFlashAttribute("notice", "incubation.notice.recorded");
		return "redirect:/admin/incubation/tenancies/" + tenancy.getId();
	}

	@GetMapping("/{id}")
	String tenancy(@PathVariable long id, StaffCenter center, Model model) {
		TenancyPage page = queries.tenancy(id);
		model.addAttribute("center", page.center());
		model.addAttribute("tenancy", page.tenancy());
		model.addAttribute("freeOffices", page.freeOffices());
		model.addAttribute("outcomes", ExitOutcome.values());
		model.addAttribute("today", page.today());
		model.addAttribute("defaultEnd", page.defaultEnd());
		return "incubation/admin/tenancy";
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable long id, @RequestParam boolean accepted,
			@RequestParam(defaultValue = "") String contactEmail, RedirectAttributes redirect) {
		tenancies.tenancyToManage(id);
		String email = contactEmail.strip();
		return Actions.run(redirect, tenancyPage(id),
				accepted ? "incubation.notice.accepted" : "incubation.notice.declined", "incubation.error.concurrent",
				() -> {
			if (!email.isEmpty() && !isEmail(email)) {
				throw new Refusal("incubation.form.email");
			}
			tenancies.recordAnswer(id, accepted, email.isEmpty() ? null : email);
		});
	}

	@PostMapping("/{id}/assign")
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
			assignments.assign(id, officeId, start, end, fee, employees);
		});
	}

	@PostMapping("/{id}/extend")
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

	@PostMapping("/{id}/fee")
	String fee(@PathVariable long id, @RequestParam(defaultValue = "") String monthlyFeeWon, RedirectAttributes redirect) {
		tenancies.tenancyToManage(id);
		return Actions.run(redirect, tenancyPage(id), "incubation.notice.feeSaved", "incubation.error.concurrent",
				() -> tenancies.changeFee(id, Forms.number(monthlyFeeWon, 100_000_000L, "incubation.form.fee")));
	}

	@PostMapping("/{id}/checklist/{itemId}")
	String tick(@PathVariable long id, @PathVariable long itemId, @RequestParam(defaultValue = "false") boolean done,
			CurrentUser user, RedirectAttributes redirect) {
		tenancies.tenancyToManage(id);
		return Actions.run(redirect, tenancyPage(id) + "#checklist", "incubation.notice.checklistSaved",
				"incubation.error.concurrent", () -> tenancies.tick(id, itemId, done, user));
	}

	@PostMapping("/{id}/checklist")
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

	@PostMapping("/{id}/exit")
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

	private static boolean isEmail(String email) {
		return email.length() <= 320 && email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	}

	private static String tenancyPage(long id) {
		return "/admin/incubation/tenancies/" + id;
	}
}
