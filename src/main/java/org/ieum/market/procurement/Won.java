package org.ieum.market.procurement;

import java.util.regex.Pattern;

import org.ieum.shared.web.Refusal;

/** An amount of whole won as people type it ("1,200,000"): never negative, never with a decimal point. */
final class Won {

	private static final Pattern DIGITS = Pattern.compile("[0-9]{1,15}");

	/** A hundred trillion won: more than any buyer spends, and far from what a {@code long} holds. */
	static final long MAX = 100_000_000_000_000L;

	private Won() {
	}

	static long parse(String typed, boolean zeroAllowed) {
		String digits = typed == null ? "" : typed.strip().replace(",", "").replace(" ", "");
		if (digits.endsWith("원")) {
			digits = digits.substring(0, digits.length() - 1);
		}
		if (!DIGITS.matcher(digits).matches()) {
			throw new Refusal("market.error.amount", typed == null ? "" : typed.strip());
		}
		long won = Long.parseLong(digits);
		if (won > MAX || (won == 0 && !zeroAllowed)) {
			throw new Refusal("market.error.amount", typed.strip());
		}
		return won;
	}

	/** Achievement in tenths of a percent (1234 = 123.4%), rounded half up; null without a positive target. */
	static Long rateTenths(long actual, Long target) {
		if (target == null || target <= 0) {
			return null;
		}
		return java.math.BigDecimal.valueOf(actual)
			.multiply(java.math.BigDecimal.valueOf(1000))
			.divide(java.math.BigDecimal.valueOf(target), 0, java.math.RoundingMode.HALF_UP)
			.longValueExact();
	}
}
