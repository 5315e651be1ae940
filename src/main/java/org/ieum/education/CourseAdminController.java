package org.ieum.education;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.StaffCenters;
import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.ieum.shared.web.RefusalsReturnTo;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff back office for courses of the centers a staff member works for. */
@Controller
@RefusalsReturnTo("/admin/education")
@RequestMapping("/admin/education")
class CourseAdminController {

	private final CourseAdministration administration;
	private final CourseCatalog catalog;
	private final Enrollments enrollments;
	private final Attendance attendance;
	private final Certificates certificates;
	private final CertificatePdf pdf;
	private final Surveys surveys;
	private final CourseRoster rosters;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final Clock clock;

	CourseAdminController(CourseAdministration administration, CourseCatalog catalog, Enrollments enrollments,
			Attendance attendance, Certificates certificates, CertificatePdf pdf, Surveys surveys,
			CourseRoster rosters, CentersApi centers, IdentityApi identity,
			Clock clock) {
		this.administration = administration;
		this.catalog = catalog;
		this.enrollments = enrollments;
		this.attendance = attendance;
		this.certificates = certificates;
		this.pdf = pdf;
		this.surveys = surveys;
		this.rosters = rosters;
		this.centers = centers;
		this.identity = identity;
		this.clock = clock;
	}

	@Bean
	static MenuEntry educationAdminMenuEntry() {
		return MenuEntry.admin("education.menu.admin", "/admin/education", 40, Authorities.CENTER_STAFF);
	}

	@GetMapping
	String list(CurrentUser me, Model model) {
		List<CenterSummary> mine = StaffCenters.of(centers, me);
		model.addAttribute("courses", catalog.cardsOfCenters(mine.stream().map(CenterSummary::id).toList()));
		model.addAttribute("centerNames", mine.stream().collect(Collectors.toMap(CenterSummary::id, CenterSummary::name)));
		return "education/admin/list";
	}

	@GetMapping("/new")
	String newCourse(CurrentUser me, Model model) {
		CourseForm form = new CourseForm();
		List<CenterSummary> mine = StaffCenters.of(centers, me);
		if (mine.size() == 1) {
			form.setCenterId(mine.get(0).id());
		}
		form.setRegistrationOpens(Seoul.today(clock));
		model.addAttribute("courseForm", form);
		return formPage(me, null, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("courseForm") CourseForm form, BindingResult errors, CurrentUser me,
			Model model, RedirectAttributes redirect) {
		form.checkNew(errors);
		if (!errors.hasErrors()) {
			Authorities.requireCenterStaff(form.getCenterId());
			try {
				Course course = administration.create(form.getCenterId(), form.toDetails());
				redirect.addFlashAttribute("notice", "education.notice.created");
				return "redirect:/admin/education/" + course.getId();
			}
			catch (Refusal ex) {
				errors.reject(ex.messageKey());
			}
		}
		return formPage(me, null, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, CurrentUser me, Model model) {
		Course course = administration.courseToManage(id);
		model.addAttribute("courseForm", CourseForm.of(course));
		model.addAttribute("sessionForm", new SessionForm());
		return formPage(me, course, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("courseForm") CourseForm form, BindingResult errors,
			CurrentUser me, Model model, RedirectAttributes redirect) {
		Course course = administration.courseToManage(id);
		form.setCenterId(course.getCenterId());
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				administration.revise(id, form.toDetails());
				redirect.addFlashAttribute("notice", "education.notice.saved");
				return "redirect:/admin/education/" + id;
			}
			catch (Refusal ex) {
				errors.reject(ex.messageKey());
			}
		}
		model.addAttribute("sessionForm", new SessionForm());
		return formPage(me, course, model);
	}

	@PostMapping("/{id}/sessions")
	String addSession(@PathVariable long id, @Valid @ModelAttribute("sessionForm") SessionForm form,
			BindingResult errors, CurrentUser me, Model model, RedirectAttributes redirect) {
		Course course = administration.courseToManage(id);
		if (!errors.hasErrors()) {
			try {
				administration.addSession(id, form.getDate().atTime(form.getStarts()).atZone(Seoul.ZONE).toInstant(),
						form.getDate().atTime(form.getEnds()).atZone(Seoul.ZONE).toInstant(),
						CourseForm.blankToNull(form.getPlace()), form.getRoomId());
				redirect.addFlashAttribute("notice", "education.notice.sessionAdded");
				return "redirect:/admin/education/" + id + "#sessions";
			}
			catch (Refusal ex) {
				errors.reject(ex.messageKey(), ex.args(), null);
			}
		}
		model.addAttribute("courseForm", CourseForm.of(course));
		return formPage(me, course, model);
	}

	/** Another day, time or room for one session; its room booking follows it. */
	@GetMapping("/{id}/sessions/{sessionId}")
	String session(@PathVariable long id, @PathVariable long sessionId, Model model) {
		Course course = administration.courseToManage(id);
		CourseSession session = attendance.sessionsOf(id).stream().filter(s -> s.getId() == sessionId).findFirst()
			.orElseThrow(() -> Refusal.notFound("education.error.noSession"));
		model.addAttribute("sessionForm", SessionForm.of(session));
		return sessionPage(course, sessionId, model);
	}

	@PostMapping("/{id}/sessions/{sessionId}")
	String moveSession(@PathVariable long id, @PathVariable long sessionId,
			@Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Course course = administration.courseToManage(id);
		if (!errors.hasErrors()) {
			try {
				administration.moveSession(id, sessionId,
						form.getDate().atTime(form.getStarts()).atZone(Seoul.ZONE).toInstant(),
						form.getDate().atTime(form.getEnds()).atZone(Seoul.ZONE).toInstant(),
						CourseForm.blankToNull(form.getPlace()), form.getRoomId());
				redirect.addFlashAttribute("notice", "education.notice.sessionMoved");
				return "redirect:/admin/education/" + id + "#sessions";
			}
			catch (Refusal ex) {
				errors.reject(ex.messageKey(), ex.args(), null);
			}
		}
		return sessionPage(course, sessionId, model);
	}

	private String sessionPage(Course course, long sessionId, Model model) {
		model.addAttribute("course", catalog.view(course));
		model.addAttribute("sessionId", sessionId);
		model.addAttribute("rooms", administration.roomsFor(course.getCenterId()));
		return "education/admin/session";
	}

	@PostMapping("/{id}/sessions/{sessionId}/delete")
	String removeSession(@PathVariable long id, @PathVariable long sessionId, RedirectAttributes redirect) {
		administration.removeSession(id, sessionId);
		redirect.addFlashAttribute("notice", "education.notice.removed");
		return "redirect:/admin/education/" + id + "#sessions";
	}

	@PostMapping("/{id}/materials")
	String addMaterial(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "PUBLIC") MaterialAudience audience,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		administration.courseToManage(id);
		try {
			if (title.isBlank() || title.length() > 200) {
				throw new Refusal("education.error.materialTitle");
			}
			if (file == null || file.isEmpty()) {
				throw new Refusal("education.error.fileEmpty");
			}
			administration.addMaterial(id, title.strip(), audience, file.getOriginalFilename(), bytes(file));
			redirect.addFlashAttribute("notice", "education.notice.materialAdded");
		}
		catch (Refusal ex) {
			Actions.refused(redirect, ex);
		}
		return "redirect:/admin/education/" + id + "#materials";
	}

