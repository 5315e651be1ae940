package org.ieum.programs;

/** A refusal the user caused; the message key explains it in Korean and nothing was changed. */
class ProgramsException extends RuntimeException {

	private final String messageKey;

	ProgramsException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}
}
