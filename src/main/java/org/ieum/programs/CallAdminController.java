package org.ieum.programs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.enterprises.DesignationType;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.identity.StaffCenters;
import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.context.annotation.Bean;
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

/** The staff back office for the calls of the centers a staff member works for. */
@Controller
@RequestMapping("/admin/programs")
class CallAdminController {

	private final CallAdministration administration;
	private final Applications applications;
	private final Reviews reviews;
	private final Selection selection;
	private final FollowUp followUp;
	private final ProgramPages pages;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final Clock clock;

	CallAdminController(CallAdministration administration, Applications applications, Reviews reviews,
			Selection selection, FollowUp followUp, ProgramPages pages,
			CentersApi centers, IdentityApi identity, Clock clock) {
		this.administration = administration;
		this.applications = applications;
		this.reviews = reviews;
		this.selection = selection;
		this.followUp = followUp;
		this.pages = pages;
		this.centers = centers;
		this.identity = identity;
		this.clock = clock;
	}

	@Bean
	static MenuEntry programsAdminMenuEntry() {
		return MenuEntry.admin("programs.menu.admin", "/admin/programs", 45, Authorities.CENTER_STAFF);
	}

	@GetMapping
	String list(CurrentUser me, Model model) {
		List<CenterSummary> mine = StaffCenters.of(centers, me);
		model.addAttribute("calls", pages.callsOf(mine.stream().map(CenterSummary::id).toList()));
		model.addAttribute("centerNames", mine.stream().collect(Collectors.toMap(CenterSummary::id, CenterSummary::name)));
		return "programs/admin/list";
	}

	@GetMapping("/new")
	String newCall(CurrentUser me, Model model) {
		CallForm form = new CallForm();
		List<CenterSummary> mine = StaffCenters.of(centers, me);
		if (mine.size() == 1) {
			form.setCenterId(mine.get(0).id());
		}
		form.setOpensDate(Seoul.today(clock));
		form.setClosesDate(Seoul.today(clock).plusDays(14));
		model.addAttribute("callForm", form);
		return formPage(me, null, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("callForm") CallForm form, BindingResult errors, CurrentUser me, Model model,
			RedirectAttributes redirect) {
		form.checkNew(errors);
		if (!errors.hasErrors()) {
			Authorities.requireCenterStaff(form.getCenterId());
			try {
				ProgramCall call = administration.create(form.getCenterId(), form.toDetails());
				redirect.addFlashAttribute("notice", "programs.notice.created");
				return "redirect:/admin/programs/" + call.getId();
			}
			catch (Refusal ex) {
				errors.reject(ex.messageKey());
			}
		}
		return formPage(me, null, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, CurrentUser me, Model model) {
		ProgramCall call = administration.callToManage(id);
		model.addAttribute("callForm", CallForm.of(call));
		return formPage(me, call, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("callForm") CallForm form, BindingResult errors,
			CurrentUser me, Model model, RedirectAttributes redirect) {
		ProgramCall call = administration.callToManage(id);
		form.setCenterId(call.getCenterId());
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				administration.revise(id, form.toDetails());
				redirect.addFlashAttribute("notice", "programs.notice.saved");
				return "redirect:/admin/programs/" + id;
			}
			catch (Refusal ex) {
				errors.reject(ex.messageKey());
			}
		}
		return formPage(me, call, model);
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

	@GetMapping("/{id}/applications")
	String applications(@PathVariable long id, Model model) {
		ProgramCall call = administration.callToManage(id);
		List<ProgramViews.RankRow> rows = pages.ranking(call);
		if (!rows.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST,
					"지원사업 신청 목록 조회 (공모 " + id + "), " + rows.size() + "건", null);
		}
		model.addAttribute("call", pages.view(call));
		model.addAttribute("rows", rows);
		model.addAttribute("drafts", pages.draftsOf(id));
		model.addAttribute("awarded", rows.stream().filter(r -> r.decision() == Decision.AWARDED).count());
		model.addAttribute("decisions", Decision.values());
		return "programs/admin/applications";
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/programs/" + id + "/applications", "programs.notice.published",
				"programs.error.concurrent", () -> selection.publish(id));
	}

	@GetMapping("/{id}/applications/{applicationId}")
	String application(@PathVariable long id, @PathVariable long applicationId, CurrentUser me, Model model) {
		ProgramCall call = administration.callToManage(id);
		Application application = applications.find(applicationId);
		if (application.getCallId() != id) {
			throw Refusal.notFound("programs.error.noApplication");
		}
		applications.readable(applicationId, me);
		model.addAttribute("call", pages.view(call));
		model.addAttribute("app", pages.applicationForStaff(application));
		model.addAttribute("fields", pages.form(id, FormKind.APPLICATION));
		model.addAttribute("reviews", pages.reviewsOfApplication(applicationId, id));
		model.addAttribute("reports", pages.reportsOf(applicationId));
		model.addAttribute("decisions", Decision.values());
		model.addAttribute("reportKinds", ReportKind.values());
		return "programs/admin/application";
	}

