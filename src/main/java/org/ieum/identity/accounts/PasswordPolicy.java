package org.ieum.identity.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The password rule of the Korean safety-measures standard as this project reads it: at
 * least 10 characters of two kinds, or at least 8 of three kinds (upper case, lower case,
 * digits, symbols).
 */
public final class PasswordPolicy {

	private PasswordPolicy() {
	}

	/** The message key of what is wrong, or empty when the password is acceptable. */
	public static Optional<String> problem(String password) {
		if (password == null || password.isEmpty()) {
			return Optional.of("password.required");
		}
		// bcrypt reads at most 72 bytes; a longer password would be cut silently or refused
		if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
			return Optional.of("password.tooLong");
		}
		int kinds = 0;
		kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) ? 1 : 0;
		boolean ok = (password.length() >= 8 && kinds >= 3) || (password.length() >= 10 && kinds >= 2);
		return ok ? Optional.empty() : Optional.of("password.weak");
	}
}
