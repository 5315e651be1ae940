package org.ieum.library.books;

import java.util.Optional;

/**
 * An ISBN as the catalogue keeps it: thirteen digits with a valid check digit. Typed hyphens and
 * spaces are ignored; an ISBN-10 (the last character may be X) is read as the ISBN-13 it became,
 * the prefix 978 with the check digit computed again.
 */
public final class Isbn {

	private Isbn() {
	}

	/** The ISBN-13 the text stands for, or empty when it is not a valid ISBN-10 or ISBN-13. */
	public static Optional<String> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String digits = text.replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
		if (digits.length() == 13 && digits.chars().allMatch(Character::isDigit)) {
			return checkDigit13(digits.substring(0, 12)) == digits.charAt(12) - '0' ? Optional.of(digits) : Optional.empty();
		}
		if (digits.length() == 10 && digits.substring(0, 9).chars().allMatch(Character::isDigit)
				&& (Character.isDigit(digits.charAt(9)) || digits.charAt(9) == 'X')) {
			int sum = 0;
			for (int i = 0; i < 9; i++) {
				sum += (10 - i) * (digits.charAt(i) - '0');
			}
			sum += digits.charAt(9) == 'X' ? 10 : digits.charAt(9) - '0';
			if (sum % 11 != 0) {
				return Optional.empty();
			}
			String twelve = "978" + digits.substring(0, 9);
			return Optional.of(twelve + checkDigit13(twelve));
		}
		return Optional.empty();
	}

	/** The check digit of the first twelve digits of an ISBN-13 (weights 1 and 3 alternating). */
	public static int checkDigit13(String twelveDigits) {
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (twelveDigits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
		}
		return (10 - sum % 10) % 10;
	}
}
