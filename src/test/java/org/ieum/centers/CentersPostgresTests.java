package org.ieum.centers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The centers queries (hierarchy, holidays, hours, visitor sums) on a real PostgreSQL 15. */
@IeumPostgresTest
class CentersPostgresTests {

	@Autowired
	CentersApi centers;

	@Autowired
	SpecialHoursRepository exceptions;

	private long siteOf(String slug) {
		return centers.sitesOf(centers.findBySlug(slug).orElseThrow().id()).get(0).id();
	}

	@Test
	void hierarchyAndSites() {
		long gwangju = centers.findBySlug("gwangju").orElseThrow().id();
		assertThat(centers.childrenOf(gwangju)).extracting(CenterSummary::slug).containsExactly("gwangju-donggu");
		assertThat(centers.sitesOf(centers.findBySlug("busan").orElseThrow().id())).hasSize(2);
	}

	@Test
	void openingHoursFollowHolidaysAndThursdays() {
		long gimhae = siteOf("gimhae");
		assertThat(centers.hoursOn(gimhae, LocalDate.of(2026, 9, 25)).open()).isFalse();
		OpeningHoursOnDate thursday = centers.hoursOn(gimhae, LocalDate.of(2026, 11, 26));
		assertThat(thursday.open()).isTrue();
		assertThat(thursday.closes()).hasToString("21:00");
		assertThat(thursday.basis()).isEqualTo(OpeningHoursOnDate.Basis.WEEKLY);
		assertThat(centers.hoursOn(gimhae, LocalDate.of(2026, 11, 28)).open()).as("a Saturday").isFalse();
		OpeningHoursOnDate childrensDay = centers.hoursOn(gimhae, LocalDate.of(2025, 5, 5));
		assertThat(childrensDay.basis()).isEqualTo(OpeningHoursOnDate.Basis.HOLIDAY);
		assertThat(childrensDay.note()).isEqualTo("부처님오신날, 어린이날");
	}

	@Test
	void theNewestExceptionWinsOverAHoliday() {
		long site = siteOf("gimhae");
		SpecialHours closure = exceptions.save(SpecialHours.closure(site, LocalDate.of(2026, 9, 24),
				LocalDate.of(2026, 9, 26), "연휴 점검"));
		SpecialHours festival = exceptions.save(SpecialHours.open(site, LocalDate.of(2026, 9, 25),
				LocalDate.of(2026, 9, 25), LocalTime.of(10, 0), LocalTime.of(16, 0), "한마당 행사"));
		try {
			OpeningHoursOnDate onHoliday = centers.hoursOn(site, LocalDate.of(2026, 9, 25));
			assertThat(onHoliday.open()).isTrue();
			assertThat(onHoliday.basis()).isEqualTo(OpeningHoursOnDate.Basis.EXCEPTION);
			assertThat(onHoliday.opens()).isEqualTo(LocalTime.of(10, 0));
			assertThat(onHoliday.closes()).isEqualTo(LocalTime.of(16, 0));
			assertThat(onHoliday.note()).isEqualTo("한마당 행사");
			assertThat(centers.hoursOn(site, LocalDate.of(2026, 9, 24)).note()).isEqualTo("연휴 점검");
		}
		finally {
			exceptions.delete(festival);
			exceptions.delete(closure);
		}
	}

	@Test
	void gimhaeVisitorsAddUpSinceItsOpening() {
		long gimhae = centers.findBySlug("gimhae").orElseThrow().id();
		VisitorRecord record = centers.visitorRecord(gimhae).orElseThrow();
		assertThat(record.visitors()).isEqualTo(1891);
		assertThat(record.monthlyAverage()).isEqualTo(474);
	}
}
