package org.ieum.shared.web;

import java.util.Arrays;

import org.springframework.http.HttpStatus;

/**
 * A request the user caused that was refused: the message key (with its arguments) explains it in
 * Korean, and nothing was changed. Every module throws this one type; {@link RefusalAdvice} and
 * {@link Actions} turn it into the page, the redirect with an {@code error} flash, or the status
 * the request deserves. A module keeps a subclass only where its code catches that case apart.
 */
public class Refusal extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	private final HttpStatus status;

	/** A refused request (a 400 where it reaches no page of its own). */
	public Refusal(String messageKey, Object... args) {
		this(HttpStatus.BAD_REQUEST, null, messageKey, args);
	}

	protected Refusal(HttpStatus status, Throwable cause, String messageKey, Object... args) {
		super(messageKey, cause);
		this.messageKey = messageKey;
		this.args = args == null ? new Object[0] : args.clone();
		this.status = status;
	}

	/** Something that does not exist here (or is not the user's to see): always answered with a 404. */
	public static Refusal notFound(String messageKey, Object... args) {
		return new Refusal(HttpStatus.NOT_FOUND, null, messageKey, args);
	}

	/** Something that exists but is not the user's to open: a 403. */
	public static Refusal forbidden(String messageKey, Object... args) {
		return new Refusal(HttpStatus.FORBIDDEN, null, messageKey, args);
	}

	/** The same refusal, keeping what went wrong underneath for the log. */
	public static Refusal because(Throwable cause, String messageKey, Object... args) {
		return new Refusal(HttpStatus.BAD_REQUEST, cause, messageKey, args);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}

	public HttpStatus status() {
		return status;
	}

	public boolean notFound() {
		return status == HttpStatus.NOT_FOUND;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + messageKey + (args.length == 0 ? "" : Arrays.toString(args)) + "]";
	}
}
