package org.ieum.shared.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The one rule for the page of a list a request asks for: a negative page is the first, a page
 * past {@link #MAX_PAGE} is that page (no offset can overflow the database's integer), a size
 * outside 1 to {@link #MAX_SIZE} is brought inside. Every controller that pages builds its
 * {@link PageRequest} here; a page number that is not a number at all is answered by
 * {@link PagingAdvice}.
 */
public final class PageRequests {

	/** Far past any list Ieum shows (50,000 organizations are 1,700 pages of 30). */
	public static final int MAX_PAGE = 10_000;

	public static final int MAX_SIZE = 200;

	private PageRequests() {
	}

	public static PageRequest of(int page, int size) {
		return PageRequest.of(page(page), size(size));
	}

	public static PageRequest of(int page, int size, Sort sort) {
		return PageRequest.of(page(page), size(size), sort);
	}

	public static int page(int page) {
		return Math.min(Math.max(0, page), MAX_PAGE);
	}

	public static int size(int size) {
		return Math.min(Math.max(1, size), MAX_SIZE);
	}

	/** A size the caller chose, kept inside the endpoint's own maximum. */
	public static int size(int size, int max) {
		return Math.min(Math.max(1, size), Math.min(max, MAX_SIZE));
	}
}