	@PostMapping("/{id}/materials/{materialId}/delete")
	String removeMaterial(@PathVariable long id, @PathVariable long materialId, RedirectAttributes redirect) {
		administration.removeMaterial(id, materialId);
		redirect.addFlashAttribute("notice", "education.notice.removed");
		return "redirect:/admin/education/" + id + "#materials";
	}

	@PostMapping("/{id}/questions")
	String addQuestion(@PathVariable long id, @RequestParam(defaultValue = "") String question,
			RedirectAttributes redirect) {
		administration.courseToManage(id);
		if (question.isBlank() || question.length() > 300) {
			redirect.addFlashAttribute("error", "education.error.questionText");
		}
		else {
			administration.addQuestion(id, question.strip());
			redirect.addFlashAttribute("notice", "education.notice.saved");
		}
		return "redirect:/admin/education/" + id + "#questions";
	}

	@PostMapping("/{id}/questions/{questionId}/delete")
	String removeQuestion(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
		administration.removeQuestion(id, questionId);
		redirect.addFlashAttribute("notice", "education.notice.removed");
		return "redirect:/admin/education/" + id + "#questions";
	}

	@GetMapping("/{id}/roster")
	String roster(@PathVariable long id, Model model) {
		CourseRoster.Roster roster = rosters.of(id);
		model.addAttribute("course", roster.course());
		model.addAttribute("rows", roster.rows());
		model.addAttribute("questions", roster.questions());
		model.addAttribute("sessions", roster.sessions());
		return "education/admin/roster";
	}

	@PostMapping("/{id}/enrollments/{enrollmentId}/{decision:approve|reject|cancel}")
	String decide(@PathVariable long id, @PathVariable long enrollmentId, @PathVariable String decision,
			RedirectAttributes redirect) {
		try {
			switch (decision) {
				case "approve" -> enrollments.approve(id, enrollmentId);
				case "reject" -> enrollments.reject(id, enrollmentId);
				default -> enrollments.cancelByStaff(id, enrollmentId);
			}
			redirect.addFlashAttribute("notice", "education.notice." + decision);
		}
		catch (Refusal ex) {
			Actions.refused(redirect, ex);
		}
		return "redirect:/admin/education/" + id + "/roster";
	}

