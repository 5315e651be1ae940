package org.ieum.governance.core;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.ieum.shared.web.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Reads what staff and members typed into governance forms; anything unreadable is refused with
 * the field's Korean message, so nothing is changed.
 */
public final class GovernanceForms {

	private GovernanceForms() {
	}

	/** The field's name as a message argument, so the refusal names it in the reader's language. */
	private static DefaultMessageSourceResolvable label(String fieldKey) {
		return new DefaultMessageSourceResolvable(fieldKey);
	}

	/** Trimmed text up to {@code max} characters; blank is {@code null} unless required. */
	public static String text(String typed, int max, boolean required, String field) {
		String value = typed == null ? "" : typed.strip();
		if (value.isEmpty()) {
			if (required) {
				throw new Refusal("governance.error.required", label(field));
			}
			return null;
		}
		if (value.length() > max) {
			throw new Refusal("governance.error.tooLong", label(field), max);
		}
		return value;
	}

	public static LocalDate date(String typed, String field) {
		try {
			return LocalDate.parse(typed == null ? "" : typed.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Refusal("governance.error.date", label(field));
		}
	}

	public static LocalTime time(String typed, String field) {
		try {
			return LocalTime.parse(typed == null ? "" : typed.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Refusal("governance.error.time", label(field));
		}
	}

	public static int number(String typed, int min, int max, String field) {
		try {
			int value = Integer.parseInt(typed == null ? "" : typed.strip());
			if (value < min || value > max) {
				throw new Refusal("governance.error.range", label(field), min, max);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new Refusal("governance.error.range", label(field), min, max);
		}
	}

	/**
	 * A whole number from 0 up to {@code max} where a blank means 0 (hours or won not given);
	 * thousands separators as people type them ("1,000,000") are accepted.
	 */
	public static long orZero(String typed, long max, String field) {
		String value = typed == null ? "" : typed.strip().replace(",", "");
		if (value.isEmpty()) {
			return 0;
		}
		try {
			long number = Long.parseLong(value);
			if (number < 0 || number > max) {
				throw new Refusal("governance.error.range", label(field), 0, max);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new Refusal("governance.error.range", label(field), 0, max);
		}
	}

	public static <E extends Enum<E>> E choice(Class<E> type, String typed, String field) {
		try {
			return Enum.valueOf(type, typed == null ? "" : typed.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new Refusal("governance.error.required", label(field));
		}
	}
}
