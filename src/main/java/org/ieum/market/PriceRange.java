package org.ieum.market;

/** The price buckets the showcase counts and filters by; a quoted product (견적) has no price. */
public enum PriceRange {
	QUOTE, UNDER_10K, TO_50K, TO_100K, OVER_100K;

	public static PriceRange of(Long priceWon) {
		if (priceWon == null) {
			return QUOTE;
		}
		if (priceWon < 10_000) {
			return UNDER_10K;
		}
		if (priceWon < 50_000) {
			return TO_50K;
		}
		if (priceWon < 100_000) {
			return TO_100K;
		}
		return OVER_100K;
	}
}
