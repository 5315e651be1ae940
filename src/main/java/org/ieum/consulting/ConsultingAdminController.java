package org.ieum.consulting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.consulting.ConsultingViews.RequestRow;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.identity.StaffCenter;
import org.ieum.identity.StaffCenters;
import org.ieum.shared.Authorities;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages for consulting at the centers they staff: the cases (own and shared), triage
 * with suggested experts, the expert pool and the pool-sharing agreements. Another center's
 * pages answer 403; the services check it again.
 */
@Controller
@RefusalsReturnTo("/admin/consulting")
@RequestMapping("/admin/consulting")
class ConsultingAdminController {

	private final Cases cases;
	private final ExpertPool pool;
	private final CaseViews views;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final MessageSource messages;

	ConsultingAdminController(Cases cases, ExpertPool pool, CaseViews views, CentersApi centers, IdentityApi identity,
			MessageSource messages) {
		this.cases = cases;
		this.pool = pool;
		this.views = views;
		this.centers = centers;
		this.identity = identity;
		this.messages = messages;
	}

	@GetMapping
	String cases(StaffCenter center, CurrentUser user, Model model) {
		CenterSummary c = center.center();
		List<RequestRow> rows = views.rows(cases.casesOf(c.id()), c.id());
		if (!rows.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST,
					"컨설팅 신청 목록 조회 (센터 " + c.id() + "), " + rows.size() + "건", null);
		}
		model.addAttribute("waiting", rows.stream().filter(r -> r.status() == RequestStatus.SUBMITTED).toList());
		model.addAttribute("rows", rows);
		return "consulting/admin/cases";
	}

	@GetMapping("/requests/{id}")
	String request(@PathVariable long id, CurrentUser user, Model model) {
		ConsultingRequest request = cases.requestToView(id);
		boolean manage = cases.staffMayManage(request);
		CenterSummary c = StaffCenters.show(centers, manage ? request.getCenterId() : null, user, model).center();
		model.addAttribute("request", views.detail(request));
		model.addAttribute("manage", manage);
		model.addAttribute("suggestions", manage && (request.getStatus() == RequestStatus.SUBMITTED
				|| request.getStatus() == RequestStatus.ASSIGNED) ? pool.suggest(request) : List.of());
		model.addAttribute("modes", SessionMode.values());
		model.addAttribute("today", cases.today());
		model.addAttribute("viewing", c);
		return "consulting/admin/request";
	}

	@PostMapping("/requests/{id}/assign")
	String assign(@PathVariable long id, @RequestParam(required = false) Long expertId, RedirectAttributes redirect) {
		cases.requestToManage(id);
		return Actions.run(redirect, requestPage(id), "consulting.notice.assigned", "consulting.error.concurrent",
				() -> {
			if (expertId == null) {
				throw new Refusal("consulting.form.expert");
			}
			cases.assign(id, expertId);
		});
	}

	@PostMapping("/requests/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(defaultValue = "false") boolean accepted,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		cases.requestToManage(id);
		return Actions.run(redirect, requestPage(id),
				accepted ? "consulting.notice.answerAccepted" : "consulting.notice.answerDeclined",
				"consulting.error.concurrent",
				() -> cases.recordAnswer(id, accepted, Forms.text(note, 500, false, "consulting.form.note")));
	}

	@PostMapping("/requests/{id}/sessions/{sessionId}/record")
	String record(@PathVariable long id, @PathVariable long sessionId, @RequestParam(defaultValue = "") String content,
			@RequestParam(defaultValue = "") String nextSteps,
			@RequestParam(required = false) MultipartFile file, CurrentUser me,
			RedirectAttributes redirect) {
		cases.requestToManage(id);
		return Actions.run(redirect, requestPage(id), "consulting.notice.recorded", "consulting.error.concurrent",
				() -> cases.recordSession(sessionId, me, Forms.text(content, 4000, true, "consulting.form.content"),
				Forms.text(nextSteps, 2000, false, "consulting.form.nextSteps"), Forms.upload(file)));
	}

	@PostMapping("/requests/{id}/sessions/{sessionId}/cancel")
	String cancel(@PathVariable long id, @PathVariable long sessionId, CurrentUser me, RedirectAttributes redirect) {
		cases.requestToManage(id);
		return Actions.run(redirect, requestPage(id), "consulting.notice.sessionCancelled",
				"consulting.error.concurrent", () -> cases.cancelSession(sessionId, me));
	}

	@PostMapping("/requests/{id}/resolve")
	String resolve(@PathVariable long id, @RequestParam(defaultValue = "") String resolution, RedirectAttributes redirect) {
		cases.requestToManage(id);
		return Actions.run(redirect, requestPage(id), "consulting.notice.resolved", "consulting.error.concurrent",
				() -> cases.resolve(id, Forms.text(resolution, 2000, true, "consulting.form.resolution")));
	}

	@PostMapping("/requests/{id}/sessions")
	String schedule(@PathVariable long id, @RequestParam(defaultValue = "") String date,
			@RequestParam(defaultValue = "") String time, @RequestParam(defaultValue = "") String minutes,
			@RequestParam(defaultValue = "") String mode, @RequestParam(defaultValue = "") String overrideReason,
			CurrentUser me, RedirectAttributes redirect) {
		cases.requestToManage(id);
		return Actions.run(redirect, requestPage(id), "consulting.notice.scheduled", "consulting.error.concurrent",
				() -> cases.schedule(id, me, Forms.plan(date, time, minutes, mode),
				Forms.text(overrideReason, 500, false, "consulting.form.overrideReason")));
	}

	@PostMapping("/requests/{id}/complete")
	String complete(@PathVariable long id, @RequestParam(defaultValue = "") String summary, CurrentUser me,
			RedirectAttributes redirect) {
		cases.requestToManage(id);
		return Actions.run(redirect, requestPage(id), "consulting.notice.completed", "consulting.error.concurrent",
				() -> cases.complete(id, me, Forms.text(summary, 2000, false, "consulting.form.summary")));
	}

	@GetMapping("/experts")
	String experts(StaffCenter center, CurrentUser user, Model model) {
		CenterSummary c = center.center();
		List<Expert> own = pool.ownPool(c.id());
		if (!own.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST, "전문가 풀 조회 (센터 " + c.id() + ")", null);
		}
		model.addAttribute("experts", own.stream().map(views::expert).toList());
		model.addAttribute("shared", pool.usableBy(c.id()).stream().filter(e -> e.getCenterId() != c.id())
			.map(views::expert).toList());
		return "consulting/admin/experts";
	}

	@GetMapping("/experts/new")
	String newExpert(StaffCenter center, CurrentUser user, Model model) {
		model.addAttribute("expertId", null);
		model.addAttribute("form", ExpertForm.empty());
		return expertPage(model);
	}

	@PostMapping("/experts/new")
	String createExpert(@RequestParam long center, ExpertForm form, CurrentUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		CenterSummary c = StaffCenters.show(centers, center, user, model).center();
		try {
			pool.add(c.id(), form.terms());
			redirect.addFlashAttribute("notice", "consulting.notice.expertSaved");
			return "redirect:/admin/consulting/experts?center=" + c.id();
		}
		catch (Refusal ex) {
			model.addAttribute("formError", messages.getMessage(ex.messageKey(), ex.args(), locale));
			model.addAttribute("expertId", null);
			model.addAttribute("form", form);
			return expertPage(model);
		}
	}

	@GetMapping("/experts/{id}")
	String editExpert(@PathVariable long id, CurrentUser user, Model model) {
		Expert expert = pool.expertToManage(id);
		StaffCenters.show(centers, expert.getCenterId(), user, model).center();
		identity.recordPersonalDataAccess(expert.getAccountId(), PersonalDataAction.VIEW, "전문가 정보 조회 (전문가 " + id + ")",
				null);
		model.addAttribute("expertId", id);
		model.addAttribute("form", ExpertForm.of(expert));
		return expertPage(model);
	}

	@PostMapping("/experts/{id}")
	String updateExpert(@PathVariable long id, ExpertForm form, CurrentUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		Expert expert = pool.expertToManage(id);
		CenterSummary c = StaffCenters.show(centers, expert.getCenterId(), user, model).center();
		try {
			pool.revise(id, form.terms());
			redirect.addFlashAttribute("notice", "consulting.notice.expertSaved");
			return "redirect:/admin/consulting/experts?center=" + c.id();
		}
		catch (Refusal ex) {
			model.addAttribute("formError", messages.getMessage(ex.messageKey(), ex.args(), locale));
			model.addAttribute("expertId", id);
			model.addAttribute("form", form);
			return expertPage(model);
		}
		catch (ConcurrencyFailureException ex) {
			model.addAttribute("formError", messages.getMessage("consulting.error.concurrent", null, locale));
			model.addAttribute("expertId", id);
			model.addAttribute("form", form);
			return expertPage(model);
		}
	}

	@GetMapping("/agreements")
	String agreements(StaffCenter center, CurrentUser user, Model model) {
		CenterSummary c = center.center();
		LocalDate today = cases.today();
		model.addAttribute("agreements", pool.agreementsOf(c.id()).stream().map(a -> views.agreement(a, c.id(), today))
			.toList());
		model.addAttribute("partners", centers.all().stream().filter(x -> x.id() != c.id()).toList());
		model.addAttribute("today", today);
		return "consulting/admin/agreements";
	}

	@PostMapping("/agreements")
	String share(@RequestParam long center, @RequestParam(required = false) Long partnerId,
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
	String endAgreement(@PathVariable long id, @RequestParam long center, CurrentUser user, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/consulting/agreements?center=" + center,
				"consulting.notice.agreementEnded", "consulting.error.concurrent", () -> pool.endAgreement(id, user));
	}

	private String expertPage(Model model) {
		model.addAttribute("fields", ConsultingField.values());
		model.addAttribute("weekdays", List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"));
		return "consulting/admin/expert";
	}

	private static String requestPage(long id) {
		return "/admin/consulting/requests/" + id;
	}

}
