package org.ieum.shared;

import org.ieum.support.Axe;
import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared layout as a visitor meets it on the Korean "page not found" page: the one
 * page every installation has whatever modules it runs.
 */
@IeumSpringTest
class ErrorPageBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH, Browser.NARROWEST_WIDTH })
	void notFoundPageIsKoreanAccessibleAndFitsTheScreen(int width) {
		browser.viewport(width, Browser.PHONE_HEIGHT).open("/no-such-page");

		assertThat(browser.heading()).isEqualTo("페이지를 찾을 수 없습니다");
		assertThat(browser.js("return document.documentElement.lang")).isEqualTo("ko");
		browser.assertNoUnresolvedMessages("404 page");
		browser.assertNoHorizontalScroll("404 page");
		browser.assertNoSeriousViolations("404 page at " + width + " px");
		browser.screenshot("404-" + width + "px");
	}

	@Test
	void skipLinkIsTheFirstStopAndMovesFocusToTheContent() {
		browser.open("/no-such-page");

		WebElement first = browser.tab();
		assertThat(first.getText()).isEqualTo("본문 바로가기");
		assertThat(first.isDisplayed()).as("skip link visible once focused").isTrue();

		first.sendKeys(Keys.ENTER);
		assertThat(browser.focused().getAttribute("id")).isEqualTo("main");
		assertThat(browser.tab().getText()).as("the next Tab continues inside the content")
			.isEqualTo("첫 화면으로");
	}

	@Test
	void axeRunsDespiteTheContentSecurityPolicyAndReportsWhatItFinds() {
		browser.open("/no-such-page");
		browser.js("var i = document.createElement('img'); i.src = '/favicon.ico';"
				+ " document.getElementById('main').appendChild(i);");

		assertThat(browser.violations()).extracting(Axe.Violation::id).contains("image-alt");
	}
}
