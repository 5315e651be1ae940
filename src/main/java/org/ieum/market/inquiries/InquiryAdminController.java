package org.ieum.market.inquiries;

import org.ieum.centers.CentersApi;
import org.ieum.identity.StaffCenter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff follow their center's inquiries: which wait for an answer, and which waited past three working days. */
@Controller
class InquiryAdminController {

	private final InquiryQueries queries;
	private final CentersApi centers;

	InquiryAdminController(InquiryQueries queries, CentersApi centers) {
		this.queries = queries;
		this.centers = centers;
	}

	@GetMapping("/admin/market/inquiries")
	String list(StaffCenter center, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("rows", queries.ofCenters(centers.centerAndDescendantIds(center.id()), page));
		model.addAttribute("today", queries.today());
		return "market/admin/inquiries";
	}
}
