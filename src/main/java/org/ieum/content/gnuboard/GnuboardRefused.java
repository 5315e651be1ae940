package org.ieum.content.gnuboard;

/** The import cannot run (no database, a wrong option, a read that failed): nothing was written. */
class GnuboardRefused extends RuntimeException {

	private final String messageKey;
	private final transient Object[] args;

	GnuboardRefused(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] args() {
		return args;
	}
}
