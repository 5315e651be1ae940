package org.ieum.enterprises.employment;

import java.util.ArrayList;
import java.util.List;

/**
 * What a year's employment figures must be, wherever they come from (My page, the staff page, an imported table):
 * all three given, none negative, neither the vulnerable-group workers nor the new hires above the paid workers, and
 * a year that has begun (Asia/Seoul) and is not before 2000.
 */
final class EmploymentRules {

	/** The earliest year anyone reports: the social enterprise law dates from 2007, cooperatives and lists a little earlier. */
	static final int EARLIEST_YEAR = 2000;

	/** No organization of a center employs a million people: a bigger figure is a typing error. */
	static final int MOST = 1_000_000;

	/** A year's figures as checked. */
	record Figures(int employees, int vulnerable, int newHires) {
	}

	private EmploymentRules() {
	}

	/** The message keys of every problem with these figures, none when they may be recorded. */
	static List<String> problems(Integer year, Long employees, Long vulnerable, Long newHires, int thisYear) {
		List<String> problems = new ArrayList<>();
		if (year == null) {
			problems.add("employment.error.yearRequired");
		}
		else if (year > thisYear) {
			problems.add("employment.error.futureYear");
		}
		else if (year < EARLIEST_YEAR) {
			problems.add("employment.error.earlyYear");
		}
		if (employees == null || vulnerable == null || newHires == null) {
			problems.add("employment.error.required");
			return problems;
		}
		if (employees < 0 || vulnerable < 0 || newHires < 0) {
			problems.add("employment.error.negative");
			return problems;
		}
		if (employees > MOST || vulnerable > MOST || newHires > MOST) {
			problems.add("employment.error.tooMany");
			return problems;
		}
		if (vulnerable > employees) {
			problems.add("employment.error.vulnerableAbove");
		}
		if (newHires > employees) {
			problems.add("employment.error.newHiresAbove");
		}
		return problems;
	}

	/** The figures, once {@link #problems} found none. */
	static Figures figures(Long employees, Long vulnerable, Long newHires) {
		return new Figures(Math.toIntExact(employees), Math.toIntExact(vulnerable), Math.toIntExact(newHires));
	}
}
