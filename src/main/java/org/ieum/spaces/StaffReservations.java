package org.ieum.spaces;

import java.time.LocalDate;
import java.util.List;

import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.spaces.SpaceViews.ReservationView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff pages that show bookers' names and emails: the approval queue and the week calendar.
 * Each read writes its personal-data access-log entry in the same transaction, so a page is never
 * read without its entry (and an entry is never kept for a read that failed).
 */
@Service
class StaffReservations {

	private final Reservations bookings;
	private final TodayBoard board;
	private final IdentityApi identity;

	StaffReservations(Reservations bookings, TodayBoard board, IdentityApi identity) {
		this.bookings = bookings;
		this.board = board;
		this.identity = identity;
	}

	/** Undecided requests for the spaces of a center, soonest first, with each booker's name and email. */
	@Transactional
	List<ReservationView> queue(long centerId) {
		List<ReservationView> pending = bookings.pendingFor(centerId);
		if (!pending.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST,
					"space reservation requests awaiting approval (center " + centerId + "), " + pending.size() + " rows",
					null);
		}
		return pending;
	}

	/** Every space of a center over the week from {@code weekStart}, with each booker's name. */
	@Transactional
	List<TodayBoard.SpaceDay> week(long centerId, LocalDate weekStart) {
		List<TodayBoard.SpaceDay> week = board.forStaff(centerId, weekStart, weekStart.plusDays(6));
		long shown = week.stream().mapToLong(d -> d.reservations().size()).sum();
		if (shown > 0) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST, "space reservation calendar (center "
					+ centerId + ", week of " + weekStart + "), " + shown + " reservations", null);
		}
		return week;
	}
}
