package org.ieum.enterprises.imports;

import org.ieum.shared.imports.TableFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ieum.enterprises.imports.ImportFiles.freshNumber;
import static org.ieum.enterprises.imports.ImportFiles.wrongCheckDigit;

import java.nio.file.Path;
import java.util.List;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import pages as staff use them on a phone: upload, preview, confirm; and the export form. */
@IeumSpringTest
class ImportBrowserTests {

	static final String PASSWORD = "ieum2026!";

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	void checkPage(String name) {
		assertThat(browser.driver().findElements(By.cssSelector("main h1"))).as(name + " has an h1").isNotEmpty();
		browser.assertNoUnresolvedMessages(name);
		browser.assertNoHorizontalScroll(name);
		browser.assertNoSeriousViolations(name);
	}

	/** The next page has loaded once its heading reads this (the old page's elements go stale meanwhile). */
	void waitForHeading(String text) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElements(By.cssSelector("main h1")).stream().anyMatch(h -> h.getText().equals(text)));
	}

	@Test
	void uploadPreviewAndConfirmAt360Pixels() {
		String good = freshNumber();
		String name = OrganizationImportsTests.unique("휴대폰으로가져온마을기업");
		Path file = ImportFiles.csv("phone.csv", List.of(List.of("목록 제목"), OrganizationImportsTests.CENTER_WITH_NUMBER,
				List.of("마을기업", name, "", "", "부산 기장군 기장읍 1", "기장군", "", "", "", "", good),
				List.of("마을기업", OrganizationImportsTests.unique("틀린번호"), "", "", "부산 기장군 2", "기장군", "", "", "", "",
						wrongCheckDigit(freshNumber()))),
				TableFile.CP949, false);
		browser.logIn("staff.busan@ieum.example", PASSWORD);
		browser.viewport(360, 740).open("/admin/organizations/import");
		checkPage("upload");

		browser.attach("import-file", file).submit();

		waitForHeading("가져오기 미리보기");
		checkPage("preview");
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(name).contains("검증번호 오류");

		browser.driver().findElement(By.cssSelector("label[for=validRowsOnly]")).click();
		browser.press("가져오기");

		waitForHeading("가져오기 완료");
		assertThat(browser.driver().findElement(By.id("count-created")).getText()).isEqualTo("1");
		checkPage("done");
		assertThat(jdbc.queryForObject("select count(*) from enterprises_organization where name = ?", Integer.class, name))
			.isOne();
	}

	@Test
	void exportAndUploadPagesAtEveryWidth() {
		browser.logIn("staff.busan@ieum.example", PASSWORD);
		List<String> problems = browser.problemsOnPages(new int[] { Browser.DESKTOP_WIDTH, Browser.NARROWEST_WIDTH },
				"/admin/organizations/import", "/admin/organizations/export?q=",
				"/admin/organizations/export?personal=true&error=imports.export.reasonRequired");
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
	}
}
