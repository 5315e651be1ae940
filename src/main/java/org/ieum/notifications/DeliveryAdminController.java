package org.ieum.notifications;

import org.ieum.identity.StaffCenter;
import org.ieum.shared.web.PageRequests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff see what became of the notifications about their center's activities. */
@Controller
@RequestMapping("/admin/notifications")
class DeliveryAdminController {

	private final DeliveryRecords records;

	DeliveryAdminController(DeliveryRecords records) {
		this.records = records;
	}

	@GetMapping
	String list(StaffCenter center, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("records", records.ofCenter(center.id(), PageRequests.of(page, 30)));
		return "notifications/admin";
	}
}
