package org.ieum.shared.rooms;

import java.time.Instant;

/**
 * What to book: a room of the center, a time, and what it is for (shown to staff and as
 * the reason a rental cannot have that time).
 */
public record RoomHold(long roomId, long centerId, Instant startsAt, Instant endsAt, String purpose, int headcount) {
}
