package org.ieum.library.portal;

import java.util.Optional;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.library.books.Covers;
import org.ieum.library.lending.Holds;
import org.ieum.shared.web.Actions;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A center's public catalogue, a book's page with its copies, and placing a hold from it. */
@Controller
class LibraryPortalController {

	private final CatalogueSearch search;
	private final Holds holds;
	private final CentersApi centers;
	private final IdentityApi identity;

	LibraryPortalController(CatalogueSearch search, Holds holds, CentersApi centers, IdentityApi identity) {
		this.search = search;
		this.holds = holds;
		this.centers = centers;
		this.identity = identity;
	}

	@GetMapping("/c/{slug}/library")
	String catalogue(@PathVariable String slug, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		CenterSummary center = center(slug);
		model.addAttribute("books", search.search(center.id(), q, page));
		model.addAttribute("q", q == null ? "" : q);
		return "library/catalogue";
	}

	@GetMapping("/c/{slug}/library/{id}")
	String book(@PathVariable String slug, @PathVariable long id, Model model) {
		CenterSummary center = center(slug);
		Optional<CurrentUser> me = identity.currentUser();
		model.addAttribute("book", search.book(center.id(), id, me.map(CurrentUser::accountId).orElse(null)));
		model.addAttribute("signedIn", me.isPresent());
		return "library/book";
	}

	@GetMapping("/c/{slug}/library/{id}/cover")
	ResponseEntity<byte[]> cover(@PathVariable String slug, @PathVariable long id) {
		Covers.Cover cover = search.cover(center(slug).id(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(cover.type()))
			.header("X-Content-Type-Options", "nosniff").body(cover.bytes());
	}

	@PostMapping("/c/{slug}/library/{id}/hold")
	String hold(@PathVariable String slug, @PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
		CenterSummary center = center(slug);
		return Actions.run(redirect, "/c/" + slug + "/library/" + id + "#hold", "library.notice.holdPlaced",
				"library.error.holdTwice", () -> holds.place(center.id(), id, me));
	}

	private CenterSummary center(String slug) {
		return centers.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
