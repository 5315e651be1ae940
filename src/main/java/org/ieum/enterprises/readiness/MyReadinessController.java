package org.ieum.enterprises.readiness;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** An organization's certification readiness for its managers, on My page. */
@Controller
@RequestMapping("/my/organizations/{id}/readiness")
class MyReadinessController {

	private final Readiness readiness;

	MyReadinessController(Readiness readiness) {
		this.readiness = readiness;
	}

	@GetMapping
	String page(@PathVariable long id, Model model) {
		model.addAttribute("view", readiness.of(id));
		return "enterprises/readiness/my";
	}

	@GetMapping("/evidence/{item}")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long item) {
		return ReadinessAdminController.download(readiness.evidence(id, item));
	}
}
