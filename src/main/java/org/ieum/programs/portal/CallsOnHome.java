package org.ieum.programs.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.ieum.programs.call.CallStatus;
import org.ieum.programs.call.CallViews;
import org.ieum.programs.call.ProgramViews;
import org.ieum.shared.PortalHomeSection;
import org.ieum.shared.Seoul;
import org.springframework.stereotype.Component;

/**
 * A center's support-program calls as a card of its home page: those open for applications
 * first (closing soonest first, with D-day), then those about to open.
 */
@Component
public class CallsOnHome implements PortalHomeSection {

	private static final int SHOWN = 4;

	private final CallViews calls;
	private final Clock clock;

	CallsOnHome(CallViews calls, Clock clock) {
		this.calls = calls;
		this.clock = clock;
	}

	public record Calls(String moreHref, List<Item> items) {
	}

	/**
	 * @param daysLeft for an open call, Korean days until it closes (0: closes today); otherwise {@code null}
	 */
	public record Item(String title, String href, CallStatus status, LocalDate opensOn, LocalDate closesOn, Long daysLeft) {

		public boolean closesToday() {
			return daysLeft != null && daysLeft == 0;
		}
	}

	@Override
	public List<Part> partsFor(long centerId, String centerSlug) {
		LocalDate today = Seoul.today(clock);
		String base = "/c/" + centerSlug + "/programs";
		List<Item> items = calls.callsOf(centerId).stream()
			.filter(c -> c.status() == CallStatus.OPEN || c.status() == CallStatus.UPCOMING)
			.sorted(Comparator.comparing((ProgramViews.CallCard c) -> c.status() == CallStatus.OPEN ? 0 : 1)
				.thenComparing(c -> c.status() == CallStatus.OPEN ? c.closesAt() : c.opensAt()))
			.limit(SHOWN)
			.map(c -> new Item(c.title(), base + "/" + c.id(), c.status(), c.opensAt().toLocalDate(),
					c.closesAt().toLocalDate(), c.status() == CallStatus.OPEN
							? ChronoUnit.DAYS.between(today, c.closesAt().toLocalDate()) : null))
			.toList();
		return List.of(new Part(PortalHomeSection.Place.CARDS, 30, "programs/home", new Calls(base, items)));
	}
}
