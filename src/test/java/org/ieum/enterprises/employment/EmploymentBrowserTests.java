package org.ieum.enterprises.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The employment pages of the manager and of staff, and the import page, at 1280 and 360 px: an h1, no untranslated
 * key, no sideways scrolling, no serious axe violation; and more vulnerable-group workers than workers is refused on
 * the page.
 */
@IeumSpringTest
class EmploymentBrowserTests {

	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	/** The demo member's organization, with the demo's employment years on file. */
	private long memberOrganization() {
		return jdbc.queryForObject("select o.id from enterprises_organization o join enterprises_manager m on m.organization_id = o.id"
				+ " join identity_account a on a.id = m.account_id where a.email = 'member@ieum.example'"
				+ " and exists (select 1 from enterprises_employment e where e.organization_id = o.id) order by o.id limit 1",
				Long.class);
	}

	private void type(String id, String value) {
		WebElement field = browser.driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	@Test
	void theManagersPageAndARefusedEntry() {
		long organization = memberOrganization();
		browser.logIn("member@ieum.example", "ieum2026!");
		List<String> problems = new ArrayList<>(browser.problemsOnPages(WIDTHS,
				"/my/organizations/" + organization + "/employment", "/c/busan/my/organizations/" + organization + "/employment"));
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
		browser.open("/my/organizations/" + organization + "/employment");
		assertThat(browser.driver().findElement(By.id("employment-years")).getText()).contains("년", "명");
		type("employment-year", "2021");
		type("employment-employees", "3");
		type("employment-vulnerable", "4");
		type("employment-newHires", "1");
		browser.driver().findElement(By.cssSelector("form[action$='/employment'] button[type=submit]")).click();
		assertThat(browser.awaitText("body", "취약계층 고용이")).contains("취약계층 고용이 전체 고용 인원보다 많을 수 없습니다.");
		browser.assertNoSeriousViolations("employment page with a refused entry");
		assertThat(jdbc.queryForObject("select count(*) from enterprises_employment where organization_id = ? and report_year = 2021",
				Integer.class, organization)).isZero();
	}

	@Test
	void theStaffPageAndTheImport() {
		long organization = memberOrganization();
		browser.logIn("staff.busan@ieum.example", "ieum2026!");
		List<String> problems = new ArrayList<>(browser.problemsOnPages(WIDTHS,
				"/admin/organizations/" + organization + "/employment", "/admin/organizations/employment/import",
				"/admin/dashboard"));
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
		browser.open("/admin/dashboard");
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("연도별 새 일자리", "개 조직이 만든 새 일자리");
	}
}
