package org.ieum.enterprises;

import java.util.Optional;

/**
 * A Korean business registration number (사업자등록번호): ten digits whose last one is a
 * check digit. It is the practical join key across public lists, since names are not
 * unique, so it is always kept in its normalized ten-digit form.
 */
public record BusinessNumber(String digits) {

	private static final int[] WEIGHTS = { 1, 3, 7, 1, 3, 7, 1, 3, 5 };

	public BusinessNumber {
		if (!valid(digits)) {
			throw new IllegalArgumentException("not a valid business registration number");
		}
	}

	/** Accepts what people type and what public files hold: hyphens, spaces or dots between the digits. */
	public static Optional<BusinessNumber> parse(String raw) {
		if (raw == null) {
			return Optional.empty();
		}
		String stripped = raw.strip();
		if (!stripped.matches("[0-9][0-9 .\\-]*")) {
			return Optional.empty();
		}
		String digits = stripped.replaceAll("[ .\\-]", "");
		return valid(digits) ? Optional.of(new BusinessNumber(digits)) : Optional.empty();
	}

	public static boolean valid(String digits) {
		if (digits == null || !digits.matches("[0-9]{10}")) {
			return false;
		}
		return checkDigitOf(digits.substring(0, 9)) == digits.charAt(9) - '0';
	}

	/**
	 * The check digit for the first nine digits. The ninth digit's product with 5 counts
	 * its tens as well, which is what makes this differ from a plain weighted sum.
	 */
	public static int checkDigitOf(String firstNine) {
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (firstNine.charAt(i) - '0') * WEIGHTS[i];
		}
		sum += (firstNine.charAt(8) - '0') * 5 / 10;
		return (10 - sum % 10) % 10;
	}

	/** As Koreans write it: NNN-NN-NNNNN. */
	public String formatted() {
		return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
	}

	@Override
	public String toString() {
		return formatted();
	}
}
