package org.ieum.shared.imports;

import org.ieum.shared.web.Refusal;
import org.springframework.http.HttpStatus;

/**
 * The whole file was refused (not a table, broken, no recognizable columns, expired); nothing was
 * read into the records. A type of its own because the import pages and commands catch it apart
 * from a refused row.
 */
public class ImportRefused extends Refusal {

	public ImportRefused(String messageKey) {
		super(messageKey);
	}

	public ImportRefused(String messageKey, Throwable cause) {
		super(HttpStatus.BAD_REQUEST, cause, messageKey);
	}
}
