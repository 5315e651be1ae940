package org.ieum.spaces;

/**
 * What staff decide about a space. Lengths are whole minutes in steps of
 * {@link Slots#STEP_MINUTES}; the buffer in steps of {@link OccupiedCells#CELL_MINUTES}.
 *
 * @param minDaysAhead 0 allows booking for later today
 * @param cancelHoursBefore the user may cancel until this many hours before the start
 */
public record SpaceTerms(String name, SpaceKind kind, int capacity, String location, String equipment, String rules,
		BookingAudience audience, long hourlyFeeWon, int minMinutes, int maxMinutes, int minDaysAhead, int maxDaysAhead,
		int bufferMinutes, boolean needsApproval, int cancelHoursBefore, boolean active) {
}
