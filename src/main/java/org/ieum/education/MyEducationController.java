package org.ieum.education;

import java.util.Locale;

import org.ieum.identity.CurrentUser;
import org.ieum.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

	private final CourseCatalog catalog;
	private final Enrollments enrollments;
	private final Attendance attendance;
	private final Certificates certificates;
	private final CertificatePdf pdf;
	private final Surveys surveys;

	MyEducationController(CourseCatalog catalog, Enrollments enrollments, Attendance attendance,
			Certificates certificates, CertificatePdf pdf, Surveys surveys) {
		this.catalog = catalog;
		this.enrollments = enrollments;
		this.attendance = attendance;
		this.certificates = certificates;
		this.pdf = pdf;
		this.surveys = surveys;
	}

	@Bean
	static MenuEntry myEducationMenuEntry() {
		return MenuEntry.my("education.menu.my", "/my/education", 20);
	}

	@GetMapping
	String list(CurrentUser me, Model model) {
		model.addAttribute("enrollments", catalog.mine(me.accountId()));
		return "education/my/list";
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
		return act(redirect, "education.notice.cancelled", () -> enrollments.cancelOwn(id, me), "education.error.notActive");
	}

	@PostMapping("/{id}/check-in")
	String checkIn(@PathVariable long id, @RequestParam(defaultValue = "") String code, CurrentUser me,
			RedirectAttributes redirect) {
		// a double submit inserts the same attendance row twice: the second one lost the race, the person is checked in
		return act(redirect, "education.notice.checkedIn", () -> attendance.checkIn(id, code, me), "education.notice.checkedIn");
	}

	@PostMapping("/{id}/survey")
	String survey(@PathVariable long id, @RequestParam(defaultValue = "0") int rating,
			@RequestParam(defaultValue = "") String comment, CurrentUser me, RedirectAttributes redirect) {
		return act(redirect, "education.notice.surveyThanks", () -> surveys.respond(id, rating, comment, me),
				"education.error.surveyTwice");
	}

	@GetMapping("/{id}/certificate.pdf")
	Object certificate(@PathVariable long id, CurrentUser me, Locale locale, RedirectAttributes redirect) {
		try {
			Certificates.CertificateView view = certificates.issueFor(id, me);
			return pdfResponse(pdf.render(view, locale), view.number());
		}
		catch (EducationException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			return "redirect:/my/education";
		}
	}

	static ResponseEntity<byte[]> pdfResponse(byte[] bytes, String number) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("certificate-" + number + ".pdf").build().toString())
			.body(bytes);
	}

	/**
	 * Runs the action and reports its outcome. Two clicks at once can both pass the service's
	 * checks; the database's unique keys (or the enrollment's version) stop the second, which is
	 * reported with {@code concurrentKey} rather than an error page.
	 */
	private static String act(RedirectAttributes redirect, String notice, Runnable action, String concurrentKey) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (EducationException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		catch (DataIntegrityViolationException
				| ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute(concurrentKey.startsWith("education.notice") ? "notice" : "error", concurrentKey);
		}
		return "redirect:/my/education";
	}
}
