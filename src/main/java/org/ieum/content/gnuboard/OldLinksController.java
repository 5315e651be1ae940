package org.ieum.content.gnuboard;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.ieum.shared.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Old Gnuboard addresses keep working after the move: a permanent redirect (301) to the
 * imported board or post, so bookmarks and search engines follow; an address that was never
 * imported gets the Korean 404 page.
 */
@Controller
class OldLinksController {

	private final OldLinks links;

	OldLinksController(OldLinks links) {
		this.links = links;
	}

	@GetMapping("/bbs/board.php")
	ResponseEntity<Void> board(@RequestParam(name = "bo_table", defaultValue = "") String table,
			@RequestParam(name = "wr_id", defaultValue = "") String wrId, HttpServletRequest request) {
		String path = links.find(request.getServerName(), table, wrId)
			.orElseThrow(() -> Refusal.notFound("content.error.noOldLink"));
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(path)).build();
	}
}
