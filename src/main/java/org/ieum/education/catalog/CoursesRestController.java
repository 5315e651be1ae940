package org.ieum.education.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.education.CourseKind;
import org.ieum.education.EnrollmentOutcome;
import org.ieum.education.EnrollmentStatus;
import org.ieum.education.TargetGroup;
import org.ieum.education.catalog.EducationViews.CourseCard;
import org.ieum.education.catalog.EducationViews.SessionView;
import org.ieum.education.enrollment.Enrollments;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Courses as JSON, with the same rules as the pages. Listing is public (the API chain
 * opens GET /api/v1/courses and /api/v1/courses/{id}); enrolling needs a personal token.
 */
@RestController
@RequestMapping("/api/v1/courses")
@Tag(name = "교육", description = "교육·행사 과정, 신청, 취소")
class CoursesRestController {

	record CourseJson(long id, String center, String title, CourseKind kind, TargetGroup targetGroup,
			LocalDate firstDay, LocalDate lastDay, int capacity, int seatsLeft, LocalDate registrationOpens,
			LocalDate registrationCloses, boolean openForRegistration, List<SessionView> sessions) {
	}

	record EnrollRequest(Map<Long, String> answers, Boolean waitlist) {
	}

	record EnrollResponse(EnrollmentOutcome outcome, String message) {
	}

	record EnrollmentJson(long id, long courseId, String courseTitle, EnrollmentStatus status, LocalDate firstDay,
			boolean cancellable, int attendedSessions, int sessions, boolean completed, String certificateNumber) {
	}

	private final CourseCatalog catalog;
	private final MyCourses myCourses;
	private final Enrollments enrollments;
	private final CentersApi centers;
	private final MessageSource messages;

	CoursesRestController(CourseCatalog catalog, MyCourses myCourses, Enrollments enrollments, CentersApi centers,
			MessageSource messages) {
		this.catalog = catalog;
		this.myCourses = myCourses;
		this.enrollments = enrollments;
		this.centers = centers;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "센터의 교육 과정 목록", description = "남은 자리(seatsLeft)와 신청 가능 여부를 함께 돌려줍니다.")
	List<CourseJson> list(@Parameter(description = "센터 주소 이름, 예: gimhae") @RequestParam String center,
			@RequestParam(required = false) CourseKind kind, @RequestParam(required = false) TargetGroup target,
			@Parameter(description = "지금 신청할 수 있는 과정만") @RequestParam(defaultValue = "false") boolean open) {
		CenterSummary c = centers.findBySlug(center).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return catalog.list(c.id(), new CourseCatalog.Filter(kind, target, open)).stream()
			.map(card -> json(card, c.slug(), List.of()))
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "교육 과정", description = "과정과 회차(일시, 장소)를 돌려줍니다.")
	@ApiResponse(responseCode = "404", description = "없는 과정")
	CourseJson one(@PathVariable long id) {
		var view = catalog.course(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String slug = centers.findById(view.card().centerId()).map(CenterSummary::slug).orElse("");
		return json(view.card(), slug, view.sessions());
	}

	@PostMapping("/{id}/enrollments")
	@Operation(summary = "수강 신청",
			description = "자리가 있으면 신청(CONFIRMED 또는 승인이 필요하면 PENDING_APPROVAL)합니다. 정원이 찼으면 아무것도 바꾸지 않고 FULL을 돌려주며, "
					+ "waitlist=true로 다시 보내면 대기자로 등록(WAITLISTED)합니다. 신청 기간 밖, 중복 신청, 대상 아님은 422 문제 응답입니다.")
	@ApiResponse(responseCode = "200", description = "결과")
	@ApiResponse(responseCode = "422", description = "신청할 수 없음 (한국어 설명)")
	EnrollResponse enroll(@PathVariable long id, @RequestBody(required = false) EnrollRequest request, CurrentUser me,
			Locale locale) {
		Map<Long, String> answers = request == null || request.answers() == null ? Map.of() : request.answers();
		EnrollmentOutcome outcome = request != null && Boolean.TRUE.equals(request.waitlist()) ? enrollments.joinWaitlist(id, me, answers)
				: enrollments.enroll(id, me, answers);
		String key = outcome == EnrollmentOutcome.FULL ? "education.error.full" : "education.notice." + outcome;
		return new EnrollResponse(outcome, messages.getMessage(key, null, locale));
	}

	@PostMapping("/enrollments/{enrollmentId}/cancel")
	@Operation(summary = "신청 취소", description = "취소 마감일까지 본인의 신청을 취소합니다. 비는 자리는 대기 1순위에게 넘어갑니다.")
	@ApiResponse(responseCode = "422", description = "취소할 수 없음 (한국어 설명)")
	EnrollResponse cancel(@PathVariable long enrollmentId, CurrentUser me, Locale locale) {
		enrollments.cancelOwn(enrollmentId, me);
		return new EnrollResponse(null, messages.getMessage("education.notice.cancelled", null, locale));
	}

	@GetMapping("/enrollments/mine")
	@Operation(summary = "내 신청 목록")
	List<EnrollmentJson> mine(CurrentUser me) {
		return myCourses.mine(me.accountId()).stream()
			.map(r -> new EnrollmentJson(r.id(), r.courseId(), r.courseTitle(), r.status(), r.firstDay(), r.cancellable(),
					r.progress().attended(), r.progress().sessions(), r.progress().completed(), r.certificateNumber()))
			.toList();
	}

	@ExceptionHandler(Refusal.class)
	ProblemDetail refused(Refusal ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				messages.getMessage(ex.messageKey(), null, locale));
		problem.setTitle(messages.getMessage("education.api.refused", null, locale));
		problem.setProperty("code", ex.messageKey());
		return problem;
	}

	private static CourseJson json(CourseCard c, String slug, List<SessionView> sessions) {
		return new CourseJson(c.id(), slug, c.title(), c.kind(), c.targetGroup(), c.firstDay(), c.lastDay(), c.capacity(),
				c.seatsLeft(), c.registrationOpens(), c.registrationCloses(), c.openNow(), sessions);
	}
}
