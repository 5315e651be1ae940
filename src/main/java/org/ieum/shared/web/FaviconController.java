package org.ieum.shared.web;

import java.time.Duration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The site's icon where browsers, bookmarks and feed readers look for it without reading a page
 * (pages link the SVG and a 32 px PNG under /assets/icons/): without it, every visit logged a miss.
 */
@Controller
class FaviconController {

	private static final Resource ICON = new ClassPathResource("static/icons/favicon.ico");

	@GetMapping("/favicon.ico")
	ResponseEntity<Resource> favicon() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
			.contentType(MediaType.parseMediaType("image/x-icon"))
			.body(ICON);
	}
}
