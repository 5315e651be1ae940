package org.ieum.programs;

import java.util.HashMap;
import java.util.Map;

/** Reads a form's answers from request parameters named {@code f<fieldId>}. */
final class FormAnswers {

	private FormAnswers() {
	}

	static Map<Long, String> from(Map<String, String> params) {
		Map<Long, String> answers = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.matches("f\\d{1,18}")) {
				answers.put(Long.parseLong(name.substring(1)), value);
			}
		});
		return answers;
	}
}
