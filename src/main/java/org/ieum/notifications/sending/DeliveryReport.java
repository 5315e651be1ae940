package org.ieum.notifications.sending;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * What a provider reports about a message it took: {@code DELIVERED} to the handset, {@code FAILED}
 * (with the provider's code: not a KakaoTalk user, a number out of service...), {@code PENDING} (still
 * on its way), or {@code UNREADABLE} (the look-up itself failed: no connection, an error, an answer
 * that is not the provider's format), with the provider's time of the result when it gives one.
 */
record DeliveryReport(State state, String code, Instant at) {

	enum State {
		DELIVERED, FAILED, PENDING, UNREADABLE
	}

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
	private static final DateTimeFormatter NHN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.S][.SS][.SSS]");

	static DeliveryReport delivered(String code, Instant at) {
		return new DeliveryReport(State.DELIVERED, code, at);
	}

	static DeliveryReport failed(String code, Instant at) {
		return new DeliveryReport(State.FAILED, code, at);
	}

	static DeliveryReport pending() {
		return new DeliveryReport(State.PENDING, null, null);
	}

	static DeliveryReport unreadable(String code) {
		return new DeliveryReport(State.UNREADABLE, code, null);
	}

	/** NHN Cloud writes its times in Seoul as "2018-08-10 10:06:42.0"; null when absent or not of that form. */
	static Instant seoulTime(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.trim(), NHN_TIME).atZone(SEOUL).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** Solapi writes ISO-8601 UTC times ("2020-01-02T00:39:36.912Z"); null when absent or not of that form. */
	static Instant isoTime(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
