package org.ieum.content.pages;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A center's static pages under 센터소개: 인사말, 연혁, 조직도, 오시는 길. */
@Controller
class PagesController {

	/**
	 * The page's own security policy when a center set a Kakao map key: the site's policy plus
	 * Kakao's map script and tiles, for this page only. Every other page loads nothing from elsewhere.
	 */
	static final String MAP_POLICY = "default-src 'self'; img-src 'self' data: https://*.daumcdn.net https://*.kakao.com "
			+ "https://*.kakaocdn.net; style-src 'self'; script-src 'self' https://dapi.kakao.com https://t1.daumcdn.net; "
			+ "connect-src 'self' https://dapi.kakao.com; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	private final CenterPages pages;

	PagesController(CenterPages pages) {
		this.pages = pages;
	}

	@GetMapping("/c/{slug}/pages/greeting")
	String greeting(@PathVariable String slug, Model model) {
		model.addAttribute("greeting", pages.greeting(slug));
		return "content/pages/greeting";
	}

	@GetMapping("/c/{slug}/pages/history")
	String history(@PathVariable String slug, Model model) {
		model.addAttribute("years", pages.history(slug));
		return "content/pages/history";
	}

	@GetMapping("/c/{slug}/pages/organization")
	String organization(@PathVariable String slug, Model model) {
		model.addAttribute("teams", pages.organization(slug));
		return "content/pages/organization";
	}

	@GetMapping("/c/{slug}/pages/directions")
	String directions(@PathVariable String slug, Locale locale, Model model, HttpServletResponse response) {
		PageViews.Directions directions = pages.directions(slug, locale);
		if (directions.mapKey() != null) {
			response.setHeader("Content-Security-Policy", MAP_POLICY);
		}
		model.addAttribute("directions", directions);
		return "content/pages/directions";
	}
}
