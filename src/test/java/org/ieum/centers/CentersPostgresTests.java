package org.ieum.centers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The centers queries (hierarchy, holidays, hours, visitor sums) on a real PostgreSQL 15. */
@IeumPostgresTest
class CentersPostgresTests {

	@Autowired
	CentersApi centers;

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
	}

	@Test
	void gimhaeVisitorsAddUpOverAYear() {
		long gimhae = siteOf("gimhae");
		YearMonth thisMonth = YearMonth.now(ZoneId.of("Asia/Seoul"));
		long total = centers.monthlyVisitors(gimhae, thisMonth.minusMonths(12), thisMonth.minusMonths(1)).stream()
			.mapToLong(MonthlyVisitors::visitors).sum();
		assertThat(total).isEqualTo(1891);
	}
}
