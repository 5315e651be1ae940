package org.ieum.consulting.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ieum.shared.web.Refusal;
import org.springframework.web.multipart.MultipartFile;

/** Reading typed values from forms; anything unreadable is a Korean refusal, never a stack trace. */
public final class Forms {

	private Forms() {
	}

	public static LocalDate date(String text) {
		try {
			return LocalDate.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Refusal("consulting.form.date");
		}
	}

	public static LocalTime time(String text) {
		try {
			return LocalTime.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Refusal("consulting.form.time");
		}
	}

	public static long number(String text, long min, long max, String messageKey) {
		try {
			long value = Long.parseLong(text == null ? "" : text.strip().replace(",", ""));
			if (value < min || value > max) {
				throw new Refusal(messageKey);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new Refusal(messageKey);
		}
	}

	public static String text(String value, int max, boolean required, String messageKey) {
		String stripped = value == null ? "" : value.strip();
		if ((required && stripped.isEmpty()) || stripped.length() > max) {
			throw new Refusal(messageKey);
		}
		return stripped.isEmpty() ? null : stripped;
	}

	public static <E extends Enum<E>> E choice(Class<E> type, String value, String messageKey) {
		try {
			return Enum.valueOf(type, value == null ? "" : value);
		}
		catch (IllegalArgumentException ex) {
			throw new Refusal(messageKey);
		}
	}

	public static Set<DayOfWeek> days(List<String> values) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		if (values != null) {
			for (String v : values) {
				days.addAll(Days.parse(v));
			}
		}
		return days;
	}

	public static String email(String value) {
		String email = text(value, 320, false, "consulting.form.email");
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new Refusal("consulting.form.email");
		}
		return email;
	}

	/** The uploaded file, or null when none was chosen. */
	public static CaseAttachments.Upload upload(MultipartFile file) {
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			return null;
		}
		try {
			return new CaseAttachments.Upload(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A session plan as staff and experts type it: a date, a start time, minutes and a mode. */
	public static SessionPlan plan(String date, String time, String minutes, String mode) {
		LocalDateTime start = Forms.date(date).atTime(Forms.time(time));
		int length = (int) Forms.number(minutes, 10, 720, "consulting.form.minutes");
		return new SessionPlan(start, length, Forms.choice(SessionMode.class, mode, "consulting.form.mode"));
	}
}
