package org.ieum.content.board;

import java.nio.charset.StandardCharsets;

import org.ieum.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attachments of posts, for whoever may read the post. Pictures open in the page (the body
 * shows them inline); documents download under their cleaned name.
 */
@RestController
class ContentFileController {

	private final PostPages pages;

	ContentFileController(PostPages pages) {
		this.pages = pages;
	}

	@GetMapping("/content/files/{id:[0-9]{1,18}}")
	ResponseEntity<byte[]> file(@PathVariable long id, @Nullable CurrentUser me) {
		BoardViews.Download file = pages.download(id, me);
		ContentDisposition disposition = (file.image() ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(file.name(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.type()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache())
			.body(file.bytes());
	}
}
