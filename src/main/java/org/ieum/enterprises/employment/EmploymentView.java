package org.ieum.enterprises.employment;

import java.time.LocalDate;
import java.util.List;

/**
 * An organization's employment figures, the latest year first, for its staff and its managers.
 *
 * @param thisYear the current year in Seoul, the latest that may be entered
 */
public record EmploymentView(long organizationId, String name, int thisYear, List<Year> years) {

	/** One year's figures and when they were entered. */
	public record Year(int year, int employees, int vulnerable, int newHires, String source, LocalDate enteredOn) {
	}
}
