package org.ieum.education.certificates;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public page that confirms a certificate: anyone with the number sees name, course, date and center, nothing more. */
@Controller
class CertificateController {

	private final Certificates certificates;

	CertificateController(Certificates certificates) {
		this.certificates = certificates;
	}

	@GetMapping("/certificates")
	String lookup(@RequestParam(defaultValue = "") String number) {
		String cleaned = number.strip().replaceAll("[^0-9A-Za-z-]", "");
		return cleaned.isEmpty() ? "education/verify" : "redirect:/certificates/" + cleaned;
	}

	@GetMapping("/certificates/{number}")
	String verify(@PathVariable String number, Model model, HttpServletResponse response) {
		var certificate = certificates.verify(number).orElse(null);
		if (certificate == null) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("number", number);
		model.addAttribute("certificate", certificate);
		return "education/verify";
	}
}
