package org.ieum.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The back-office home: one card per admin menu entry the user may use. */
@Controller
class AdminHomeController {

	@GetMapping("/admin")
	String home() {
		return "admin/index";
	}
}
