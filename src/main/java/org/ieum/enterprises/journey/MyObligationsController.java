package org.ieum.enterprises.journey;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The obligations of an organization its managers look after, on My page. */
@Controller
@RequestMapping("/my/organizations/{id}/obligations")
class MyObligationsController {

	private final Obligations obligations;

	MyObligationsController(Obligations obligations) {
		this.obligations = obligations;
	}

	@GetMapping
	String list(@PathVariable long id, Model model) {
		model.addAttribute("rows", obligations.ofOrganization(id));
		model.addAttribute("organizationId", id);
		model.addAttribute("organizationName", obligations.nameOf(id));
		model.addAttribute("responsible", obligations.responsibleNameOf(id).orElse(null));
		return "enterprises/journey/my";
	}

	@GetMapping("/evidence/{closure}")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long closure) {
		return ObligationAdminController.download(obligations.evidence(id, closure));
	}
}
