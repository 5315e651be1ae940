package org.ieum.enterprises.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.ieum.identity.StaffCenter;
import org.ieum.shared.web.Actions;
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

/** Staff pages for obligations: a center's open and overdue ones, and one organization's with closing and evidence. */
@Controller
@RequestMapping("/admin/organizations")
class ObligationAdminController {

	private final Obligations obligations;
	ObligationAdminController(Obligations obligations) {
		this.obligations = obligations;
	}

	@GetMapping("/obligations")
	String center(StaffCenter staff, @RequestParam(defaultValue = "false") boolean overdue, Model model) {
		model.addAttribute("rows", obligations.openInCenters(Set.of(staff.center().id()), overdue));
		model.addAttribute("overdue", overdue);
		model.addAttribute("days", Obligations.CENTER_LIST_DAYS);
		return "enterprises/journey/center";
	}

	@GetMapping("/{id}/obligations")
	String organization(@PathVariable long id, Model model) {
		model.addAttribute("rows", obligations.ofOrganization(id));
		model.addAttribute("organizationId", id);
		model.addAttribute("organizationName", obligations.nameOf(id));
		model.addAttribute("responsible", obligations.responsibleNameOf(id).orElse(null));
		return "enterprises/journey/organization";
	}

	@PostMapping("/{id}/obligations/close")
	String close(@PathVariable long id, @RequestParam String key, @RequestParam(defaultValue = "") String note,
			@RequestParam(required = false) MultipartFile evidence, RedirectAttributes redirect) {
		String target = "/admin/organizations/" + id + "/obligations";
		byte[] bytes;
		try {
			bytes = evidence == null || evidence.isEmpty() ? null : evidence.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String name = evidence == null ? null : evidence.getOriginalFilename();
		return Actions.run(redirect, target, "journey.notice.closed", "journey.error.alreadyClosed",
				() -> obligations.close(id, key, note, bytes, name));
	}

	@PostMapping("/{id}/obligations/responsible")
	String takeResponsibility(@PathVariable long id, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/organizations/" + id + "/obligations", "journey.notice.responsible",
				"journey.notice.responsible", () -> obligations.takeResponsibility(id));
	}

	@GetMapping("/{id}/obligations/evidence/{closure}")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long closure) {
		return download(obligations.evidence(id, closure));
	}

	static ResponseEntity<byte[]> download(ObligationFiles.Download file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.type()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

}
