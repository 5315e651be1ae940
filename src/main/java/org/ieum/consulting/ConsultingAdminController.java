package org.ieum.consulting;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.consulting.ConsultingViews.RequestRow;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.identity.StaffCenters;
import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Staff pages for consulting at the centers they staff: the cases (own and shared), triage
 * with suggested experts, the expert pool and the pool-sharing agreements. Another center's
 * pages answer 403; the services check it again.
 */
@Controller
@RequestMapping("/admin/consulting")
class ConsultingAdminController {

	private static final Set<String> NOT_FOUND = Set.of("consulting.error.noRequest", "consulting.error.noExpert",
			"consulting.error.noAgreement", "consulting.error.noSession");

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

	@Bean
	static MenuEntry consultingAdminMenuEntry() {
		return MenuEntry.admin("consulting.menu.admin", "/admin/consulting", 47, Authorities.CENTER_STAFF);
	}

	@GetMapping
	String cases(@RequestParam(required = false) Long center, CurrentUser user, Model model) {
		CenterSummary c = chosen(center, user, model);
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
		CenterSummary c = chosen(manage ? request.getCenterId() : null, user, model);
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
	String assign(@PathVariable long id, @RequestParam(required = false) Long expertId, Locale locale,
			RedirectAttributes redirect) {
		cases.requestToManage(id);
		return act(() -> {
			if (expertId == null) {
				throw new ConsultingException("consulting.form.expert");
			}
			cases.assign(id, expertId);
		}, "consulting.notice.assigned", locale, redirect, requestPage(id));
	}

	@PostMapping("/requests/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(defaultValue = "false") boolean accepted,
			@RequestParam(defaultValue = "") String note, Locale locale, RedirectAttributes redirect) {
		cases.requestToManage(id);
		return act(() -> cases.recordAnswer(id, accepted, Forms.text(note, 500, false, "consulting.form.note")),
				accepted ? "consulting.notice.answerAccepted" : "consulting.notice.answerDeclined", locale, redirect,
				requestPage(id));
	}

	@PostMapping("/requests/{id}/sessions/{sessionId}/record")
	String record(@PathVariable long id, @PathVariable long sessionId, @RequestParam(defaultValue = "") String content,
			@RequestParam(defaultValue = "") String nextSteps,
			@RequestParam(required = false) MultipartFile file, CurrentUser me,
			Locale locale, RedirectAttributes redirect) {
		cases.requestToManage(id);
		return act(() -> cases.recordSession(sessionId, me, Forms.text(content, 4000, true, "consulting.form.content"),
				Forms.text(nextSteps, 2000, false, "consulting.form.nextSteps"), Forms.upload(file)),
				"consulting.notice.recorded", locale, redirect, requestPage(id));
	}

	@PostMapping("/requests/{id}/sessions/{sessionId}/cancel")
	String cancel(@PathVariable long id, @PathVariable long sessionId, CurrentUser me, Locale locale,
			RedirectAttributes redirect) {
		cases.requestToManage(id);
		return act(() -> cases.cancelSession(sessionId, me), "consulting.notice.sessionCancelled", locale, redirect,
				requestPage(id));
	}

	@PostMapping("/requests/{id}/resolve")
	String resolve(@PathVariable long id, @RequestParam(defaultValue = "") String resolution, Locale locale,
			RedirectAttributes redirect) {
		cases.requestToManage(id);
		return act(() -> cases.resolve(id, Forms.text(resolution, 2000, true, "consulting.form.resolution")),
				"consulting.notice.resolved", locale, redirect, requestPage(id));
	}

	@PostMapping("/requests/{id}/sessions")
	String schedule(@PathVariable long id, @RequestParam(defaultValue = "") String date,
			@RequestParam(defaultValue = "") String time, @RequestParam(defaultValue = "") String minutes,
			@RequestParam(defaultValue = "") String mode, @RequestParam(defaultValue = "") String overrideReason,
			CurrentUser me, Locale locale, RedirectAttributes redirect) {
		cases.requestToManage(id);
		return act(() -> cases.schedule(id, me, MyConsultingController.plan(date, time, minutes, mode),
				Forms.text(overrideReason, 500, false, "consulting.form.overrideReason")), "consulting.notice.scheduled",
				locale, redirect, requestPage(id));
	}

	@PostMapping("/requests/{id}/complete")
	String complete(@PathVariable long id, @RequestParam(defaultValue = "") String summary, CurrentUser me,
			Locale locale, RedirectAttributes redirect) {
		cases.requestToManage(id);
		return act(() -> cases.complete(id, me, Forms.text(summary, 2000, false, "consulting.form.summary")),
				"consulting.notice.completed", locale, redirect, requestPage(id));
	}

	@GetMapping("/experts")
	String experts(@RequestParam(required = false) Long center, CurrentUser user, Model model) {
		CenterSummary c = chosen(center, user, model);
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
	String newExpert(@RequestParam(required = false) Long center, CurrentUser user, Model model) {
		chosen(center, user, model);
		model.addAttribute("expertId", null);
		model.addAttribute("form", ExpertForm.empty());
		return expertPage(model);
	}

	@PostMapping("/experts/new")
	String createExpert(@RequestParam long center, ExpertForm form, CurrentUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		CenterSummary c = chosen(center, user, model);
		try {
			pool.add(c.id(), form.terms());
			redirect.addFlashAttribute("notice", "consulting.notice.expertSaved");
			return "redirect:/admin/consulting/experts?center=" + c.id();
		}
		catch (ConsultingException ex) {
			model.addAttribute("formError", messages.getMessage(ex.messageKey(), ex.args(), locale));
			model.addAttribute("expertId", null);
			model.addAttribute("form", form);
			return expertPage(model);
		}
	}

	@GetMapping("/experts/{id}")
	String editExpert(@PathVariable long id, CurrentUser user, Model model) {
		Expert expert = pool.expertToManage(id);
		chosen(expert.getCenterId(), user, model);
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
		CenterSummary c = chosen(expert.getCenterId(), user, model);
		try {
			pool.revise(id, form.terms());
			redirect.addFlashAttribute("notice", "consulting.notice.expertSaved");
			return "redirect:/admin/consulting/experts?center=" + c.id();
		}
		catch (ConsultingException ex) {
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
	String agreements(@RequestParam(required = false) Long center, CurrentUser user, Model model) {
		CenterSummary c = chosen(center, user, model);
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
			@RequestParam(defaultValue = "") String note, CurrentUser user, Locale locale, RedirectAttributes redirect) {
		Authorities.requireCenterStaff(center);
		return act(() -> {
			if (partnerId == null || centers.findById(partnerId).isEmpty()) {
				throw new ConsultingException("consulting.form.partner");
			}
			pool.share(center, partnerId, Forms.date(validFrom), validUntil.isBlank() ? null : Forms.date(validUntil),
					Forms.text(note, 500, false, "consulting.form.agreementNote"), user);
		}, "consulting.notice.agreementSaved", locale, redirect, "/admin/consulting/agreements?center=" + center);
	}

	@PostMapping("/agreements/{id}/end")
	String endAgreement(@PathVariable long id, @RequestParam long center, CurrentUser user, Locale locale,
			RedirectAttributes redirect) {
		return act(() -> pool.endAgreement(id, user), "consulting.notice.agreementEnded", locale, redirect,
				"/admin/consulting/agreements?center=" + center);
	}

	@ExceptionHandler(ConsultingException.class)
	ModelAndView refused(ConsultingException ex, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (NOT_FOUND.contains(ex.messageKey())) {
			response.sendError(HttpStatus.NOT_FOUND.value());
			return null;
		}
		RequestContextUtils.getOutputFlashMap(request)
			.put("consultingError", messages.getMessage(ex.messageKey(), ex.args(), locale));
		return new ModelAndView("redirect:/admin/consulting");
	}

	private String expertPage(Model model) {
		model.addAttribute("fields", ConsultingField.values());
		model.addAttribute("weekdays", List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"));
		return "consulting/admin/expert";
	}

	private static String requestPage(long id) {
		return "/admin/consulting/requests/" + id;
	}

	private String act(Runnable action, String notice, Locale locale, RedirectAttributes redirect, String target) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ConsultingException ex) {
			if (NOT_FOUND.contains(ex.messageKey())) {
				throw ex;
			}
			redirect.addFlashAttribute("consultingError", messages.getMessage(ex.messageKey(), ex.args(), locale));
		}
		catch (ConcurrencyFailureException ex) {
			redirect.addFlashAttribute("consultingError", messages.getMessage("consulting.error.concurrent", null, locale));
		}
		return "redirect:" + target;
	}

	/** The center whose pages are shown: the one asked for if the user staffs it, else their first. */
	private CenterSummary chosen(Long requested, CurrentUser user, Model model) {
		CenterSummary center = StaffCenters.chosen(centers, requested, user);
		model.addAttribute("center", center);
		model.addAttribute("myCenters", StaffCenters.of(centers, user));
		return center;
	}
}
