package org.ieum.programs.administration;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.ieum.centers.CenterSummary;
import org.ieum.enterprises.DesignationType;
import org.ieum.identity.StaffCenter;
import org.ieum.programs.CallKind;
import org.ieum.programs.call.ApplicantType;
import org.ieum.programs.call.CallViews;
import org.ieum.programs.call.FieldType;
import org.ieum.programs.call.FormKind;
import org.ieum.programs.call.ProgramCall;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
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

/** Staff set up the calls of their centers: the call's details, its application and report forms, its criteria. */
@Controller
@RequestMapping("/admin/programs")
class CallSetUpController {

	private final CallAdministration administration;
	private final CallViews views;
	private final Clock clock;

	CallSetUpController(CallAdministration administration, CallViews views, Clock clock) {
		this.administration = administration;
		this.views = views;
		this.clock = clock;
	}

	@GetMapping
	String list(StaffCenter staff, Model model) {
		List<CenterSummary> mine = staff.mine();
		model.addAttribute("calls", views.callsOf(mine.stream().map(CenterSummary::id).toList()));
		model.addAttribute("centerNames", mine.stream().collect(Collectors.toMap(CenterSummary::id, CenterSummary::name)));
		return "programs/admin/list";
	}

	@GetMapping("/new")
	String newCall(StaffCenter staff, Model model) {
		CallForm form = new CallForm();
		if (staff.mine().size() == 1) {
			form.setCenterId(staff.id());
		}
		form.setOpensDate(Seoul.today(clock));
		form.setClosesDate(Seoul.today(clock).plusDays(14));
		model.addAttribute("callForm", form);
		return formPage(staff, null, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("callForm") CallForm form, BindingResult errors, StaffCenter staff, Model model,
			RedirectAttributes redirect) {
		form.checkNew(errors);
		if (!errors.hasErrors()) {
			Authorities.requireCenterStaff(form.getCenterId());
			try {
				ProgramCall call = administration.create(form.getCenterId(), form.toDetails());
				redirect.addFlashAttribute(Actions.NOTICE, "programs.notice.created");
				return "redirect:/admin/programs/" + call.getId();
			}
			catch (Refusal ex) {
				errors.reject(ex.messageKey());
			}
		}
		return formPage(staff, null, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, StaffCenter staff, Model model) {
		ProgramCall call = administration.callToManage(id);
		model.addAttribute("callForm", CallForm.of(call));
		return formPage(staff, call, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("callForm") CallForm form, BindingResult errors,
			StaffCenter staff, Model model, RedirectAttributes redirect) {
		ProgramCall call = administration.callToManage(id);
		form.setCenterId(call.getCenterId());
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				administration.revise(id, form.toDetails());
				redirect.addFlashAttribute(Actions.NOTICE, "programs.notice.saved");
				return "redirect:/admin/programs/" + id;
			}
			catch (Refusal ex) {
				errors.reject(ex.messageKey());
			}
		}
		return formPage(staff, call, model);
	}

	@PostMapping("/{id}/announce")
	String announce(@PathVariable long id, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/programs/" + id, "programs.notice.announced", "programs.error.concurrent",
				() -> administration.announce(id));
	}

	@PostMapping("/{id}/fields")
	String addField(@PathVariable long id, @RequestParam(defaultValue = "APPLICATION") FormKind form,
			@RequestParam(defaultValue = "") String label, @RequestParam(required = false) FieldType type,
			@RequestParam(defaultValue = "false") boolean required, @RequestParam(defaultValue = "") String choices,
			RedirectAttributes redirect) {
		administration.callToManage(id);
		String anchor = form == FormKind.REPORT ? "#report-form" : "#application-form";
		return Actions.run(redirect, "/admin/programs/" + id + anchor, "programs.notice.fieldAdded",
				"programs.error.concurrent", () -> {
					if (label.isBlank() || label.length() > 200) {
						throw new Refusal("programs.error.fieldLabel");
					}
					if (type == null) {
						throw new Refusal("programs.error.fieldType");
					}
					if (choices.length() > 2000) {
						throw new Refusal("programs.error.tooLongChoices");
					}
					List<String> list = Arrays.stream(choices.split("\\R")).map(String::strip)
						.filter(c -> !c.isEmpty()).distinct().toList();
					administration.addField(id, form, label.strip(), type, required, list);
				});
	}

	@PostMapping("/{id}/fields/{fieldId}/delete")
	String removeField(@PathVariable long id, @PathVariable long fieldId, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/programs/" + id, "programs.notice.removed", "programs.error.concurrent",
				() -> administration.removeField(id, fieldId));
	}

	@PostMapping("/{id}/criteria")
	String addCriterion(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String weight, @RequestParam(defaultValue = "") String maxScore,
			RedirectAttributes redirect) {
		administration.callToManage(id);
		return Actions.run(redirect, "/admin/programs/" + id + "#criteria", "programs.notice.criterionAdded",
				"programs.error.concurrent", () -> {
					if (name.isBlank() || name.length() > 200) {
						throw new Refusal("programs.error.criterionName");
					}
					administration.addCriterion(id, name.strip(), whole(weight, "programs.error.weight"),
							whole(maxScore, "programs.error.maxScore"));
				});
	}

	@PostMapping("/{id}/criteria/{criterionId}/delete")
	String removeCriterion(@PathVariable long id, @PathVariable long criterionId, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/programs/" + id + "#criteria", "programs.notice.removed",
				"programs.error.concurrent", () -> administration.removeCriterion(id, criterionId));
	}

	private static int whole(String value, String key) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new Refusal(key);
		}
	}

	private String formPage(StaffCenter staff, ProgramCall call, Model model) {
		model.addAttribute("centers", staff.mine());
		model.addAttribute("kinds", CallKind.values());
		model.addAttribute("applicantTypes", ApplicantType.values());
		model.addAttribute("designationTypes", DesignationType.values());
		model.addAttribute("fieldTypes", FieldType.values());
		if (call != null) {
			model.addAttribute("call", views.view(call));
			return "programs/admin/edit";
		}
		return "programs/admin/new";
	}
}
