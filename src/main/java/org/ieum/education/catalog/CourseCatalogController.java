package org.ieum.education.catalog;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.education.CourseKind;
import org.ieum.education.EnrollmentOutcome;
import org.ieum.education.TargetGroup;
import org.ieum.education.course.Material;
import org.ieum.education.course.MaterialFiles;
import org.ieum.education.enrollment.Enrollments;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A center's public course list, calendar and course pages, and enrolling from them. */
@Controller
class CourseCatalogController {

	private final CourseCatalog catalog;
	private final MyCourses myCourses;
	private final Enrollments enrollments;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final MaterialFiles files;
	private final Clock clock;

	CourseCatalogController(CourseCatalog catalog, MyCourses myCourses, Enrollments enrollments, CentersApi centers,
			IdentityApi identity, MaterialFiles files, Clock clock) {
		this.catalog = catalog;
		this.myCourses = myCourses;
		this.enrollments = enrollments;
		this.centers = centers;
		this.identity = identity;
		this.files = files;
		this.clock = clock;
	}

	@GetMapping("/c/{slug}/education")
	String list(@PathVariable String slug, @RequestParam(required = false) CourseKind kind,
			@RequestParam(required = false) TargetGroup target, @RequestParam(defaultValue = "false") boolean open,
			Model model) {
		CenterSummary center = center(slug);
		model.addAttribute("courses", catalog.list(center.id(), new CourseCatalog.Filter(kind, target, open)));
		model.addAttribute("kind", kind);
		model.addAttribute("target", target);
		model.addAttribute("open", open);
		model.addAttribute("kinds", CourseKind.values());
		model.addAttribute("targets", TargetGroup.values());
		return "education/list";
	}

	@GetMapping("/c/{slug}/education/calendar")
	String calendar(@PathVariable String slug, @RequestParam(required = false) String month, Model model) {
		CenterSummary center = center(slug);
		YearMonth shown = parseMonth(month);
		model.addAttribute("month", shown);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("days", catalog.month(center.id(), shown));
		return "education/calendar";
	}

	@GetMapping("/c/{slug}/education/{id}")
	String course(@PathVariable String slug, @PathVariable long id, Model model) {
		CenterSummary center = center(slug);
		model.addAttribute("course", catalog.course(center.id(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		Optional<CurrentUser> me = identity.currentUser();
		model.addAttribute("signedIn", me.isPresent());
		model.addAttribute("myPlace", me.flatMap(u -> myCourses.placeIn(id, u.accountId())).orElse(null));
		return "education/course";
	}

	/** One form for both: {@code waitlist=true} comes from the button a full course offers. */
	@PostMapping("/c/{slug}/education/{id}/enroll")
	String enroll(@PathVariable String slug, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean waitlist, @RequestParam Map<String, String> params,
			CurrentUser me, RedirectAttributes redirect) {
		CenterSummary center = center(slug);
		catalog.course(center.id(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String back = "redirect:/c/" + slug + "/education/" + id;
		try {
			EnrollmentOutcome outcome = waitlist ? enrollments.joinWaitlist(id, me, answers(params))
					: enrollments.enroll(id, me, answers(params));
			if (outcome == EnrollmentOutcome.FULL) {
				redirect.addFlashAttribute("error", "education.error.full");
				redirect.addFlashAttribute("offerWaitlist", true);
				return back + "#enroll";
			}
			redirect.addFlashAttribute("notice", "education.notice." + outcome);
			// the confirmation is the course page in the center's portal, showing the person's place
			return back + "#enroll";
		}
		catch (Refusal ex) {
			Actions.refused(redirect, ex);
			return back + "#enroll";
		}
	}

	@GetMapping("/education/materials/{id}")
	ResponseEntity<byte[]> material(@PathVariable long id, @Nullable CurrentUser me) {
		Material material = catalog.materialToDownload(id, Optional.ofNullable(me).map(CurrentUser::accountId))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] bytes = files.read(material.getFile()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			// always a download: a browser must never render an uploaded file as a page of this site
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(material.getFileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

	/** Answers arrive as {@code answer-<questionId>} fields. */
	static Map<Long, String> answers(Map<String, String> params) {
		Map<Long, String> answers = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("answer-")) {
				try {
					answers.put(Long.parseLong(name.substring("answer-".length())), value);
				}
				catch (NumberFormatException ignored) {
					// a field no page offers: not an answer to any question
				}
			}
		});
		return answers;
	}

	private YearMonth parseMonth(String month) {
		if (month != null) {
			try {
				YearMonth parsed = YearMonth.parse(month);
				if (parsed.getYear() >= 2000 && parsed.getYear() <= 2100) {
					return parsed;
				}
			}
			catch (DateTimeParseException ignored) {
				// fall back to this month
			}
		}
		return YearMonth.from(Seoul.today(clock));
	}

	private CenterSummary center(String slug) {
		return centers.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
