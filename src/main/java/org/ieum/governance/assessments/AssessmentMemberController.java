package org.ieum.governance.assessments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organization manager's self-assessment pages, and the evidence file for its managers and the center's staff. */
@Controller
@RefusalsReturnTo("/my/governance/assessments")
class AssessmentMemberController {

	private final Assessments assessments;

	AssessmentMemberController(Assessments assessments) {
		this.assessments = assessments;
	}

	@GetMapping("/my/governance/assessments")
	String open(CurrentUser me, Model model) {
		model.addAttribute("open", assessments.openFor(me.accountId()));
		return "governance/my/assessments";
	}

	@GetMapping("/my/governance/assessments/{organizationId}/{centerId}")
	String form(@PathVariable long organizationId, @PathVariable long centerId, CurrentUser me, Model model) {
		model.addAttribute("form", assessments.form(organizationId, centerId, me.accountId()));
		return "governance/my/assessment";
	}

	@PostMapping("/my/governance/assessments/{organizationId}/{centerId}")
	String submit(@PathVariable long organizationId, @PathVariable long centerId,
			@RequestParam Map<String, String> params, @RequestParam(required = false) MultipartFile evidence,
			CurrentUser me, RedirectAttributes redirect) {
		Map<Long, String> answers = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("answer-")) {
				try {
					answers.put(Long.parseLong(name.substring(7)), value);
				}
				catch (NumberFormatException ex) {
					// not an answer field
				}
			}
		});
		return Actions.run(redirect, "/my/governance/assessments/" + organizationId + "/" + centerId,
				"governance.notice.assessmentSubmitted", "governance.error.assessmentConcurrent",
				() -> assessments.submit(organizationId, centerId, me.accountId(), answers, upload(evidence)));
	}

	@GetMapping("/governance/assessments/{id}/evidence")
	ResponseEntity<byte[]> evidence(@PathVariable long id, CurrentUser me) {
		Assessments.Download file = assessments.evidence(id, me.accountId());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.type()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

	private static Assessments.Upload upload(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new Assessments.Upload(file.getBytes(), file.getOriginalFilename());
		}
		catch (IOException ex) {
			throw Refusal.because(ex, "governance.error.fileBroken");
		}
	}
}
