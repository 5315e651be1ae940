package org.ieum.centers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import org.ieum.centers.OpeningHoursOnDate.Basis;
import org.ieum.centers.demo.DemoCenters;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@IeumSpringTest
class CentersServiceTests {

	@Autowired
	CentersApi centers;

	@Autowired
	CenterAdministration administration;

	@Autowired
	SpecialHoursRepository exceptions;

	@Autowired
	DemoCenters demo;

	@Autowired
	CenterRepository centerRepository;

	@Autowired
	SiteRepository sites;

	@Autowired
	ContactRepository contacts;

	@Autowired
	VisitorCountRepository visitorCounts;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void hierarchyPutsParentsBeforeChildren() {
		List<String> slugs = centers.all().stream().map(CenterSummary::slug).toList();
		assertThat(slugs).contains("busan", "jeonbuk", "gunsan", "gwangju", "gwangju-donggu", "gimhae");
		assertThat(slugs.indexOf("jeonbuk")).isLessThan(slugs.indexOf("gunsan"));
		assertThat(slugs.indexOf("gwangju")).isLessThan(slugs.indexOf("gwangju-donggu"));
		long gwangju = centers.findBySlug("gwangju").orElseThrow().id();
		long donggu = centers.findBySlug("gwangju-donggu").orElseThrow().id();
		assertThat(centers.childrenOf(gwangju)).extracting(CenterSummary::slug).containsExactly("gwangju-donggu");
		assertThat(centers.centerAndDescendantIds(gwangju)).containsExactlyInAnyOrder(gwangju, donggu);
		assertThat(centers.findById(donggu)).get().extracting(CenterSummary::parentId).isEqualTo(gwangju);
	}

	@Test
	void chuseokClosesEverySite() {
		long busanMain = mainSite("busan");
		OpeningHoursOnDate chuseok = centers.hoursOn(busanMain, LocalDate.of(2026, 9, 25));
		assertThat(chuseok.open()).isFalse();
		assertThat(chuseok.basis()).isEqualTo(Basis.HOLIDAY);
		assertThat(chuseok.note()).isEqualTo("추석");
		assertThat(centers.hoursOn(busanMain, LocalDate.of(2025, 10, 8)).basis()).isEqualTo(Basis.HOLIDAY);
	}

	@Test
	void gimhaeStaysOpenUntilNineOnThursdays() {
		OpeningHoursOnDate thursday = centers.hoursOn(mainSite("gimhae"), LocalDate.of(2026, 3, 12));
		assertThat(thursday.open()).isTrue();
		assertThat(thursday.opens()).isEqualTo(LocalTime.of(9, 0));
		assertThat(thursday.closes()).isEqualTo(LocalTime.of(21, 0));
		assertThat(centers.hoursOn(mainSite("gimhae"), LocalDate.of(2026, 3, 13)).closes()).isEqualTo(LocalTime.of(18, 0));
	}

	@Test
	void weekendsAreClosedExceptWhereASiteOpens() {
		assertThat(centers.hoursOn(mainSite("gimhae"), LocalDate.of(2026, 3, 14)).open()).isFalse();
		long dongnae = centers.sitesOf(centers.findBySlug("busan").orElseThrow().id()).get(1).id();
		OpeningHoursOnDate saturday = centers.hoursOn(dongnae, LocalDate.of(2026, 3, 14));
		assertThat(saturday.open()).isTrue();
		assertThat(saturday.closes()).isEqualTo(LocalTime.of(17, 0));
	}

	@Test
	void twoHolidaysOnOneDayAreNamedTogetherInNameOrder() {
		OpeningHoursOnDate childrensDay = centers.hoursOn(mainSite("busan"), LocalDate.of(2025, 5, 5));
		assertThat(childrensDay.open()).isFalse();
		assertThat(childrensDay.basis()).isEqualTo(Basis.HOLIDAY);
		assertThat(childrensDay.note()).isEqualTo("부처님오신날, 어린이날");
	}

	@Test
	void theNewestOfTwoCoveringExceptionsWins() {
		long site = mainSite("gunsan");
		SpecialHours closure = exceptions.save(SpecialHours.closure(site, LocalDate.of(2026, 4, 6),
				LocalDate.of(2026, 4, 10), "보수 공사"));
		SpecialHours correction = exceptions.save(SpecialHours.open(site, LocalDate.of(2026, 4, 8),
				LocalDate.of(2026, 4, 8), LocalTime.of(13, 0), LocalTime.of(17, 0), "오후만 개관"));
		try {
			OpeningHoursOnDate corrected = centers.hoursOn(site, LocalDate.of(2026, 4, 8));
			assertThat(corrected.open()).isTrue();
			assertThat(corrected.opens()).isEqualTo(LocalTime.of(13, 0));
			assertThat(corrected.closes()).isEqualTo(LocalTime.of(17, 0));
			assertThat(corrected.note()).isEqualTo("오후만 개관");
			OpeningHoursOnDate closed = centers.hoursOn(site, LocalDate.of(2026, 4, 9));
			assertThat(closed.open()).isFalse();
			assertThat(closed.basis()).isEqualTo(Basis.EXCEPTION);
			assertThat(closed.note()).isEqualTo("보수 공사");
		}
		finally {
			exceptions.delete(correction);
			exceptions.delete(closure);
		}
	}

