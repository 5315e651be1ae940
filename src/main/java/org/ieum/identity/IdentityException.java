package org.ieum.identity;

/** A refusal the user caused; the message key explains it in Korean and nothing was changed. */
class IdentityException extends RuntimeException {

	private final String messageKey;

	IdentityException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}
}
