package org.ieum.shared.export;

import java.util.Optional;

/**
 * The reason staff give for downloading personal data, written to the personal-data access log
 * with the download: at least 5 characters, kept to the log's 500.
 */
public final class ExportReason {

	/** The message key for a missing or too short reason. */
	public static final String REQUIRED = "export.reason.required";

	private ExportReason() {
	}

	/** The reason made fit for the log; empty when it is missing or shorter than 5 characters. */
	public static Optional<String> of(String reason) {
		String why = reason == null ? "" : reason.strip();
		return why.length() < 5 ? Optional.empty() : Optional.of(why.length() > 500 ? why.substring(0, 500) : why);
	}
}
