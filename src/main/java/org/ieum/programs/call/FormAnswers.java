package org.ieum.programs.call;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.ieum.shared.web.Refusal;
import org.springframework.web.multipart.MultipartFile;

/** Reads a form's answers from the request: parameters named {@code f<fieldId>}, and an uploaded file. */
public final class FormAnswers {

	private FormAnswers() {
	}

	public static Map<Long, String> from(Map<String, String> params) {
		Map<Long, String> answers = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.matches("f\\d{1,18}")) {
				answers.put(Long.parseLong(name.substring(1)), value);
			}
		});
		return answers;
	}

	/** The uploaded file's bytes; no file, or an empty one, is refused. */
	public static byte[] file(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new Refusal("programs.error.fileEmpty");
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
