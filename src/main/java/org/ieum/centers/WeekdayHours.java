package org.ieum.centers;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A site's regular hours on one weekday; {@code opens}/{@code closes} are {@code null} when closed. */
public record WeekdayHours(DayOfWeek day, boolean open, LocalTime opens, LocalTime closes) {
}
