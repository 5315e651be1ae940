package org.ieum.governance.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The self-assessment pages in Chromium at 1280 and 360 px under axe-core: staff's year page, the
 * review of Busan's accepted self-assessment and the organization's results; the manager's list and form.
 */
@IeumSpringTest
class AssessmentBrowserTests {

	private static final String PASSWORD = "ieum2026!";
	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSelfAssessmentPagesPassAxeAtDesktopAndPhoneWidths() {
		long busan = jdbc.queryForObject("select id from centers_center where slug = 'busan'", Long.class);
		Map<String, Object> accepted = jdbc.queryForMap("select id, organization_id, assess_year from governance_assessment"
				+ " where center_id = ? and status = 'ACCEPTED' order by id fetch first 1 rows only", busan);
		browser.driver().manage().deleteAllCookies();
		browser.logIn("staff.busan@ieum.example", PASSWORD);
		assertThat(browser.problemsOnPages(WIDTHS,
				"/admin/governance/assessments?center=" + busan + "&year=" + accepted.get("assess_year"),
				"/admin/governance/assessments/" + accepted.get("id") + "?center=" + busan,
				"/admin/governance/assessments/organizations/" + accepted.get("organization_id") + "?center=" + busan))
			.isEmpty();
		browser.driver().manage().deleteAllCookies();
		browser.logIn("member@ieum.example", PASSWORD);
		assertThat(browser.problemsOnPages(WIDTHS, "/my/governance/assessments",
				"/my/governance/assessments/" + accepted.get("organization_id") + "/" + busan)).isEmpty();
	}
}