	@Test
	void anExceptionWinsOverHolidaysAndWeekdays() {
		long site = mainSite("gunsan");
		SpecialHours festival = exceptions.save(SpecialHours.open(site, LocalDate.of(2026, 9, 25),
				LocalDate.of(2026, 9, 25), LocalTime.of(10, 0), LocalTime.of(16, 0), "한마당 행사"));
		SpecialHours moving = exceptions.save(SpecialHours.closure(site, LocalDate.of(2026, 3, 9),
				LocalDate.of(2026, 3, 10), "시설 점검"));
		try {
			OpeningHoursOnDate onHoliday = centers.hoursOn(site, LocalDate.of(2026, 9, 25));
			assertThat(onHoliday.open()).isTrue();
			assertThat(onHoliday.basis()).isEqualTo(Basis.EXCEPTION);
			assertThat(onHoliday.opens()).isEqualTo(LocalTime.of(10, 0));
			OpeningHoursOnDate closed = centers.hoursOn(site, LocalDate.of(2026, 3, 10));
			assertThat(closed.open()).isFalse();
			assertThat(closed.note()).isEqualTo("시설 점검");
			assertThat(centers.hoursOn(site, LocalDate.of(2026, 3, 11)).open()).isTrue();
		}
		finally {
			exceptions.delete(festival);
			exceptions.delete(moving);
		}
	}

	@Test
	void gimhaeCountsItsVisitorsAsTheArticleDoes1891SinceOpeningAnd474AMonth() {
		long gimhae = centers.findBySlug("gimhae").orElseThrow().id();
		VisitorRecord record = centers.visitorRecord(gimhae).orElseThrow();
		assertThat(record.firstDay()).isEqualTo(LocalDate.of(2018, 9, 13));
		assertThat(record.lastDay()).isEqualTo(LocalDate.of(2019, 1, 12));
		assertThat(record.visitors()).isEqualTo(1891);
		assertThat(record.monthlyAverage()).isEqualTo(474);
		assertThat(record.months()).extracting(VisitorRecord.Month::month).containsExactly(YearMonth.of(2018, 9),
				YearMonth.of(2018, 10), YearMonth.of(2018, 11), YearMonth.of(2018, 12), YearMonth.of(2019, 1));
		assertThat(record.months()).extracting(VisitorRecord.Month::visitors)
			.containsExactly(IntStream.of(DemoCenters.GIMHAE_MONTHLY_VISITORS).asLongStream().boxed().toArray(Long[]::new));
		// every count falls on a day the center was open, the closing Saturday by its special hours
		long site = mainSite("gimhae");
		assertThat(visitorCounts.findBySiteIdAndVisitDateBetweenOrderByVisitDate(site, record.firstDay(), record.lastDay()))
			.allSatisfy(count -> assertThat(centers.hoursOn(site, count.getVisitDate()).open())
				.as("open on %s", count.getVisitDate()).isTrue());
		assertThat(centers.hoursOn(site, LocalDate.of(2019, 1, 12)).open()).isTrue();
		// a center that never counted has no record
		assertThat(centers.visitorRecord(centers.findBySlug("gunsan").orElseThrow().id())).isEmpty();
	}

	@Test
	void staffOfAnotherCenterCannotChangeIt() {
		long busan = centers.findBySlug("busan").orElseThrow().id();
		long gimhae = centers.findBySlug("gimhae").orElseThrow().id();
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("gimhae-staff", "x",
				Authorities.CENTER_STAFF, Authorities.centerScope(gimhae)));
		int before = contacts.findByCenterIdOrderByPositionAscIdAsc(busan).size();
		assertThatThrownBy(() -> administration.addContact(busan, "침입팀", "없음", null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> administration.centerToManage(busan)).isInstanceOf(AccessDeniedException.class);
		assertThat(contacts.findByCenterIdOrderByPositionAscIdAsc(busan)).hasSize(before);
		assertThat(administration.manageableCenters()).extracting(Center::getSlug).containsExactly("gimhae");
	}

	@Test
	void runningTheDemoAgainAddsNothing() throws Exception {
		long centersBefore = centerRepository.count();
		long sitesBefore = sites.count();
		long contactsBefore = contacts.count();
		long visitsBefore = visitorCounts.count();
		demo.run(null);
		assertThat(centerRepository.count()).isEqualTo(centersBefore).isGreaterThanOrEqualTo(6);
		assertThat(sites.count()).isEqualTo(sitesBefore);
		assertThat(contacts.count()).isEqualTo(contactsBefore);
		assertThat(visitorCounts.count()).isEqualTo(visitsBefore);
	}

	private long mainSite(String slug) {
		return centers.sitesOf(centers.findBySlug(slug).orElseThrow().id()).get(0).id();
	}
}
