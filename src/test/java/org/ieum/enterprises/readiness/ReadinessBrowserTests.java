package org.ieum.enterprises.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The readiness checklist of staff and the manager's view at 1280 and 360 px: an h1, no untranslated key, no sideways
 * scrolling, no serious axe violation; and 충족 without its evidence is refused on the page.
 */
@IeumSpringTest
class ReadinessBrowserTests {

	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	/** The demo member's organization, whose social enterprise checklist the demo data started. */
	private long memberOrganization() {
		return jdbc.queryForObject("select o.id from enterprises_organization o join enterprises_manager m on m.organization_id = o.id"
				+ " join identity_account a on a.id = m.account_id where a.email = 'member@ieum.example'"
				+ " and exists (select 1 from enterprises_readiness_item r where r.organization_id = o.id) order by o.id limit 1",
				Long.class);
	}

	@Test
	void theManagersView() {
		long organization = memberOrganization();
		browser.logIn("member@ieum.example", "ieum2026!");
		List<String> problems = new ArrayList<>(browser.problemsOnPages(WIDTHS,
				"/my/organizations/" + organization + "/readiness", "/c/busan/my/organizations/" + organization + "/readiness"));
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
		browser.open("/my/organizations/" + organization + "/readiness");
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("충족", "보완 필요", "%");
	}

	@Test
	void theChecklistLinksToTheGuideOfItsDesignation() {
		long organization = memberOrganization();
		browser.logIn("member@ieum.example", "ieum2026!");
		browser.open("/my/organizations/" + organization + "/readiness");
		browser.press("사회적기업(인증) 절차·요건·준비서류·일정 안내 보기");
		assertThat(browser.awaitText("main h1", "안내")).isEqualTo("사회적기업(인증) 안내");
		assertThat(browser.driver().getCurrentUrl()).endsWith("/guides/social-enterprise");
		browser.assertNoSeriousViolations("the guide opened from the checklist");
	}

	@Test
	void theStaffChecklistAndARefusedMet() {
		long organization = memberOrganization();
		browser.logIn("staff.busan@ieum.example", "ieum2026!");
		List<String> problems = new ArrayList<>(browser.problemsOnPages(WIDTHS,
				"/admin/organizations/" + organization + "/readiness"));
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
		browser.open("/admin/organizations/" + organization + "/readiness");
		new Select(browser.driver().findElement(By.id("state-SE_SOCIAL_PURPOSE"))).selectByValue("MET");
		browser.driver().findElement(By.cssSelector("form[aria-labelledby='item-SE_SOCIAL_PURPOSE'] button[type=submit]"))
			.click();
		assertThat(browser.awaitText("body", "증빙 파일을 올려")).contains("이 요건을 충족으로 기록하려면 증빙 파일을 올려 주세요.");
		browser.assertNoSeriousViolations("checklist with a refused 충족");
	}
}
