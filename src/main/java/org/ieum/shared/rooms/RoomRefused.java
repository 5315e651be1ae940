package org.ieum.shared.rooms;

import org.ieum.shared.web.Refusal;

/**
 * A room that cannot be booked; the message key and its arguments say why in Korean. A type of its
 * own because a module that books a room for its own reasons (a course session) catches it apart.
 */
public class RoomRefused extends Refusal {

	public RoomRefused(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
