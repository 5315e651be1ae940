package org.ieum.enterprises.stages;

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
 * The pipeline board, an organization's stage page and the directory filtered by stage at 1280 and 360 px: an h1, no
 * untranslated key, no sideways scrolling, no serious axe violation; a move back without a reason is refused on the page.
 */
@IeumSpringTest
class StagesBrowserTests {

	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	/** A demo organization of Busan that the demo data placed on a stage after founding. */
	private long busanOrganization() {
		return jdbc.queryForObject("""
				select s.organization_id from enterprises_organization_stage s
				join enterprises_organization_center c on c.organization_id = s.organization_id
				join centers_center x on x.id = c.center_id
				where x.slug = 'busan' and s.stage in ('DESIGNATED', 'CERTIFIED', 'GROWING') order by s.organization_id limit 1""",
				Long.class);
	}

	@Test
	void theBoardTheStagePageAndARefusedMoveBack() {
		long organization = busanOrganization();
		browser.logIn("staff.busan@ieum.example", "ieum2026!");
		List<String> problems = new ArrayList<>(browser.problemsOnPages(WIDTHS, "/admin/organizations/pipeline",
				"/admin/organizations/" + organization + "/stage", "/admin/organizations?stage=DESIGNATED"));
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
		browser.open("/admin/organizations/pipeline");
		assertThat(browser.driver().findElement(By.tagName("table")).getText()).contains("발굴", "선도기업", "휴업");

		browser.open("/admin/organizations/" + organization + "/stage");
		new Select(browser.driver().findElement(By.id("move-stage"))).selectByValue("DISCOVERED");
		browser.driver().findElement(By.cssSelector("#stage-move button[type=submit]")).click();
		assertThat(browser.awaitText("body", "사유를 꼭")).contains("앞 단계로 되돌리거나 중단에서 다시 옮길 때는 사유를 꼭 적어 주세요.");
		browser.assertNoSeriousViolations("stage page with a refused move back");
	}
}
