package org.ieum.governance.assessments;

import java.util.Arrays;
import java.util.List;

import org.ieum.governance.core.GovernanceForms;
import org.ieum.identity.StaffCenter;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of the self-assessment: a year's indicators and submissions, the review, an organization's results. */
@Controller
@RefusalsReturnTo("/admin/governance/assessments")
class AssessmentAdminController {

	private static final String CONCURRENT = "governance.error.assessmentConcurrent";

	private final Assessments assessments;
	private final java.time.Clock clock;

	AssessmentAdminController(Assessments assessments, java.time.Clock clock) {
		this.assessments = assessments;
		this.clock = clock;
	}

	@GetMapping("/admin/governance/assessments")
	String year(StaffCenter center, @RequestParam(defaultValue = "") String year, Model model) {
		model.addAttribute("set", assessments.yearSet(center.id(), year(year)));
		model.addAttribute("areas", IndicatorArea.values());
		model.addAttribute("kinds", IndicatorKind.values());
		return "governance/admin/assessments";
	}

	@PostMapping("/admin/governance/assessments/indicators")
	String addIndicator(@RequestParam long center, @RequestParam(defaultValue = "") String year,
			@RequestParam(defaultValue = "") String area, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String weight,
			@RequestParam(defaultValue = "") String minValue, @RequestParam(defaultValue = "") String maxValue,
			@RequestParam(defaultValue = "") String choices, RedirectAttributes redirect) {
		int asked = year(year);
		return Actions.run(redirect, "/admin/governance/assessments?center=" + center + "&year=" + asked,
				"governance.notice.indicatorSaved", () -> {
					IndicatorKind k = GovernanceForms.choice(IndicatorKind.class, kind, "governance.field.indicatorKind");
					boolean number = k == IndicatorKind.NUMBER;
					assessments.addIndicator(center, asked, new Assessments.IndicatorTerms(
							GovernanceForms.choice(IndicatorArea.class, area, "governance.field.indicatorArea"), k,
							GovernanceForms.text(title, 300, true, "governance.field.indicatorTitle"),
							k == IndicatorKind.TEXT ? 0 : GovernanceForms.number(weight, 1, 100, "governance.field.indicatorWeight"),
							number ? GovernanceForms.number(minValue, 0, 1_000_000_000, "governance.field.indicatorMin") : null,
							number ? GovernanceForms.number(maxValue, 0, 1_000_000_000, "governance.field.indicatorMax") : null,
							k == IndicatorKind.CHOICE ? choices(choices) : null));
				});
	}

	@GetMapping("/admin/governance/assessments/{id}")
	String review(@PathVariable long id, StaffCenter center, Model model) {
		model.addAttribute("review", assessments.review(id));
		return "governance/admin/assessment";
	}

	@PostMapping("/admin/governance/assessments/{id}/return")
	String returnIt(@PathVariable long id, @RequestParam long center, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		return Actions.run(redirect, reviewPath(id, center), "governance.notice.assessmentReturned", CONCURRENT,
				() -> assessments.returnToOrganization(id,
						GovernanceForms.text(note, 1000, true, "governance.field.returnNote")));
	}

	@PostMapping("/admin/governance/assessments/{id}/accept")
	String accept(@PathVariable long id, @RequestParam long center, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		return Actions.run(redirect, reviewPath(id, center), "governance.notice.assessmentAccepted", CONCURRENT,
				() -> assessments.accept(id, GovernanceForms.text(note, 1000, false, "governance.field.reviewNote")));
	}

	@GetMapping("/admin/governance/assessments/organizations/{organizationId}")
	String organization(@PathVariable long organizationId, StaffCenter center, Model model) {
		model.addAttribute("results", assessments.organization(organizationId));
		return "governance/admin/assessment-organization";
	}

	private int year(String typed) {
		if (typed == null || typed.isBlank()) {
			return Seoul.today(clock).getYear();
		}
		try {
			return assessments.checkYear(Integer.parseInt(typed.strip()));
		}
		catch (NumberFormatException ex) {
			throw new Refusal("governance.error.assessmentYear", 2000, assessments.lastYear());
		}
	}

	private static List<String> choices(String typed) {
		List<String> list = Arrays.stream(typed.split("\\R|\\|")).map(String::strip).filter(s -> !s.isEmpty())
			.distinct().toList();
		if (list.size() < 2 || list.size() > 10 || list.stream().anyMatch(s -> s.length() > 90)) {
			throw new Refusal("governance.error.choices");
		}
		return list;
	}

	private static String reviewPath(long id, long center) {
		return "/admin/governance/assessments/" + id + "?center=" + center;
	}
}
