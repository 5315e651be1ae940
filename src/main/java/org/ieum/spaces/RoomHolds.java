package org.ieum.spaces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.ieum.shared.Seoul;
import org.ieum.shared.rooms.Room;
import org.ieum.shared.rooms.RoomReservations;
import org.ieum.shared.rooms.RoomHold;
import org.ieum.shared.rooms.RoomRefused;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A center's rooms booked for its own activities (course sessions), as reservations of
 * those rooms: the overlap check here names what is in the way, and the database refuses
 * an overlap it could not see (cells on H2, the exclusion constraint on PostgreSQL), just
 * as for rentals (docs/adr/0006, docs/adr/0014). Opening hours and the booking window are
 * the public's rules and do not apply to the center itself.
 */
@Component
@Transactional
class RoomHolds implements RoomReservations {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm");
	private static final int HOLDER_LENGTH = 100;
	private static final Duration LONGEST = Duration.ofHours(24);

	private final SpaceRepository spaces;
	private final ReservationRepository reservations;
	private final OccupiedCells cells;
	private final Clock clock;

	RoomHolds(SpaceRepository spaces, ReservationRepository reservations, OccupiedCells cells, Clock clock) {
		this.spaces = spaces;
		this.reservations = reservations;
		this.cells = cells;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Room> roomsOf(long centerId) {
		return spaces.findByCenterIdOrderByName(centerId).stream()
			.filter(Space::isActive)
			.map(s -> new Room(s.getId(), s.getName(), s.getCapacity(), s.getSiteId()))
			.toList();
	}

	@Override
	public long hold(RoomHold hold) {
		Space space = spaces.findById(hold.roomId())
			.filter(s -> s.getCenterId() == hold.centerId() && s.isActive())
			.orElseThrow(() -> new RoomRefused("spaces.hold.noRoom"));
		checkTimes(hold.startsAt(), hold.endsAt());
		Instant startsAt = cellBefore(hold.startsAt());
		Instant endsAt = cellAfter(hold.endsAt());
		refuseIfTaken(space, startsAt, endsAt, null);
		String purpose = hold.purpose().strip();
		String holder = purpose.length() > HOLDER_LENGTH ? purpose.substring(0, HOLDER_LENGTH) : purpose;
		try {
			Reservation held = reservations.saveAndFlush(Reservation.heldBy(space, holder, startsAt, endsAt,
					purpose.length() > ReservationRules.MAX_PURPOSE_LENGTH
							? purpose.substring(0, ReservationRules.MAX_PURPOSE_LENGTH) : purpose,
					Math.max(1, hold.headcount()), clock.instant()));
			cells.occupy(held);
			return held.getId();
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			throw new RoomRefused("spaces.hold.takenMeanwhile", space.getName());
		}
	}

	@Override
	public void move(long bookingId, Instant startsAt, Instant endsAt) {
		Reservation held = reservations.findById(bookingId)
			.filter(Reservation::isHeld)
			.filter(r -> r.getStatus().holdsTime())
			.orElseThrow(() -> new RoomRefused("spaces.hold.noRoom"));
		Space space = spaces.findById(held.getSpaceId()).orElseThrow();
		checkTimes(startsAt, endsAt);
		Instant from = cellBefore(startsAt);
		Instant to = cellAfter(endsAt);
		refuseIfTaken(space, from, to, bookingId);
		try {
			cells.release(held);
			held.moveTo(from, to, space.getBufferMinutes());
			reservations.saveAndFlush(held);
			cells.occupy(held);
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			throw new RoomRefused("spaces.hold.takenMeanwhile", space.getName());
		}
	}

	@Override
	public void release(long bookingId) {
		reservations.findById(bookingId)
			.filter(Reservation::isHeld)
			.filter(r -> r.getStatus().holdsTime())
			.ifPresent(held -> {
				held.releaseHeld(clock.instant());
				cells.release(held);
			});
	}

	/**
	 * Sessions may start at any minute, but on H2 the guarantee is whole 10-minute cells that
	 * rentals share (rentals keep to the half hour): the room is held from the cell the session
	 * starts in to the end of the cell it ends in, so a 10:05 session holds the room from 10:00.
	 */
	private static Instant cellBefore(Instant t) {
		long cell = OccupiedCells.CELL_MINUTES * 60L;
		return Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), cell) * cell);
	}

	private static Instant cellAfter(Instant t) {
		Instant before = cellBefore(t);
		return before.equals(t) ? t : before.plusSeconds(OccupiedCells.CELL_MINUTES * 60L);
	}

	private static void checkTimes(Instant startsAt, Instant endsAt) {
		if (!endsAt.isAfter(startsAt) || Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
			throw new RoomRefused("spaces.hold.times");
		}
	}

	/** Refuses naming the first live booking that holds any of the time (its buffer included). */
	private void refuseIfTaken(Space space, Instant startsAt, Instant endsAt, Long except) {
		Instant blockedUntil = endsAt.plus(Duration.ofMinutes(space.getBufferMinutes()));
		reservations.findLiveOverlapping(space.getId(), startsAt, blockedUntil).stream()
			.filter(r -> except == null || !except.equals(r.getId()))
			.findFirst()
			.ifPresent(r -> {
				throw new RoomRefused("spaces.hold.taken", space.getName(),
						WHEN.format(Seoul.at(r.getStartsAt())) + "~" + UNTIL.format(Seoul.at(r.getEndsAt())),
						r.getPurpose());
			});
	}
}
