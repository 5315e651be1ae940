package org.ieum.shared.rooms;

/** A room that cannot be booked; the message key and its arguments say why in Korean. */
public class RoomRefused extends RuntimeException {

	private final String messageKey;
	private final transient Object[] args;

	public RoomRefused(String messageKey, Object... args) {
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
}
