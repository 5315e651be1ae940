package org.ieum.shared;

import java.util.List;

/**
 * A module's part of a center's home page (the newest notices, open support-program calls,
 * upcoming courses, banner slides). A module declares a bean of this type; the centers module's
 * portal home shows what every module contributes, ordered by place and order, without
 * depending on any of them. It lives in {@code shared} so that {@code centers}, which everyone
 * reads, never reads the modules that build on it.
 */
public interface PortalHomeSection {

	/** Where a part goes on the home page. */
	enum Place {
		/** Full width above everything else: banner slides, the popup notice, quick links. */
		TOP,
		/** A card in the home page's grid: notices, press, calls, courses. */
		CARDS
	}

	/** This module's parts for the center's home; empty when it has nothing to show there. */
	List<Part> partsFor(long centerId, String centerSlug);

	/**
	 * One part of the home page.
	 *
	 * @param place where it goes
	 * @param order its position inside the place (smaller first)
	 * @param template the template whose fragment {@code part(data)} draws it
	 * @param data what the fragment shows (a record, never an entity)
	 */
	record Part(Place place, int order, String template, Object data) {
	}
}
