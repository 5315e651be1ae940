package org.ieum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * On a phone the menu is closed from the first paint, by the style sheet alone: a page that
 * drew it open and closed it once the script ran jumped by most of a screen (layout shift 0.78).
 * Without JavaScript the 메뉴 link still opens it.
 */
@IeumSpringTest
class PhoneMenuBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	private void scripts(boolean enabled) {
		((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setScriptExecutionDisabled",
				Map.of("value", !enabled));
	}

	@AfterEach
	void scriptsBackOn() {
		scripts(true);
	}

	@Test
	void withoutAnyScriptTheMenuIsClosedOnAPhoneAndTheMenuLinkOpensIt() {
		scripts(false);
		for (String path : List.of("/", "/c/busan", "/c/busan/statistics", "/c/gimhae/education")) {
			browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT).open(path);
			assertThat(browser.driver().findElement(By.id("gnb")).isDisplayed()).as("menu on %s", path).isFalse();
			assertThat(browser.driver().findElement(By.cssSelector(".nav-toggle")).isDisplayed()).as(path).isTrue();
		}
		WebElement toggle = browser.driver().findElement(By.cssSelector(".nav-toggle"));
		toggle.click();
		WebElement nav = browser.driver().findElement(By.id("gnb"));
		assertThat(nav.isDisplayed()).isTrue();
		assertThat(nav.findElement(By.partialLinkText("센터소개")).isDisplayed()).isTrue();
		scripts(true); // axe itself needs scripts; the page stays as it is
		browser.assertNoSeriousViolations("portal menu opened without scripts");
	}

	@Test
	void theAdminMenuIsClosedOnAPhoneToo() {
		browser.logIn("admin@ieum.example", "ieum2026!");
		scripts(false);
		browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT).open("/admin");
		assertThat(browser.driver().findElement(By.id("gnb")).isDisplayed()).isFalse();
		scripts(true);
		browser.open("/admin");
		WebElement toggle = browser.driver().findElement(By.cssSelector(".nav-toggle"));
		assertThat(toggle.getAttribute("role")).isEqualTo("button");
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
		toggle.click();
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(browser.driver().findElement(By.id("gnb")).isDisplayed()).isTrue();
		toggle.click();
		assertThat(browser.driver().findElement(By.id("gnb")).isDisplayed()).isFalse();
		assertThat(browser.driver().getCurrentUrl()).doesNotContain("#gnb");
	}

	@Test
	void atDesktopWidthTheMenuShowsAndTheMenuLinkDoesNot() {
		browser.viewport(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT).open("/c/busan");
		assertThat(browser.driver().findElement(By.id("gnb")).isDisplayed()).isTrue();
		assertThat(browser.driver().findElement(By.cssSelector(".nav-toggle")).isDisplayed()).isFalse();
		// htmx is left out where no element uses it
		assertThat(browser.js("return typeof htmx")).isEqualTo("undefined");
		// where it runs, it adds no inline styles that the Content-Security-Policy refuses (an error in the console)
		browser.open("/c/busan/organizations");
		assertThat(browser.js("return typeof htmx !== 'undefined' && document.querySelectorAll('style').length")).isEqualTo(0L);
	}
}
