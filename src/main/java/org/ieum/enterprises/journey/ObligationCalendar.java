package org.ieum.enterprises.journey;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ieum.enterprises.DesignationStatus;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.records.Designation;

/**
 * The obligations a designation brings, derived from its type and dates on the Seoul calendar. Only obligations
 * due within a year either side of today are derived: older ones are history, later ones are far off.
 */
final class ObligationCalendar {

	static final Period LOOK_BACK = Period.ofYears(1);
	static final Period LOOK_AHEAD = Period.ofYears(1);

	/** 예비사회적기업 are designated for up to three years. */
	static final int PRE_SOCIAL_YEARS = 3;

	/** 사회적기업 육성법 제17조: business reports as of the end of April and the end of October. */
	static final List<Month> BUSINESS_REPORT_MONTHS = List.of(Month.APRIL, Month.OCTOBER);

	private ObligationCalendar() {
	}

	static List<DueObligation> derive(Designation d, List<ObligationRule> rules, LocalDate today) {
		if (d.getStatus() == DesignationStatus.CANCELLED) {
			return List.of();
		}
		LocalDate from = today.minus(LOOK_BACK);
		LocalDate to = today.plus(LOOK_AHEAD);
		LocalDate lastDay = lastValidDay(d);
		boolean running = d.getStatus() == DesignationStatus.ACTIVE;
		List<DueObligation> due = new ArrayList<>();
		if (running && d.getType() == DesignationType.SOCIAL_ENTERPRISE) {
			for (LocalDate day : monthEnds(BUSINESS_REPORT_MONTHS, from, to)) {
				if (within(d, lastDay, day)) {
					due.add(obligation(d, ObligationKind.BUSINESS_REPORT, null, "", day));
				}
			}
		}
		if (running) {
			for (ObligationRule rule : rules) {
				if (!rule.appliesTo(d.getType(), d.getVillageStage())) {
					continue;
				}
				for (LocalDate day : monthEnds(List.of(Month.of(rule.getDueMonth())), from, to)) {
					if (within(d, lastDay, day)) {
						due.add(obligation(d, ObligationKind.DUTY, rule.getTitle(), String.valueOf(rule.getId()), day));
					}
				}
			}
		}
		if (lastDay != null && !lastDay.isBefore(from) && !lastDay.isAfter(to)) {
			due.add(obligation(d, ObligationKind.DESIGNATION_EXPIRY, null, "", lastDay));
		}
		due.sort(Comparator.comparing(DueObligation::dueOn).thenComparing(DueObligation::key));
		return due;
	}

	/**
	 * The designation's last valid day: its recorded end, or for a pre-social enterprise without one, three years
	 * from its designation. A period counted in years ends the day before the same date, and where that date does not
	 * exist (29 February in a common year) on the last day of the month (민법 제160조).
	 */
	static LocalDate lastValidDay(Designation d) {
		if (d.getValidUntil() != null) {
			return d.getValidUntil();
		}
		boolean preSocial = d.getType() == DesignationType.PRE_SOCIAL_REGIONAL
				|| d.getType() == DesignationType.PRE_SOCIAL_MINISTRY;
		if (!preSocial || d.getDesignatedOn() == null) {
			return null;
		}
		return endOfYears(d.getDesignatedOn(), PRE_SOCIAL_YEARS);
	}

	static LocalDate endOfYears(LocalDate start, int years) {
		LocalDate same = start.plusYears(years);
		return same.getDayOfMonth() == start.getDayOfMonth() ? same.minusDays(1) : same;
	}

	/** The last days of these months between the two dates (both included); February ends on the 29th in leap years. */
	static List<LocalDate> monthEnds(List<Month> months, LocalDate from, LocalDate to) {
		List<LocalDate> days = new ArrayList<>();
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			for (Month month : months) {
				LocalDate day = YearMonth.of(year, month).atEndOfMonth();
				if (!day.isBefore(from) && !day.isAfter(to)) {
					days.add(day);
				}
			}
		}
		return days;
	}

	/** A duty falls due only while the designation holds: after it was granted and up to its last day. */
	private static boolean within(Designation d, LocalDate lastDay, LocalDate day) {
		return (d.getDesignatedOn() == null || day.isAfter(d.getDesignatedOn())) && (lastDay == null || !day.isAfter(lastDay));
	}

	private static DueObligation obligation(Designation d, ObligationKind kind, String title, String rule, LocalDate day) {
		String key = "d" + d.getId() + "-" + kind.name() + (rule.isEmpty() ? "" : "-" + rule) + "-" + day;
		return new DueObligation(key, d.getOrganizationId(), d.getId(), d.getType(), d.getNumber(), kind, title, day);
	}
}
