package org.ieum.content.guides;

import java.time.LocalDate;
import java.util.List;

/** What the guide pages show; templates never see the entity. */
final class GuideViews {

	private GuideViews() {
	}

	/** A guide in the list of a center's guides. */
	record Entry(String path, String designation) {
	}

	/** One section as visitors read it (sanitized HTML) and as staff edit it. */
	record Section(String key, String html, boolean written) {
	}

	/** A center's guide to one designation; updatedOn is the last day staff changed it, null while all is default. */
	record Guide(String path, String designation, List<Section> sections, LocalDate updatedOn) {
	}

	/** The staff page: the center, the guide being edited and the other guides to switch to. */
	record Edit(long centerId, String centerName, String centerSlug, Guide guide, List<Entry> topics) {
	}
}
