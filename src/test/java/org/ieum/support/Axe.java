package org.ieum.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.fail;

/**
 * Runs axe-core from the {@code org.webjars.npm:axe-core} test dependency inside the page
 * the browser shows. The script is injected through WebDriver rather than a script tag, so
 * the application's Content-Security-Policy ({@code script-src 'self'}) does not block it
 * and the page under test stays exactly what users get.
 */
public final class Axe {

	/** What the project promises: WCAG 2.1 A and AA (the intent of KWCAG 2.2) plus axe's best practices. */
	public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	private static final int SHOWN_TARGETS = 3;

	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
			  .then(function (r) {
			    done({violations: r.violations.map(function (v) {
			      return {id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
			        targets: v.nodes.map(function (n) { return n.target.join(' '); })};
			    })});
			  })
			  .catch(function (e) { done({error: String(e)}); });
			""";

	private static volatile String script;

	private Axe() {
	}

	public record Violation(String id, String impact, String help, String helpUrl, List<String> targets) {

		public boolean blocking() {
			return BLOCKING.contains(impact);
		}

		String describe() {
			List<String> shown = targets.stream().limit(SHOWN_TARGETS).toList();
			String more = targets.size() > SHOWN_TARGETS ? " (+" + (targets.size() - SHOWN_TARGETS) + " more)" : "";
			return "- " + id + " [" + impact + "] " + help + "\n    " + String.join("\n    ", shown) + more
					+ "\n    " + helpUrl;
		}
	}

	/** Every violation on the current page, whatever its impact. */
	public static List<Violation> violations(WebDriver driver) {
		return violations(driver, TAGS);
	}

	/** Every violation of the rules with these tags (add "experimental" for axe's newer rules). */
	@SuppressWarnings("unchecked")
	public static List<Violation> violations(WebDriver driver, List<String> tags) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		Boolean loaded = (Boolean) js.executeScript("return typeof window.axe === 'object';");
		if (!Boolean.TRUE.equals(loaded)) {
			js.executeScript(script());
		}
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(RUN, tags);
		if (result.get("error") != null) {
			throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + result.get("error"));
		}
		return ((List<Map<String, Object>>) result.get("violations")).stream()
			.map(v -> new Violation((String) v.get("id"), String.valueOf(v.get("impact")), (String) v.get("help"),
					(String) v.get("helpUrl"), (List<String>) v.get("targets")))
			.toList();
	}

	/** Fails listing every serious or critical violation on the current page. */
	public static void assertNoSeriousViolations(WebDriver driver, String pageName) {
		List<Violation> blocking = violations(driver).stream().filter(Violation::blocking).toList();
		if (!blocking.isEmpty()) {
			fail(blocking.size() + " serious or critical accessibility violation(s) on " + pageName + " ("
					+ driver.getCurrentUrl() + "):\n"
					+ blocking.stream().map(Violation::describe).collect(Collectors.joining("\n")));
		}
	}

	/** The axe-core version on the test classpath, read from the WebJar so a version bump needs no code change. */
	public static String version() {
		Properties pom = new Properties();
		try (InputStream in = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
			pom.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pom.getProperty("version");
	}

	private static String script() {
		if (script == null) {
			try (InputStream in = resource("META-INF/resources/webjars/axe-core/" + version() + "/axe.min.js")) {
				script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return script;
	}

	private static InputStream resource(String name) {
		InputStream in = Axe.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException(name + " is not on the test classpath (org.webjars.npm:axe-core)");
		}
		return in;
	}
}
