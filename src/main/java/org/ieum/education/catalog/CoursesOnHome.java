package org.ieum.education.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.ieum.education.CourseKind;
import org.ieum.shared.PortalHomeSection;
import org.ieum.shared.Seoul;
import org.springframework.stereotype.Component;

/** The upcoming courses of a center as a card of its home page, the soonest first. */
@Component
class CoursesOnHome implements PortalHomeSection {

	private static final int SHOWN = 4;

	private final CourseCatalog catalog;
	private final Clock clock;

	CoursesOnHome(CourseCatalog catalog, Clock clock) {
		this.catalog = catalog;
		this.clock = clock;
	}

	record Courses(String moreHref, List<Item> items) {
	}

	record Item(String title, String href, CourseKind kind, LocalDate firstDay, LocalDate lastDay, boolean openNow,
			int seatsLeft) {
	}

	@Override
	public List<Part> partsFor(long centerId, String centerSlug) {
		LocalDate today = Seoul.today(clock);
		String base = "/c/" + centerSlug + "/education";
		List<Item> items = catalog.list(centerId, new CourseCatalog.Filter(null, null, false)).stream()
			.filter(c -> c.firstDay() != null && !c.firstDay().isBefore(today))
			.limit(SHOWN)
			.map(c -> new Item(c.title(), base + "/" + c.id(), c.kind(), c.firstDay(), c.lastDay(), c.openNow(),
					c.seatsLeft()))
			.toList();
		return List.of(new Part(Place.CARDS, 40, "education/home", new Courses(base, items)));
	}
}
