package org.ieum.shared.search;

/**
 * One kind of thing the site search finds (posts, organizations, courses...). A module offers
 * it as a Spring bean; it answers only what anyone may see without signing in.
 */
public interface SiteSearchSource {

	/** The tab's name in the address ({@code &kind=posts}); lower-case letters. */
	String kind();

	/** The message key of the tab's label. */
	String labelKey();

	/** Where the tab stands among the others; smaller first. */
	int order();

	/**
	 * One page of what matches the words, within the scope.
	 *
	 * @param query the visitor's words, stripped, 1 to {@link Marks#MAX_QUERY} characters
	 * @param page zero-based; a page past the end gives no hits and the true total
	 * @param size hits per page
	 */
	SiteSearchPage search(SiteSearchScope scope, String query, int page, int size);
}
