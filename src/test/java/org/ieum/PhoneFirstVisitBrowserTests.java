package org.ieum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A first visit on a phone over a slow mobile link (nothing cached): the page is drawn once and
 * nothing moves under the reader afterwards. The web fonts used to arrive a second later and
 * re-flow every line (layout shift 0.16 on the network page).
 */
@IeumSpringTest
class PhoneFirstVisitBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	private ChromeDriver chrome() {
		return (ChromeDriver) browser.driver();
	}

	/** Lighthouse's mobile link: 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up, and no cache. */
	private void slowMobileLink(boolean on) {
		chrome().executeCdpCommand("Network.enable", Map.of());
		chrome().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", on));
		chrome().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
				"latency", on ? 150 : 0, "downloadThroughput", on ? 1_600_000 / 8 : -1, "uploadThroughput", on ? 750_000 / 8 : -1));
	}

	@AfterEach
	void fastLinkAgain() {
		slowMobileLink(false);
	}

	@Test
	void nothingMovesWhenTheFontsArrive() {
		slowMobileLink(true);
		for (String path : List.of("/", "/c/gimhae", "/c/gimhae/boards/notice")) {
			browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT).open(path);
			// every layout shift since the page started, once both fonts had time to arrive (2 x 260 KB at 1.6 Mbit/s)
			Object shift = ((JavascriptExecutor) chrome()).executeAsyncScript("""
					var done = arguments[arguments.length - 1];
					var total = 0;
					new PerformanceObserver(function (list) {
					  list.getEntries().forEach(function (e) { if (!e.hadRecentInput) { total += e.value; } });
					}).observe({ type: 'layout-shift', buffered: true });
					setTimeout(function () { done(total); }, 4000);""");
			assertThat(((Number) shift).doubleValue()).as("layout shift on %s", path).isLessThan(0.1);
		}
	}
}
