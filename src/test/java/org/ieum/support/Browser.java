package org.ieum.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * One headless Chromium for a whole test class, pointed at the application a
 * {@code @IeumSpringTest} started on its random port. Register it as a static field:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final Browser browser = new Browser();
 * </pre>
 *
 * Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} are passed
 * explicitly so Selenium Manager never looks for (or downloads) a browser. Without them
 * the class is skipped, unless {@code IEUM_REQUIRE_BROWSER=true} (CI), where it fails.
 * Before each test the window is back at {@value #DESKTOP_WIDTH}x{@value #DESKTOP_HEIGHT}
 * and the cookies are gone, so tests do not depend on each other's order; a failing test
 * leaves a screenshot in {@code target/screenshots}.
 */
public final class Browser implements ExecutionCondition, BeforeAllCallback, AfterAllCallback, BeforeEachCallback, TestWatcher {

	public static final int DESKTOP_WIDTH = 1280;
	public static final int DESKTOP_HEIGHT = 900;
	public static final int PHONE_WIDTH = 360;
	public static final int PHONE_HEIGHT = 780;
	public static final int NARROWEST_WIDTH = 320;

	static final String REQUIRE_ENV = "IEUM_REQUIRE_BROWSER";

	private static final String INSTALL_HINT = "Browser tests need Debian's chromium and chromium-driver packages"
			+ " (apt-get install chromium chromium-driver).";

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");
	private static final Path PROFILES = Path.of("target", "browser-profiles");

	private final Path chromium = Path.of(System.getProperty("ieum.chromium", "/usr/bin/chromium"));
	private final Path chromedriver = Path.of(System.getProperty("ieum.chromedriver", "/usr/bin/chromedriver"));

	private ChromeDriver driver;
	private ChromeDriverService service;
	private Path profile;
	private String baseUrl;
	private WebElement lastFilled;

	/**
	 * Skips the whole class before Spring starts its context when the browser is missing,
	 * so a machine without Chromium pays nothing; CI asks for a failure instead.
	 */
	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Optional<String> missing = missingBinary();
		if (missing.isEmpty() || required()) {
			return ConditionEvaluationResult.enabled("browser present or required");
		}
		return ConditionEvaluationResult.disabled("Skipped: " + missing.get() + " " + INSTALL_HINT + " Set "
				+ REQUIRE_ENV + "=true to make a missing browser fail the build.");
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		Optional<String> missing = missingBinary();
		if (missing.isPresent()) {
			fail(missing.get() + " " + INSTALL_HINT + " " + REQUIRE_ENV + "=true, so a missing browser is a failure.");
		}
		// Belt and braces: Selenium skips its manager when the driver path is known up front.
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.toString());
		Files.createDirectories(PROFILES);
		profile = Files.createTempDirectory(PROFILES.toAbsolutePath(), context.getRequiredTestClass().getSimpleName() + "-");
		service = new ChromeDriverService.Builder()
			.usingDriverExecutable(chromedriver.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--lang=ko-KR", "--user-data-dir=" + profile,
				"--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ko-KR,ko"));
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		try {
			if (driver != null) {
				driver.quit();
			}
		}
		finally {
			driver = null;
			if (service != null) {
				service.stop();
			}
			deleteProfile();
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		if (baseUrl == null) {
			baseUrl = serverUrl(context);
		}
		lastFilled = null;
		driver.get("about:blank");
		driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT);
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		if (driver != null) {
			try {
				screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
						+ "-failed");
			}
			catch (RuntimeException ex) {
				cause.addSuppressed(ex);
			}
		}
	}

	public WebDriver driver() {
		return driver;
	}

	/** Where the application under test answers, e.g. {@code http://localhost:41234}. */
	public String baseUrl() {
		return baseUrl;
	}

	/**
	 * Sets the size of the page's viewport (what CSS media queries see), not of the window
	 * around it, so 320 means a 320 px wide layout.
	 */
	public Browser viewport(int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
		@SuppressWarnings("unchecked")
		List<Long> inner = (List<Long>) js("return [window.innerWidth, window.innerHeight];");
		int dw = width - inner.get(0).intValue();
		int dh = height - inner.get(1).intValue();
		if (dw != 0 || dh != 0) {
			driver.manage().window().setSize(new Dimension(width + dw, height + dh));
		}
		return this;
	}

	/** Opens a path of the application, e.g. {@code open("/c/busan")}. */
	public Browser open(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	/** The form control with this id, or else the one whose label reads exactly this text. */
	public WebElement field(String labelOrId) {
		List<WebElement> byId = driver.findElements(By.id(labelOrId));
		if (!byId.isEmpty()) {
			return byId.get(0);
		}
		String text = xpathLiteral(labelOrId);
		List<WebElement> labels = driver.findElements(By.xpath("//label[normalize-space(.)=" + text + "]"));
		for (WebElement label : labels) {
			String target = label.getAttribute("for");
			if (target != null && !target.isEmpty()) {
				return driver.findElement(By.id(target));
			}
			List<WebElement> nested = label.findElements(By.cssSelector("input, select, textarea"));
			if (!nested.isEmpty()) {
				return nested.get(0);
			}
		}
		throw new NoSuchElementException("No field with id or label '" + labelOrId + "' on " + driver.getCurrentUrl());
	}

	/** Replaces the value of a text field, or picks an option of a select, found by label or id. */
	public Browser fill(String labelOrId, String value) {
		WebElement field = field(labelOrId);
		if ("select".equals(field.getTagName())) {
			new Select(field).selectByVisibleText(value);
		}
		else {
			field.clear();
			field.sendKeys(value);
		}
		lastFilled = field;
		return this;
	}

	/** Chooses a file in a file input found by label or id, as picking it in the dialog would (an absolute path). */
	public Browser attach(String labelOrId, Path file) {
		WebElement field = field(labelOrId);
		field.sendKeys(file.toAbsolutePath().toString());
		lastFilled = field;
		return this;
	}

	/** Submits the form last filled in by pressing its submit button, as a user would. */
	public Browser submit() {
		if (lastFilled == null) {
			throw new IllegalStateException("Nothing filled yet; use press(buttonText) for a form without fields");
		}
		WebElement form = lastFilled.findElement(By.xpath("ancestor::form[1]"));
		form.findElement(By.cssSelector("button:not([type]), button[type=submit], input[type=submit]")).click();
		lastFilled = null;
		return this;
	}

	/** Clicks the button or link that reads exactly this text. */
	public Browser press(String text) {
		String literal = xpathLiteral(text);
		driver.findElement(By.xpath("(//button[normalize-space(.)=" + literal + "] | //a[normalize-space(.)=" + literal
				+ "] | //input[@type='submit' and @value=" + literal + "])[1]")).click();
		return this;
	}

	/**
	 * Waits up to ten seconds until the element shows text containing {@code fragment}, and
	 * returns its text. A click that loads a new page leaves the old page readable for a
	 * moment (and its elements go stale under the reader), so reading at once is a race;
	 * after the wait it returns whatever the element shows, so the assertion names it.
	 */
	public String awaitText(String css, String fragment) {
		String[] last = { null };
		try {
			new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
				try {
					WebElement element = d.findElement(By.cssSelector(css));
					last[0] = element.getText();
					return element.isDisplayed() && last[0].contains(fragment);
				}
				catch (NoSuchElementException | StaleElementReferenceException ex) {
					return false;
				}
				catch (WebDriverException ex) {
					// Chromium 156 reports an element of the page being left as an inspector error, not as stale
					if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
						return false;
					}
					throw ex;
				}
			});
		}
		catch (TimeoutException ex) {
			// fall through: the caller's assertion reports what the page shows
		}
		return last[0] == null ? "(no element " + css + ")" : last[0];
	}

	/** The text of the page's main heading, the {@code h1} inside {@code main}. */
	public String heading() {
		return driver.findElement(By.cssSelector("main h1")).getText();
	}

	public String title() {
		return driver.getTitle();
	}

	/** Presses Tab once and returns the element that then has focus. */
	public WebElement tab() {
		new Actions(driver).sendKeys(Keys.TAB).perform();
		return focused();
	}

	public WebElement focused() {
		return driver.switchTo().activeElement();
	}

	/** Writes {@code target/screenshots/<name>.png} and returns its path. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name.replaceAll("[^\\p{L}\\p{N}._-]", "_") + ".png");
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Fails when the page scrolls sideways at the current width (content wider than the
	 * viewport), naming the elements that stick out so the culprit is easy to find.
	 */
	public void assertNoHorizontalScroll(String pageName) {
		@SuppressWarnings("unchecked")
		Map<String, Object> m = (Map<String, Object>) js("""
				var w = window.innerWidth;
				var wide = Array.from(document.querySelectorAll('body *'))
				  .filter(function (e) { return e.getBoundingClientRect().right > w + 0.5; })
				  .slice(0, 5)
				  .map(function (e) {
				    return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
				      + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
				      + ' right=' + Math.round(e.getBoundingClientRect().right);
				  });
				return {scroll: document.documentElement.scrollWidth, inner: w, wide: wide};
				""");
		long scroll = ((Number) m.get("scroll")).longValue();
		long inner = ((Number) m.get("inner")).longValue();
		if (scroll > inner) {
			screenshot(pageName + "-" + inner + "px-horizontal-scroll");
		}
		assertThat(scroll)
			.as("%s scrolls sideways at %d px (document %d px wide); widest elements: %s", pageName, inner, scroll,
					m.get("wide"))
			.isLessThanOrEqualTo(inner);
	}

	/** Fails when the page shows Thymeleaf's {@code ??key_ko??} marker of a message key that does not exist. */
	public void assertNoUnresolvedMessages(String pageName) {
		String text = driver.findElement(By.tagName("body")).getText();
		assertThat(text).as("%s shows a message key that has no text", pageName).doesNotContainPattern("\\?\\?[^?\\n]+\\?\\?");
	}

	/**
	 * Opens each path at each width and checks what every page must satisfy: an h1 in main,
	 * no untranslated message key, no sideways scrolling, no serious or critical axe
	 * violation. Returns every problem found, so one run lists them all.
	 */
	public List<String> problemsOnPages(int[] widths, String... paths) {
		List<String> problems = new ArrayList<>();
		for (int width : widths) {
			viewport(width, PHONE_HEIGHT);
			for (String path : paths) {
				open(path);
				String name = path + " at " + width + " px";
				collect(problems, () -> assertThat(driver.findElements(By.cssSelector("main h1"))).as(name + " has an h1")
					.isNotEmpty());
				collect(problems, () -> assertNoUnresolvedMessages(name));
				collect(problems, () -> assertThat(driver.findElements(By.cssSelector("meta[name=description]")))
					.as(name + " describes itself for search engines and link previews").singleElement()
					.satisfies(meta -> assertThat(meta.getAttribute("content")).isNotBlank()));
				collect(problems, () -> assertNoHorizontalScroll(name));
				collect(problems, () -> assertNoSeriousViolations(name));
			}
		}
		return problems;
	}

	/** Signs in through the login form and waits until the redirect to My page (staff: the admin home) has landed. */
	public Browser logIn(String email, String password) {
		viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT).open("/login");
		fill("email", email).fill("password", password).submit();
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.urlMatches(".*/(my|admin)$"));
		return this;
	}

	private static void collect(List<String> problems, Runnable check) {
		try {
			check.run();
		}
		catch (AssertionError ex) {
			problems.add(ex.getMessage());
		}
	}

	/** Runs axe-core on the current page; see {@link Axe#assertNoSeriousViolations}. */
	public void assertNoSeriousViolations(String pageName) {
		try {
			Axe.assertNoSeriousViolations(driver, pageName);
		}
		catch (AssertionError ex) {
			screenshot(pageName + "-axe");
			throw ex;
		}
	}

	public List<Axe.Violation> violations() {
		return Axe.violations(driver);
	}

	public Object js(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	private static boolean required() {
		return "true".equalsIgnoreCase(System.getenv(REQUIRE_ENV));
	}

	private Optional<String> missingBinary() {
		for (Path binary : List.of(chromium, chromedriver)) {
			if (!Files.isExecutable(binary)) {
				return Optional.of(binary + " is missing or not executable.");
			}
		}
		return Optional.empty();
	}

	private static String serverUrl(ExtensionContext context) {
		ApplicationContext spring = SpringExtension.getApplicationContext(context);
		String port = spring.getEnvironment().getProperty("local.server.port");
		if (port == null) {
			throw new IllegalStateException("Browser tests need a running server: use @IeumSpringTest (RANDOM_PORT)");
		}
		return "http://localhost:" + port;
	}

	private static String xpathLiteral(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		if (!text.contains("\"")) {
			return "\"" + text + "\"";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

	private void deleteProfile() {
		if (profile == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			// A leftover profile under target/ is harmless; mvn clean removes it.
		}
		profile = null;
	}
}
