package org.ieum.enterprises.records;

/** A refusal the user caused; the message key explains it in Korean and nothing was changed. */
public class EnterprisesException extends RuntimeException {

	private final String messageKey;

	public EnterprisesException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
