package org.ieum.shared.web;

import java.util.Map;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a staff or member action answers: run it, then redirect with a {@code notice} flash
 * (a message key) on success or an {@code error} flash (the refusal's key, with its arguments in
 * {@code errorArgs}) when it was refused. The layout shows both once, at the top of the page.
 * A refusal of something that does not exist here is not a message but a 404: it goes on to
 * {@link RefusalAdvice}.
 */
public final class Actions {

	/** The flash (or model) attribute with the message key of what went wrong. */
	public static final String ERROR = "error";

	/** The arguments of the {@link #ERROR} message, when it has any. */
	public static final String ERROR_ARGS = "errorArgs";

	/** The flash attribute with the message key of what was done. */
	public static final String NOTICE = "notice";

	private Actions() {
	}

	/**
	 * Runs the action and redirects to {@code target} (a path) with a notice or an error flash. A
	 * conflicting change at the same moment (another click, another staff member) is not handled
	 * here: use {@link #run(RedirectAttributes, String, String, String, Runnable)} where it can happen.
	 */
	public static String run(RedirectAttributes redirect, String target, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute(NOTICE, notice);
		}
		catch (Refusal refusal) {
			refused(redirect, refusal);
		}
		return "redirect:" + target;
	}

	/**
	 * As {@link #run(RedirectAttributes, String, String, Runnable)}; when another request changed the
	 * same thing at the same moment (an optimistic lock or a unique key stopped this one), the answer
	 * is {@code raceKey}: an error, or the notice itself when the other request already did what
	 * this one asked (a double click).
	 */
	public static String run(RedirectAttributes redirect, String target, String notice, String raceKey,
			Runnable action) {
		try {
			return run(redirect, target, notice, action);
		}
		catch (ConcurrencyFailureException | DataIntegrityViolationException raced) {
			redirect.addFlashAttribute(raceKey.equals(notice) ? NOTICE : ERROR, raceKey);
			return "redirect:" + target;
		}
	}

	/**
	 * Puts the refusal's message into the {@code error} flash; a refusal of something that does not
	 * exist is thrown on, so it becomes the 404 page rather than a message on another page.
	 */
	public static void refused(RedirectAttributes redirect, Refusal refusal) {
		if (refusal.notFound()) {
			throw refusal;
		}
		redirect.addFlashAttribute(ERROR, refusal.messageKey());
		Object[] args = refusal.args();
		if (args.length > 0) {
			redirect.addFlashAttribute(ERROR_ARGS, args);
		}
	}

	/** Puts the refusal's message, whatever its status, into a model or flash map as {@code error}. */
	public static void error(Map<String, Object> attributes, Refusal refusal) {
		attributes.put(ERROR, refusal.messageKey());
		Object[] args = refusal.args();
		if (args.length > 0) {
			attributes.put(ERROR_ARGS, args);
		}
	}
}
