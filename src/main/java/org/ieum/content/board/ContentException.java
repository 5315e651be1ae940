package org.ieum.content.board;

/** A refusal the user caused; the message key (with its arguments) explains it in Korean and nothing was changed. */
public class ContentException extends RuntimeException {

	private final String messageKey;
	private final transient Object[] args;

	public ContentException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args;
	}

	/** A post, board or file that does not exist here (or is not published yet): a 404. */
	public boolean notFound() {
		return messageKey.startsWith("content.error.no");
	}
}
