package org.ieum.shared.mail;

import org.ieum.shared.web.PageRequests;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every outgoing message, readable by system administrators (the default run sends nothing). */
@Controller
@RequestMapping("/admin/outbox")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class OutboxAdminController {

	private final OutboxMessages messages;

	OutboxAdminController(OutboxMessages messages) {
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("messages", messages.list(q, PageRequests.of(page, 30)));
		model.addAttribute("q", q);
		model.addAttribute("deliveryConfigured", messages.deliveryConfigured());
		return "admin/outbox";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("message", messages.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "admin/outbox-message";
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		messages.retry(id);
		redirect.addFlashAttribute("notice", "outbox.retried");
		return "redirect:/admin/outbox/" + id;
	}
}
