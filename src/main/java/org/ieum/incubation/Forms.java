package org.ieum.incubation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.ieum.shared.web.Refusal;

/** Reading typed values from incubation forms; anything unreadable is a Korean refusal, never a stack trace. */
final class Forms {

	private Forms() {
	}

	static LocalDate date(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Refusal("incubation.form.date");
		}
	}

	static long number(String text, long max, String messageKey) {
		try {
			long value = Long.parseLong(text.strip().replace(",", ""));
			if (value < 0 || value > max) {
				throw new Refusal(messageKey);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new Refusal(messageKey);
		}
	}
}
