package org.ieum.notifications.sending;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ieum.shared.web.Refusal;

/**
 * How a 알림톡 template's variables are filled: one {@code 변수=값} pair a line (or separated by
 * commas), the variable as registered with KakaoTalk without {@code #{...}}, the value one of what
 * every notification carries: {@code 제목}, {@code 내용}, {@code 링크} (the person's own page on this site).
 */
record TemplateVariables(Map<String, String> sources) {

	static final String SUBJECT = "제목";
	static final String BODY = "내용";
	static final String LINK = "링크";

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_ .-]{1,40}");

	/** Reads what staff typed; a line that is not {@code 변수=값} with a known value is refused with its text. */
	static TemplateVariables parse(String text) {
		Map<String, String> sources = new LinkedHashMap<>();
		for (String line : (text == null ? "" : text).split("[,\\n]")) {
			String pair = line.strip();
			if (pair.isEmpty()) {
				continue;
			}
			String[] parts = pair.split("=", 2);
			String name = parts[0].strip().replaceAll("^#\\{(.*)}$", "$1").strip();
			String value = parts.length == 2 ? parts[1].strip() : "";
			if (!NAME.matcher(name).matches() || !(SUBJECT.equals(value) || BODY.equals(value) || LINK.equals(value))) {
				throw new Refusal("notifications.sending.error.variable", pair);
			}
			if (sources.put(name, value) != null) {
				throw new Refusal("notifications.sending.error.variableTwice", name);
			}
		}
		return new TemplateVariables(sources);
	}

	String text() {
		StringBuilder text = new StringBuilder();
		sources.forEach((name, value) -> text.append(text.isEmpty() ? "" : "\n").append(name).append('=').append(value));
		return text.toString();
	}

	/**
	 * The variables' values for this notification, or the first variable whose value it lacks (no link,
	 * or a text emptied when the account was deleted).
	 */
	Filled fill(String subject, String body, String link) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Map.Entry<String, String> source : sources.entrySet()) {
			String value = switch (source.getValue()) {
				case SUBJECT -> subject;
				case BODY -> body;
				default -> link;
			};
			if (value == null || value.isBlank()) {
				return new Filled(values, Optional.of(source.getKey()));
			}
			values.put(source.getKey(), value);
		}
		return new Filled(values, Optional.empty());
	}

	/** The values, or the name of a variable left without one. */
	record Filled(Map<String, String> values, Optional<String> missing) {
	}
}
