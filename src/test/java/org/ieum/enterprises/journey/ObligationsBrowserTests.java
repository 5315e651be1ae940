package org.ieum.enterprises.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The obligations pages of staff and of an organization's manager at 1280 and 360 px: an h1, no untranslated key,
 * no sideways scrolling, no serious axe violation; and a refused closing shows its message on the page.
 */
@IeumSpringTest
class ObligationsBrowserTests {

	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	private long memberOrganization() {
		return jdbc.queryForObject("select o.id from enterprises_organization o join enterprises_manager m on m.organization_id = o.id"
				+ " join identity_account a on a.id = m.account_id where a.email = 'member@ieum.example' order by o.id limit 1",
				Long.class);
	}

	@Test
	void theManagersObligationsPage() {
		long organization = memberOrganization();
		browser.logIn("member@ieum.example", "ieum2026!");
		List<String> problems = new ArrayList<>(browser.problemsOnPages(WIDTHS,
				"/my/organizations/" + organization + "/obligations", "/c/busan/my/organizations/" + organization + "/obligations"));
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
		browser.open("/my/organizations/" + organization + "/obligations");
		assertThat(browser.driver().findElement(By.tagName("table")).getText()).contains("사업보고서 제출", "완료");
	}

	@Test
	void theStaffPagesAndARefusedClosing() {
		long organization = memberOrganization();
		browser.logIn("staff.busan@ieum.example", "ieum2026!");
		List<String> problems = new ArrayList<>(browser.problemsOnPages(WIDTHS, "/admin/organizations/obligations",
				"/admin/organizations/obligations?overdue=true", "/admin/organizations/" + organization + "/obligations",
				"/admin/dashboard"));
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
		browser.open("/admin/organizations/" + organization + "/obligations");
		browser.driver().findElement(By.cssSelector("form.obligation-close button[type=submit]")).click();
		// the refusal comes on the next page: wait for it rather than read the page being left
		assertThat(browser.awaitText("body", "완료로 기록하려면"))
			.contains("완료로 기록하려면 처리 메모나 증빙 파일 중 하나를 남겨 주세요.");
		browser.assertNoSeriousViolations("obligations with a refused closing");
	}
}
