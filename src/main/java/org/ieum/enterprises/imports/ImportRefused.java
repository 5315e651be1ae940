package org.ieum.enterprises.imports;

import org.ieum.shared.web.Refusal;
import org.springframework.http.HttpStatus;

/**
 * The whole file was refused (not a list, broken, no recognizable columns); nothing was read into
 * the records. A type of its own because the import pages and the command catch it apart from a
 * refused row.
 */
class ImportRefused extends Refusal {

	ImportRefused(String messageKey) {
		super(messageKey);
	}

	ImportRefused(String messageKey, Throwable cause) {
		super(HttpStatus.BAD_REQUEST, cause, messageKey);
	}
}