	@PostMapping("/{id}/applications/{applicationId}/screen")
	String screen(@PathVariable long id, @PathVariable long applicationId,
			@RequestParam(defaultValue = "") String eligibility, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		return Actions.run(redirect, applicationPath(id, applicationId), "programs.notice.screened",
				"programs.error.concurrent", () -> {
					if (!"ELIGIBLE".equals(eligibility) && !"INELIGIBLE".equals(eligibility)) {
						throw new Refusal("programs.error.chooseEligibility");
					}
					selection.screen(inCall(id, applicationId), "ELIGIBLE".equals(eligibility), reason);
				});
	}

	@PostMapping("/{id}/applications/{applicationId}/reviewers")
	String assign(@PathVariable long id, @PathVariable long applicationId, @RequestParam(defaultValue = "") String email,
			RedirectAttributes redirect) {
		return Actions.run(redirect, applicationPath(id, applicationId) + "#reviewers", "programs.notice.assigned",
				"programs.error.concurrent", () -> {
					if (email.isBlank() || email.length() > 320) {
						throw new Refusal("programs.error.noReviewer");
					}
					reviews.assign(inCall(id, applicationId), email);
				});
	}

	@PostMapping("/{id}/announce")
	String announce(@PathVariable long id, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/programs/" + id, "programs.notice.announced", "programs.error.concurrent",
				() -> administration.announce(id));
	}

	@PostMapping("/{id}/applications/{applicationId}/reviewers/{reviewId}/withdraw")
	String withdraw(@PathVariable long id, @PathVariable long applicationId, @PathVariable long reviewId,
			RedirectAttributes redirect) {
		return Actions.run(redirect, applicationPath(id, applicationId) + "#reviewers",
				"programs.notice.reviewerWithdrawn", "programs.error.concurrent",
				() -> reviews.withdraw(inCall(id, applicationId), reviewId));
	}

	@PostMapping("/{id}/applications/{applicationId}/decision")
	String decide(@PathVariable long id, @PathVariable long applicationId, @RequestParam(required = false) Decision decision,
			@RequestParam(required = false) Integer reserveRank, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/programs/" + id + "/applications", "programs.notice.decided",
				"programs.error.concurrent", () -> {
					if (decision == null) {
						throw new Refusal("programs.error.chooseDecision");
					}
					selection.decide(inCall(id, applicationId), decision, reserveRank);
				});
	}

	@PostMapping("/{id}/applications/{applicationId}/agreement")
	String agree(@PathVariable long id, @PathVariable long applicationId, @RequestParam(defaultValue = "") String agreementOn,
			@RequestParam(defaultValue = "") String supportAmountWon, RedirectAttributes redirect) {
		return Actions.run(redirect, applicationPath(id, applicationId) + "#follow-up", "programs.notice.saved",
				"programs.error.concurrent", () -> followUp.agree(inCall(id, applicationId),
						date(agreementOn), wholeLong(supportAmountWon)));
	}

	@PostMapping("/{id}/applications/{applicationId}/reports")
	String addReport(@PathVariable long id, @PathVariable long applicationId, @RequestParam(required = false) ReportKind kind,
			@RequestParam(defaultValue = "") String dueOn, RedirectAttributes redirect) {
		return Actions.run(redirect, applicationPath(id, applicationId) + "#follow-up", "programs.notice.reportAdded",
				"programs.error.concurrent", () -> {
					if (kind == null) {
						throw new Refusal("programs.error.reportKind");
					}
					followUp.addReport(inCall(id, applicationId), kind, date(dueOn));
				});
	}

	private long inCall(long callId, long applicationId) {
		if (applications.find(applicationId).getCallId() != callId) {
			throw Refusal.notFound("programs.error.noApplication");
		}
		return applicationId;
	}

	private static String applicationPath(long id, long applicationId) {
		return "/admin/programs/" + id + "/applications/" + applicationId;
	}

	private static int whole(String value, String key) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new Refusal(key);
		}
	}

	private static long wholeLong(String value) {
		String digits = value.replace(",", "").strip();
		if (!digits.matches("\\d{1,15}")) {
			throw new Refusal("programs.error.amount");
		}
		return Long.parseLong(digits);
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Refusal("programs.error.date");
		}
	}

	private String formPage(CurrentUser me, ProgramCall call, Model model) {
		model.addAttribute("centers", StaffCenters.of(centers, me));
		model.addAttribute("kinds", CallKind.values());
		model.addAttribute("applicantTypes", ApplicantType.values());
		model.addAttribute("designationTypes", DesignationType.values());
		model.addAttribute("fieldTypes", FieldType.values());
		if (call != null) {
			model.addAttribute("call", pages.view(call));
			return "programs/admin/edit";
		}
		return "programs/admin/new";
	}

}
