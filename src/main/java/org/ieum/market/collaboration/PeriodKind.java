package org.ieum.market.collaboration;

import java.time.LocalDate;

/** The length of a sales period: a month (1 to 12) or a quarter (1 to 4) of a year. */
public enum PeriodKind {

	MONTH(12), QUARTER(4);

	private final int perYear;

	PeriodKind(int perYear) {
		this.perYear = perYear;
	}

	int perYear() {
		return perYear;
	}

	/** The first day of the period. */
	LocalDate firstDay(int year, int number) {
		return LocalDate.of(year, this == MONTH ? number : (number - 1) * 3 + 1, 1);
	}

}
