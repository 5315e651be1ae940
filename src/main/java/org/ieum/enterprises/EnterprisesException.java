package org.ieum.enterprises;

/** A refusal the user caused; the message key explains it in Korean and nothing was changed. */
class EnterprisesException extends RuntimeException {

	private final String messageKey;

	EnterprisesException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}
}
