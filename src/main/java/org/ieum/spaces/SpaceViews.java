package org.ieum.spaces;

import java.time.LocalDate;
import java.time.LocalTime;

import org.ieum.shared.Seoul;

/** What templates and the JSON API receive instead of entities. */
final class SpaceViews {

	private SpaceViews() {
	}

	record SpaceView(long id, long centerId, long siteId, String siteName, String name, SpaceKind kind, int capacity,
			String location, String equipment, String rules, BookingAudience audience, long hourlyFeeWon,
			int minMinutes, int maxMinutes, int minDaysAhead, int maxDaysAhead, int bufferMinutes,
			boolean needsApproval, int cancelHoursBefore, boolean active) {

		static SpaceView of(Space s, String siteName) {
			SpaceTerms t = s.terms();
			return new SpaceView(s.getId(), s.getCenterId(), s.getSiteId(), siteName, t.name(), t.kind(), t.capacity(),
					t.location(), t.equipment(), t.rules(), t.audience(), t.hourlyFeeWon(), t.minMinutes(),
					t.maxMinutes(), t.minDaysAhead(), t.maxDaysAhead(), t.bufferMinutes(), t.needsApproval(),
					t.cancelHoursBefore(), t.active());
		}

		public boolean free() {
			return hourlyFeeWon == 0;
		}
	}

	/** One reservation in Korean time; {@code bookerName}/{@code bookerEmail} only for the booker and staff. */
	record ReservationView(long id, long spaceId, String spaceName, String bookerName, String bookerEmail,
			LocalDate date, LocalTime start, LocalTime end, String purpose, int headcount, long feeWon,
			ReservationStatus status, String reason, boolean cancellable, boolean noShowMarkable) {

		static ReservationView of(Reservation r, String spaceName, boolean cancellable, boolean noShowMarkable) {
			var start = Seoul.at(r.getStartsAt());
			return new ReservationView(r.getId(), r.getSpaceId(), spaceName, r.getBookerName(), r.getBookerEmail(),
					start.toLocalDate(), start.toLocalTime(), Seoul.at(r.getEndsAt()).toLocalTime(), r.getPurpose(),
					r.getHeadcount(), r.getFeeWon(), r.getStatus(), r.getReason(), cancellable, noShowMarkable);
		}
	}
}
