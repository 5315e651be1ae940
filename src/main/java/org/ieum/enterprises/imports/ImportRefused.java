package org.ieum.enterprises.imports;

/** The whole file was refused (not a list, broken, no recognizable columns); nothing was read into the records. */
class ImportRefused extends RuntimeException {

	private final String messageKey;

	ImportRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	ImportRefused(String messageKey, Throwable cause) {
		super(messageKey, cause);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}
}
