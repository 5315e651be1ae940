package org.ieum.enterprises.readiness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages for an organization's certification readiness: start a checklist, review each requirement. */
@Controller
@RequestMapping("/admin/organizations/{id}/readiness")
class ReadinessAdminController {

	private final Readiness readiness;

	ReadinessAdminController(Readiness readiness) {
		this.readiness = readiness;
	}

	@GetMapping
	String page(@PathVariable long id, Model model) {
		model.addAttribute("view", readiness.of(id));
		model.addAttribute("states", Readiness.states());
		return "enterprises/readiness/admin";
	}

	@PostMapping("/start")
	String start(@PathVariable long id, @RequestParam(required = false) Track track, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/organizations/" + id + "/readiness", "readiness.notice.started",
				"readiness.error.started", () -> readiness.start(id, track));
	}

	@PostMapping("/items/{requirement}")
	String review(@PathVariable long id, @PathVariable Requirement requirement,
			@RequestParam(required = false) ItemState state, @RequestParam(defaultValue = "") String number,
			@RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "") String consultant, @RequestParam(defaultValue = "") String course,
			@RequestParam(required = false) MultipartFile evidence, RedirectAttributes redirect) {
		String target = "/admin/organizations/" + id + "/readiness";
		return Actions.run(redirect, target, "readiness.notice.reviewed", "readiness.error.changedMeanwhile", () -> {
			byte[] bytes;
			try {
				bytes = evidence == null || evidence.isEmpty() ? null : evidence.getBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			readiness.review(id, requirement, new Readiness.Review(state, number(number, "readiness.error.number"),
					date(date), note, number(consultant, "readiness.error.linkId"), number(course, "readiness.error.linkId"),
					bytes, evidence == null ? null : evidence.getOriginalFilename()));
		});
	}

	@GetMapping("/evidence/{item}")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long item) {
		return download(readiness.evidence(id, item));
	}

	static ResponseEntity<byte[]> download(Readiness.Download file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.type()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

	/** A whole number as typed (thousands separators allowed); anything else is refused with this message. */
	private static Long number(String text, String refusal) {
		String digits = text.strip().replace(",", "");
		if (digits.isEmpty()) {
			return null;
		}
		try {
			return Long.valueOf(digits);
		}
		catch (NumberFormatException ex) {
			throw new Refusal(refusal);
		}
	}

	private static LocalDate date(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Refusal("readiness.error.date");
		}
	}
}
