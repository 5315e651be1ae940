package org.ieum.education.catalog;

import java.util.Locale;

import org.ieum.education.attendance.Attendance;
import org.ieum.education.certificates.CertificatePdf;
import org.ieum.education.certificates.Certificates;
import org.ieum.education.enrollment.Enrollments;
import org.ieum.education.surveys.Surveys;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's own enrollments: cancel, check in with a code, certificate, survey. */
@Controller
@RequestMapping("/my/education")
class MyEducationController {

	private final MyCourses myCourses;
	private final Enrollments enrollments;
	private final Attendance attendance;
	private final Certificates certificates;
	private final CertificatePdf pdf;
	private final Surveys surveys;

	MyEducationController(MyCourses myCourses, Enrollments enrollments, Attendance attendance,
			Certificates certificates, CertificatePdf pdf, Surveys surveys) {
		this.myCourses = myCourses;
		this.enrollments = enrollments;
		this.attendance = attendance;
		this.certificates = certificates;
		this.pdf = pdf;
		this.surveys = surveys;
	}

	@GetMapping
	String list(CurrentUser me, Model model) {
		model.addAttribute("enrollments", myCourses.mine(me.accountId()));
		return "education/my/list";
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/education", "education.notice.cancelled", "education.error.notActive",
				() -> enrollments.cancelOwn(id, me));
	}

	@PostMapping("/{id}/check-in")
	String checkIn(@PathVariable long id, @RequestParam(defaultValue = "") String code, CurrentUser me,
			RedirectAttributes redirect) {
		// a double submit inserts the same attendance row twice: the second one lost the race, the person is checked in
		return Actions.run(redirect, "/my/education", "education.notice.checkedIn", "education.notice.checkedIn",
				() -> attendance.checkIn(id, code, me));
	}

	@PostMapping("/{id}/survey")
	String survey(@PathVariable long id, @RequestParam(defaultValue = "0") int rating,
			@RequestParam(defaultValue = "") String comment, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/education", "education.notice.surveyThanks", "education.error.surveyTwice",
				() -> surveys.respond(id, rating, comment, me));
	}

	@GetMapping("/{id}/certificate.pdf")
	Object certificate(@PathVariable long id, CurrentUser me, Locale locale, RedirectAttributes redirect) {
		try {
			Certificates.CertificateView view = certificates.issueFor(id, me);
			return CertificatePdf.download(pdf.render(view, locale), view.number());
		}
		catch (Refusal ex) {
			Actions.refused(redirect, ex);
			return "redirect:/my/education";
		}
	}

}