	@PostMapping("/{id}/groups")
	String enrollGroup(@PathVariable long id, @RequestParam(defaultValue = "") String groupName,
			@RequestParam(defaultValue = "") String contactName, @RequestParam(defaultValue = "") String contactEmail,
			@RequestParam(defaultValue = "") String participants, CurrentUser me, RedirectAttributes redirect) {
		try {
			if (groupName.isBlank() || contactName.isBlank() || groupName.length() > 200 || contactName.length() > 100
					|| contactEmail.length() > 320 || participants.length() > 20_000) {
				throw new Refusal("education.error.groupFields");
			}
			List<String> names = Arrays.stream(participants.split("\\R")).map(String::strip)
				.filter(n -> !n.isEmpty()).toList();
			if (names.stream().anyMatch(n -> n.length() > 100)) {
				throw new Refusal("education.error.groupFields");
			}
			enrollments.enrollGroup(id, groupName.strip(), contactName.strip(), CourseForm.blankToNull(contactEmail),
					names, me.accountId());
			redirect.addFlashAttribute("notice", "education.notice.groupEnrolled");
		}
		catch (Refusal ex) {
			Actions.refused(redirect, ex);
		}
		return "redirect:/admin/education/" + id + "/roster";
	}

	@GetMapping("/{id}/enrollments/{enrollmentId}/certificate.pdf")
	Object certificate(@PathVariable long id, @PathVariable long enrollmentId, Locale locale,
			RedirectAttributes redirect) {
		try {
			Certificates.CertificateView view = certificates.issueByStaff(id, enrollmentId);
			return CertificatePdf.download(pdf.render(view, locale), view.number());
		}
		catch (Refusal ex) {
			Actions.refused(redirect, ex);
			return "redirect:/admin/education/" + id + "/roster";
		}
	}

	@GetMapping("/{id}/sessions/{sessionId}/attendance")
	String attendanceList(@PathVariable long id, @PathVariable long sessionId, Model model) {
		Attendance.CheckInSheet sheet = attendance.sheet(id, sessionId);
		CourseSession session = sheet.session();
		model.addAttribute("course", catalog.view(sheet.course()));
		model.addAttribute("courseSession", new EducationViews.SessionView(session.getId(),
				Seoul.at(session.getStartsAt()).toLocalDate(), Seoul.at(session.getStartsAt()).toLocalTime(),
				Seoul.at(session.getEndsAt()).toLocalTime(), session.getPlace()));
		model.addAttribute("code", session.getCheckInCode());
		model.addAttribute("participants", sheet.participants().stream()
			.map(e -> new EducationViews.QuestionView(e.getId(), e.getParticipantName()))
			.toList());
		model.addAttribute("present", sheet.present());
		return "education/admin/attendance";
	}

	@PostMapping("/{id}/sessions/{sessionId}/attendance")
	String saveAttendance(@PathVariable long id, @PathVariable long sessionId,
			@RequestParam(name = "present", required = false) List<Long> present, RedirectAttributes redirect) {
		attendance.recordSession(id, sessionId, present == null ? Set.of() : new HashSet<>(present));
		redirect.addFlashAttribute("notice", "education.notice.attendanceSaved");
		return "redirect:/admin/education/" + id + "/sessions/" + sessionId + "/attendance";
	}

	@GetMapping("/{id}/survey")
	String survey(@PathVariable long id, Model model) {
		Course course = administration.courseToManage(id);
		model.addAttribute("course", catalog.view(course));
		model.addAttribute("results", surveys.resultsOf(id));
		return "education/admin/survey";
	}

	private String formPage(CurrentUser me, Course course, Model model) {
		List<CenterSummary> mine = StaffCenters.of(centers, me);
		model.addAttribute("centers", mine);
		model.addAttribute("kinds", CourseKind.values());
		model.addAttribute("targets", TargetGroup.values());
		long centerId = course != null ? course.getCenterId() : mine.size() == 1 ? mine.get(0).id() : -1;
		model.addAttribute("instructors", administration.instructorsOf(
				centerId >= 0 ? List.of(centerId) : mine.stream().map(CenterSummary::id).toList()).stream()
			.map(i -> new EducationViews.InstructorView(i.getId(), i.getName(), i.getExpertise(), i.isTrained()))
			.toList());
		if (course != null) {
			model.addAttribute("course", catalog.view(course));
			model.addAttribute("materialAudiences", MaterialAudience.values());
			model.addAttribute("centerName", centers.findById(course.getCenterId()).map(CenterSummary::name).orElse(""));
			model.addAttribute("centerSlug", centers.findById(course.getCenterId()).map(CenterSummary::slug).orElse(""));
			model.addAttribute("rooms", administration.roomsFor(course.getCenterId()));
			return "education/admin/edit";
		}
		return "education/admin/new";
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
