package org.ieum.spaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;

import org.ieum.centers.CentersApi;
import org.ieum.shared.Seoul;
import org.ieum.support.Axe;
import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen books on a phone, staff approve, the booking shows in the staff calendar and
 * the space's iCal feed; every spaces page at 1280 and 320 px has an h1, no untranslated
 * key, no sideways scrolling and no serious axe violation.
 */
@IeumSpringTest
class SpacesBrowserTests {

	static final String PASSWORD = "ieum2026!";
	static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.NARROWEST_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	SpaceCatalog catalog;

	@Autowired
	CentersApi centers;

	@Autowired
	Clock clock;

	@Autowired
	SpacePhotos photos;

	@Autowired
	Reservations bookings;

	SpacesFixtures fixtures;

	private final List<String> problems = new ArrayList<>();

	@BeforeEach
	void setUp() {
		fixtures = new SpacesFixtures(catalog, centers, clock);
		browser.driver().manage().deleteAllCookies();
	}

	private void check(String... paths) {
		problems.addAll(browser.problemsOnPages(WIDTHS, paths));
	}

	private void assertNoProblems() {
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
	}

	private WebDriverWait waiting() {
		return new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
	}

	@Test
	void aCitizenBooksOnAPhoneStaffApproveAndTheBookingShowsInTheCalendarAndFeed() throws Exception {
		long space = fixtures.space("휴대폰예약실", 12, true);
		LocalDate day = fixtures.openDay("gimhae", 2);
		String center = String.valueOf(fixtures.centerId("gimhae"));

		browser.logIn("citizen@ieum.example", PASSWORD);
		browser.viewport(Browser.PHONE_WIDTH, 740).open("/c/gimhae/spaces/" + space + "?date=" + day);
		browser.assertNoHorizontalScroll("space page at 360 px");
		browser.assertNoSeriousViolations("space page at 360 px");
		browser.fill("book-start", "10:00").fill("book-end", "12:00").fill("book-purpose", "마을 소모임 정기 회의")
			.fill("book-headcount", "6").submit();
		// the confirmation stays in the center's portal: its name in the header, its menu
		waiting().until(ExpectedConditions.urlMatches(".*/c/gimhae/spaces/reservations/\\d+$"));
		String mine = browser.driver().findElement(By.tagName("main")).getText();
		assertThat(mine).contains("휴대폰예약실", "승인 대기", "마을 소모임 정기 회의");
		assertThat(browser.driver().findElement(By.cssSelector(".brand-name")).getText()).contains("김해");
		browser.assertNoHorizontalScroll("booking confirmation at 360 px");
		browser.assertNoSeriousViolations("booking confirmation at 360 px");

		browser.driver().manage().deleteAllCookies();
		browser.logIn("staff.gimhae@ieum.example", PASSWORD);
		browser.viewport(Browser.PHONE_WIDTH, 740).open("/admin/spaces/queue?center=" + center);
		browser.assertNoHorizontalScroll("approval queue at 360 px");
		browser.driver().findElement(By.cssSelector("button[aria-label$='휴대폰예약실 예약 승인']")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "예약을 승인했습니다"));

		browser.open("/admin/spaces/calendar?center=" + center + "&date=" + day);
		String calendar = browser.driver().findElement(By.tagName("main")).getText();
		assertThat(calendar).contains("휴대폰예약실", "10:00~12:00", "예약 확정", "마을 소모임 정기 회의");
		browser.assertNoHorizontalScroll("staff calendar at 360 px");

		HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create(browser.baseUrl() + "/c/gimhae/spaces/" + space + "/calendar.ics")).build(),
				HttpResponse.BodyHandlers.ofString());
		List<VEvent> events = new CalendarBuilder().build(new StringReader(feed.body())).getComponents("VEVENT");
		Instant start = day.atTime(10, 0).atZone(Seoul.ZONE).toInstant();
		assertThat(events).singleElement().satisfies(e -> {
			assertThat(Instant.from(e.getDateTimeStart().getDate())).isEqualTo(start);
			assertThat(e.getStatus().getValue()).isEqualTo("CONFIRMED");
		});
	}

	@Test
	void theMonthReadsAsLabelledDaysWithWeekdayHeadersReadableTextAndNoSeriousFindingsEvenExperimental() {
		long space = fixtures.space("달력점검실", 8, false);
		for (int width : WIDTHS) {
			browser.viewport(width, Browser.DESKTOP_HEIGHT).open("/c/gimhae/spaces/" + space);
			List<String> weekdays = browser.driver().findElements(By.cssSelector(".spaces-month-grid thead th")).stream()
				.map(e -> e.getAttribute("textContent").strip()).toList();
			assertThat(weekdays).containsExactly("월", "화", "수", "목", "금", "토", "일");
			assertThat(browser.driver().findElement(By.id("month-h")).getText()).doesNotContain(",");
			for (WebElement state : browser.driver().findElements(By.cssSelector(".spaces-daystate"))) {
				assertThat(Double.parseDouble(state.getCssValue("font-size").replace("px", "")))
					.as("day state text at " + width + " px").isGreaterThanOrEqualTo(14);
				assertThat(state.getText()).doesNotContain("칸").isNotBlank();
			}
			List<Axe.Violation> serious = Axe.violations(browser.driver(), EXPERIMENTAL).stream()
				.filter(Axe.Violation::blocking).toList();
			assertThat(serious).as("serious findings at " + width + " px, experimental rules included").isEmpty();
			browser.assertNoHorizontalScroll("space page at " + width + " px");
		}
	}

	@Test
	void aFreeTimeFillsTheFormAndAFailedBookingShowsItsMessageWhereThePersonIsAndFocusesIt() {
		long space = fixtures.space("빈시간실", 4, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		browser.logIn("citizen@ieum.example", PASSWORD);
		browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT).open("/c/gimhae/spaces/" + space + "?date=" + day);
		// on a phone the form is near the top, not below the month and the week
		Number formTop = (Number) browser.js("return document.getElementById('book-h').getBoundingClientRect().top + window.scrollY;");
		assertThat(formTop.doubleValue()).isLessThan(1600);
		assertThat(new Select(browser.field("book-start")).getFirstSelectedOption().getText())
			.isNotEqualTo("00:00");

		browser.driver().findElement(By.cssSelector(".spaces-day .spaces-slot-free a[href*='start=11:00']")).click();
		waiting().until(ExpectedConditions.urlContains("start=11:00"));
		assertThat(new Select(browser.field("book-start")).getFirstSelectedOption().getText())
			.isEqualTo("11:00");
		assertThat(new Select(browser.field("book-end")).getFirstSelectedOption().getText())
			.isEqualTo("12:00");

		browser.fill("book-purpose", "너무 많은 인원").fill("book-headcount", "9").submit();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("book-errors")));
		WebElement errors = browser.driver().findElement(By.id("book-errors"));
		assertThat(errors.getText()).contains("수용 인원(4명)을 넘습니다");
		assertThat(browser.focused().getAttribute("id")).isEqualTo("book-errors");
		Number errorTop = (Number) browser.js("return arguments[0].getBoundingClientRect().top;", errors);
		assertThat(errorTop.doubleValue()).as("the message is on the screen the person sees")
			.isBetween(-1.0, (double) Browser.PHONE_HEIGHT);
		browser.assertNoSeriousViolations("failed booking at 360 px");
	}

	static final List<String> EXPERIMENTAL = Stream.concat(Axe.TAGS.stream(),
			Stream.of("experimental")).toList();

	@Test
	void publicPages() {
		long space = fixtures.space("공개화면실", 8, false);
		SpacesFixtures.photo(photos, space, "공개화면실 전경: 원탁 하나와 의자 여덟 개");
		LocalDate day = fixtures.openDay("gimhae", 2);
		check("/c/gimhae/spaces", "/c/gimhae/spaces/" + space, "/c/gimhae/spaces/" + space + "?date=" + day,
				"/c/gimhae/spaces/today", "/c/busan/spaces", "/c/gwangju/spaces");
		assertNoProblems();
	}

	@Test
	void citizenPages() {
		long space = fixtures.space("시민화면실", 8, false);
		browser.logIn("citizen@ieum.example", PASSWORD);
		check("/my/reservations", "/c/gimhae/spaces/" + space);

		// a weekly series whose second week is taken ends on the result page, which must work on a phone too
		LocalDate day = fixtures.openDay("gimhae", 2);
		bookings.book(SpacesFixtures.request(space, day.plusWeeks(1), 10, 11), SpacesFixtures.person());
		browser.viewport(Browser.NARROWEST_WIDTH, 740).open("/c/gimhae/spaces/" + space + "?date=" + day);
		browser.fill("book-start", "10:00").fill("book-end", "11:00").fill("book-purpose", "독서 소모임")
			.fill("book-headcount", "4").fill("book-weeks", "3").submit();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "예약 결과"));
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("이미 예약된 시간입니다");
		browser.assertNoHorizontalScroll("series result at 320 px");
		browser.assertNoSeriousViolations("series result at 320 px");
		browser.assertNoUnresolvedMessages("series result at 320 px");
		assertNoProblems();
	}

	@Test
	void staffPages() {
		long space = fixtures.space("직원화면실", 8, true);
		SpacesFixtures.photo(photos, space, "직원화면실 입구");
		browser.logIn("staff.gimhae@ieum.example", PASSWORD);
		check("/admin/spaces", "/admin/spaces/new", "/admin/spaces/" + space, "/admin/spaces/queue",
				"/admin/spaces/calendar", "/admin/spaces/usage");
		assertNoProblems();
	}
}
