package org.ieum.identity.phone;

import java.util.Optional;

/**
 * Korean mobile numbers as members type them: {@code 010-1234-5678}, {@code 01012345678},
 * {@code 010 1234 5678}, {@code 010.1234.5678}, {@code (010)1234-5678} or {@code +82 10-1234-5678} all
 * become {@code 010-1234-5678}. Anything else (a landline, too few digits, letters) is no mobile number.
 */
public final class PhoneNumbers {

	private PhoneNumbers() {
	}

	public static Optional<String> mobile(String typed) {
		if (typed == null || typed.length() > 40 || !typed.strip().matches("\\+?[0-9 ().\\-]+")) {
			return Optional.empty();
		}
		String digits = typed.replaceAll("[^0-9]", "");
		if (typed.strip().startsWith("+")) {
			if (!digits.startsWith("82")) {
				return Optional.empty();
			}
			digits = digits.substring(2);
			digits = digits.startsWith("0") ? digits : "0" + digits;
		}
		if (!digits.matches("010[0-9]{8}")) {
			return Optional.empty();
		}
		return Optional.of(digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7));
	}
}
