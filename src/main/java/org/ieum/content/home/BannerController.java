package org.ieum.content.home;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The pictures of home banners: public, as the home page that shows them. */
@RestController
class BannerController {

	private final HomePages pages;

	BannerController(HomePages pages) {
		this.pages = pages;
	}

	static String path(long bannerId) {
		return "/content/banners/" + bannerId;
	}

	@GetMapping("/content/banners/{id:[0-9]{1,18}}")
	ResponseEntity<byte[]> image(@PathVariable long id) {
		HomePages.Image image = pages.image(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.type()))
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.body(image.bytes());
	}
}
