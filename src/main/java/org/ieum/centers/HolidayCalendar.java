package org.ieum.centers;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.ieum.shared.Authorities;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public holidays every site closes on; one list for the whole network, kept by system administrators. */
@Service
@Transactional
class HolidayCalendar {

	private final HolidayRepository holidays;

	HolidayCalendar(HolidayRepository holidays) {
		this.holidays = holidays;
	}

	@Transactional(readOnly = true)
	List<Holiday> inYear(Year year) {
		return holidays.findByDateBetweenOrderByDateAscNameAsc(year.atDay(1), year.atMonth(12).atEndOfMonth());
	}

	@Transactional(readOnly = true)
	boolean exists(LocalDate date, String name) {
		return holidays.existsByDateAndName(date, name);
	}

	void add(LocalDate date, String name) {
		Authorities.requireSystemAdmin();
		if (holidays.existsByDateAndName(date, name)) {
			throw new IllegalArgumentException("holiday exists: " + date + " " + name);
		}
		holidays.save(new Holiday(date, name));
	}

	void remove(long holidayId) {
		Authorities.requireSystemAdmin();
		holidays.delete(holidays.findById(holidayId).orElseThrow(() -> new UnknownCenterRecord("holiday", holidayId)));
	}
}
