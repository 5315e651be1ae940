package org.ieum.shared.rooms;

import java.time.Instant;
import java.util.List;

/**
 * Reserving a center's own rooms for its own activities, with the same guarantee as any
 * reservation by a citizen: two live reservations of one room never overlap. Every method joins the caller's
 * transaction, so a refused room undoes whatever else the caller changed with it.
 * <p>
 * The port trusts its caller: it checks that the room belongs to the center named in the
 * hold, not who is asking. The calling service checks first that the person is staff of that
 * center (education's {@code CourseAdministration.courseToManage}), as it does for the rest of
 * the change the hold is part of.
 */
public interface RoomReservations {

	/** The rooms of a center that can be reserved, by name. */
	List<Room> roomsOf(long centerId);

	/**
	 * Books the room for the time; returns the booking's id.
	 * @throws RoomRefused naming the booking in the way, or when the room is not the center's
	 */
	long hold(RoomHold hold);

	/**
	 * Moves a booking made by {@link #hold} to another time in the same room.
	 * @throws RoomRefused naming the booking in the way
	 */
	void move(long bookingId, Instant startsAt, Instant endsAt);

	/** Frees the time of a booking made by {@link #hold}; an unknown or already freed one is left alone. */
	void release(long bookingId);
}
