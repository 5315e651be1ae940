package org.ieum.education.administration;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ieum.education.attendance.Attendance;
import org.ieum.education.catalog.CourseCatalog;
import org.ieum.education.catalog.EducationViews;
import org.ieum.education.certificates.CertificatePdf;
import org.ieum.education.certificates.Certificates;
import org.ieum.education.course.CourseSession;
import org.ieum.education.enrollment.Enrollments;
import org.ieum.education.enrollment.GroupEnrollments;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Seoul;
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
 * Who is in a course, as staff run it: the roster with staff decisions and group enrollment, certificates printed
 * for participants without an account, and each session's check-in list. Reading the roster or a check-in list is
 * logged by the services that read them.
 */
@Controller
@RefusalsReturnTo("/admin/education")
@RequestMapping("/admin/education/{id}")
class RosterAdminController {

	private final CourseRoster rosters;
	private final CourseCatalog catalog;
	private final Enrollments enrollments;
	private final GroupEnrollments groups;
	private final Attendance attendance;
	private final Certificates certificates;
	private final CertificatePdf pdf;

	RosterAdminController(CourseRoster rosters, CourseCatalog catalog, Enrollments enrollments, GroupEnrollments groups,
			Attendance attendance, Certificates certificates, CertificatePdf pdf) {
		this.rosters = rosters;
		this.catalog = catalog;
		this.enrollments = enrollments;
		this.groups = groups;
		this.attendance = attendance;
		this.certificates = certificates;
		this.pdf = pdf;
	}

	@GetMapping("/roster")
	String roster(@PathVariable long id, Model model) {
		CourseRoster.Roster roster = rosters.of(id);
		model.addAttribute("course", roster.course());
		model.addAttribute("rows", roster.rows());
		model.addAttribute("questions", roster.questions());
		model.addAttribute("sessions", roster.sessions());
		return "education/admin/roster";
	}

	@PostMapping("/enrollments/{enrollmentId}/{decision:approve|reject|cancel}")
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

	@PostMapping("/groups")
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
			groups.enroll(id, groupName.strip(), contactName.strip(), CourseForm.blankToNull(contactEmail),
					names, me.accountId());
			redirect.addFlashAttribute("notice", "education.notice.groupEnrolled");
		}
		catch (Refusal ex) {
			Actions.refused(redirect, ex);
		}
		return "redirect:/admin/education/" + id + "/roster";
	}

	@GetMapping("/enrollments/{enrollmentId}/certificate.pdf")
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

	@GetMapping("/sessions/{sessionId}/attendance")
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

	@PostMapping("/sessions/{sessionId}/attendance")
	String saveAttendance(@PathVariable long id, @PathVariable long sessionId,
			@RequestParam(name = "present", required = false) List<Long> present, RedirectAttributes redirect) {
		attendance.recordSession(id, sessionId, present == null ? Set.of() : new HashSet<>(present));
		redirect.addFlashAttribute("notice", "education.notice.attendanceSaved");
		return "redirect:/admin/education/" + id + "/sessions/" + sessionId + "/attendance";
	}
}
