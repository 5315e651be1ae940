package org.ieum.consulting;

/** A refusal the user caused; the message key (with its arguments) explains it in Korean and nothing was changed. */
class ConsultingException extends RuntimeException {

	private final String messageKey;
	private final transient Object[] args;

	ConsultingException(String messageKey, Object... args) {
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
