package org.ieum.spaces;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;

import org.ieum.centers.CentersApi;
import org.ieum.centers.OpeningHoursOnDate;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.Role;
import org.ieum.shared.Seoul;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Fresh spaces and people for tests that share one database with the demo data and each other. */
final class SpacesFixtures {

	/** Account ids far above any real account, so no-show counts of one test never reach another. */
	private static final AtomicLong NEXT_PERSON = new AtomicLong(9_000_000 + (System.nanoTime() % 1_000_000));

	private final SpaceCatalog catalog;
	private final CentersApi centers;
	private final Clock clock;

	SpacesFixtures(SpaceCatalog catalog, CentersApi centers, Clock clock) {
		this.catalog = catalog;
		this.centers = centers;
		this.clock = clock;
	}

	long centerId(String slug) {
		return centers.findBySlug(slug).orElseThrow().id();
	}

	long mainSite(String slug) {
		return centers.sitesOf(centerId(slug)).get(0).id();
	}

	static SpaceTerms terms(String name, int capacity, boolean approval) {
		return new SpaceTerms(name, SpaceKind.MEETING_ROOM, capacity, "1층", null, null, BookingAudience.SIGNED_IN, 0,
				60, 240, 0, 60, 30, approval, 24, true);
	}

	/** A new space of the Gimhae center, created as a system administrator. */
	long space(String name, int capacity, boolean approval) {
		return space("gimhae", terms(name, capacity, approval));
	}

	long space(String slug, SpaceTerms terms) {
		// a context of its own: setting the authentication on the current one would change a signed-in MockMvc session's
		SecurityContext admin = SecurityContextHolder.createEmptyContext();
		admin.setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_SYSTEM_ADMIN"));
		SecurityContextHolder.setContext(admin);
		try {
			return catalog.create(centerId(slug), mainSite(slug), terms);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A small PNG with a description, added as a system administrator. */
	static void photo(SpacePhotos photos, long spaceId, String altText) {
		SecurityContext admin = SecurityContextHolder.createEmptyContext();
		admin.setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_SYSTEM_ADMIN"));
		SecurityContextHolder.setContext(admin);
		try {
			BufferedImage image = new BufferedImage(8, 6,
					BufferedImage.TYPE_INT_RGB);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			photos.add(spaceId, png.toByteArray(), altText);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static CurrentUser person() {
		long id = NEXT_PERSON.incrementAndGet();
		return new CurrentUser(id, "person" + id + "@example.kr", "시민" + id, Set.of(Role.CITIZEN), Set.of());
	}

	/** The first date at least {@code daysAhead} away on which the site is open 10:00 to 14:00 that week and the next two. */
	LocalDate openDay(String slug, int daysAhead) {
		long site = mainSite(slug);
		for (LocalDate d = Seoul.today(clock).plusDays(daysAhead); ; d = d.plusDays(1)) {
			if (open(site, d) && open(site, d.plusWeeks(1)) && open(site, d.plusWeeks(2))) {
				return d;
			}
		}
	}

	private boolean open(long site, LocalDate d) {
		OpeningHoursOnDate h = centers.hoursOn(site, d);
		return h.open() && !h.opens().isAfter(LocalTime.of(10, 0)) && !h.closes().isBefore(LocalTime.of(14, 0));
	}

	/** A day the site is closed, within the next two months. */
	LocalDate closedDay(String slug, int daysAhead) {
		long site = mainSite(slug);
		for (LocalDate d = Seoul.today(clock).plusDays(daysAhead); ; d = d.plusDays(1)) {
			if (!centers.hoursOn(site, d).open()) {
				return d;
			}
		}
	}

	static Reservations.Request request(long spaceId, LocalDate date, int fromHour, int toHour) {
		return new Reservations.Request(spaceId, date, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0), "소모임", 4, 1);
	}
}
