package org.ieum.spaces;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The HTTP answer every feed shares: text/calendar in UTF-8, not cached by proxies. */
final class IcsResponses {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private IcsResponses() {
	}

	static ResponseEntity<String> of(String body, String filename) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header("Cache-Control", "private, max-age=300")
			.header("Content-Disposition", "inline; filename=\"" + filename + "\"")
			.body(body);
	}
}
