package org.ieum.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A citizen reads Busan's statistics on a phone: charts drawn from the tables, which stay readable. */
@IeumSpringTest
class StatisticsBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Test
	void chartsAreDrawnBesideTheirTablesOnA360PxPhone() {
		browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT).open("/c/busan");
		browser.driver().findElement(By.cssSelector(".nav-toggle")).click();
		browser.press("통계");
		assertThat(browser.heading()).contains("사회적경제 통계");
		// a chart is drawn once its box comes near the screen and Chart.js (fetched only then) has arrived,
		// each in a box that had its size before: the page does not move when a chart appears. On a phone the
		// table of contents fills the first screen, so the reader scrolls to the first chart.
		browser.js("document.querySelector('.stats-chart').scrollIntoView()");
		String drawn = "return Array.prototype.filter.call(document.querySelectorAll('.stats-chart canvas'),"
				+ " function (c) { return typeof Chart !== 'undefined' && Chart.getChart(c) !== undefined; }).length";
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> ((Number) browser.js(drawn)).intValue() >= 1);
		Number headingTop = (Number) browser.js("return document.getElementById('by-year').getBoundingClientRect().top + window.scrollY");
		// each poll brings the next chart not drawn yet into view (one scroll per poll, so the
		// browser renders a frame in which that chart is visible), until every chart is drawn
		String next = "var c = Array.prototype.find.call(document.querySelectorAll('.stats-chart canvas'),"
				+ " function (c) { return typeof Chart === 'undefined' || Chart.getChart(c) === undefined; });"
				+ " if (c) { c.parentElement.scrollIntoView(); } return c === undefined;";
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(300))
			.until(d -> Boolean.TRUE.equals(browser.js(next)));
		assertThat(((Number) browser.js(drawn)).intValue()).isGreaterThanOrEqualTo(5);
		assertThat(((Number) browser.js("return document.getElementById('by-year').getBoundingClientRect().top + window.scrollY"))
			.doubleValue()).isEqualTo(headingTop.doubleValue());
		Number width = (Number) browser.js("return document.querySelector('#by-type .stats-chart canvas').width");
		assertThat(width.intValue()).isPositive();
		String table = browser.driver().findElement(By.id("by-type-data")).getText();
		assertThat(table).contains("(예비)사회적기업", "(사회적)협동조합", "720");
		browser.assertNoHorizontalScroll("statistics at 360 px");
		browser.assertNoSeriousViolations("statistics at 360 px");
		browser.assertNoUnresolvedMessages("statistics at 360 px");
	}

	@Test
	void theSummaryForTheCityPrintsOnOneA4Page() throws Exception {
		browser.viewport(Browser.DESKTOP_WIDTH, 900).open("/c/busan/statistics/print");
		assertThat(browser.heading()).contains("사회적경제 현황 요약");
		browser.assertNoSeriousViolations("printable summary");
		PrintOptions options = new PrintOptions();
		options.setPageSize(new PageSize(29.7, 21.0));
		options.setOrientation(PrintOptions.Orientation.PORTRAIT);
		Pdf pdf = ((PrintsPage) browser.driver()).print(options);
		try (PDDocument document = Loader.loadPDF(Base64.getDecoder().decode(pdf.getContent()))) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("720").contains("기준일자");
		}
	}

	@Test
	void theNetworkPageIsInTheNetworkNavigation() {
		browser.viewport(Browser.DESKTOP_WIDTH, 900).open("/");
		browser.press("네트워크 통계");
		assertThat(browser.heading()).contains("이음 네트워크 전체");
		browser.assertNoSeriousViolations("network statistics");
	}
}
