package org.ieum.centers;

import java.util.List;

/**
 * What the layout shows of the center whose portal is open: header name, footer address, phone
 * and hours, and the way out of the portal: the center above it and the centers beside and below it.
 */
record PortalView(long id, String slug, String name, String address, String phone, String hours, boolean demo,
		Link parent, List<Link> related) {

	PortalView {
		related = List.copyOf(related);
	}

	/** Another center's portal: its slug and name. */
	record Link(String slug, String name) {
	}
}
