package org.ieum.spaces;

import java.time.YearMonth;

/**
 * How much a space was used in a month: booked hours (confirmed and no-show reservations,
 * without buffers) over the hours its site was open.
 *
 * @param rate booked over open minutes, 0 when the site was never open
 */
public record SpaceUsage(long spaceId, String spaceName, YearMonth month, long bookedMinutes, long openMinutes,
		double rate) {
}
