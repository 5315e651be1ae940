package org.ieum.content.feeds;

import java.util.Locale;

import org.ieum.content.board.PostPages;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A board's Atom feed, the network's sitemap and robots.txt. */
@RestController
class BoardFeedController {

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final Feeds feeds;
	private final PostPages pages;
	private final MessageSource messages;

	BoardFeedController(Feeds feeds, PostPages pages, MessageSource messages) {
		this.feeds = feeds;
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping({ "/c/{slug}/boards/{board}/feed.xml", "/boards/{board}/feed.xml" })
	ResponseEntity<String> feed(@PathVariable(required = false) String slug, @PathVariable String board,
			Locale locale) {
		var view = pages.boardView(pages.board(slug, board), slug);
		String title = view.ownerName() == null ? view.name()
				: messages.getMessage("content.feed.title", new Object[] { view.ownerName(), view.name() }, locale);
		return ResponseEntity.ok().contentType(ATOM).body(feeds.atom(slug, board, title));
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8")).body(feeds.sitemap());
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/plain;charset=UTF-8")).body(feeds.robots());
	}
}
