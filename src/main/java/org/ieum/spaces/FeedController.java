package org.ieum.spaces;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The secret subscription address a calendar app polls; no session, no API token. */
@RestController
class FeedController {

	private final FeedTokens tokens;
	private final CalendarFeeds feeds;

	FeedController(FeedTokens tokens, CalendarFeeds feeds) {
		this.tokens = tokens;
		this.feeds = feeds;
	}

	@GetMapping("/spaces/feeds/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		long accountId = tokens.accountOf(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return IcsResponses.of(feeds.ofPerson(accountId), "my-reservations.ics");
	}
}
