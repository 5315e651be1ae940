package org.ieum.consulting.cases;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Weekdays stored as MON,TUE,...: what an expert offers and what a client prefers. */
public final class Days {

	private Days() {
	}

	public static Set<DayOfWeek> parse(String text) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		if (text == null) {
			return days;
		}
		for (String part : text.split(",")) {
			Arrays.stream(DayOfWeek.values()).filter(d -> d.name().startsWith(part.strip()) && !part.isBlank())
				.findFirst().ifPresent(days::add);
		}
		return days;
	}

	public static String format(Collection<DayOfWeek> days) {
		return days.stream().sorted().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
	}
}
