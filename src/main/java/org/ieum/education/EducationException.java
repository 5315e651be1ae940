package org.ieum.education;

/** A refusal the user caused; the message key explains it in Korean and nothing was changed. */
class EducationException extends RuntimeException {

	private final String messageKey;

	EducationException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}
}
