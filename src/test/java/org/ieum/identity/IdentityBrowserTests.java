package org.ieum.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sign-up, login, lockout and the portal menus, as a person does them in Chromium. */
@IeumSpringTest
class IdentityBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;


	@Test
	void signUpWithSeparateConsentsThenLogIn() {
		browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT).open("/c/gimhae");
		browser.driver().findElement(By.linkText("회원가입")).click();
		assertThat(browser.heading()).isEqualTo("회원가입");

		browser.fill("email", "browser-signup@example.kr").fill("password", "Browser-2026").fill("passwordConfirm", "Browser-2026")
			.fill("displayName", "브라우저 회원");
		browser.js("document.getElementById('birthDate').value = '1990-05-05'");
		browser.field("agreeTerms").click();
		browser.submit();
		assertThat(browser.awaitText(".form-errors", "필수 항목(이용약관, 개인정보 수집·이용)에 모두 동의해야"))
			.contains("필수 항목(이용약관, 개인정보 수집·이용)에 모두 동의해야");
		browser.assertNoSeriousViolations("sign-up with errors");

		browser.fill("password", "Browser-2026").fill("passwordConfirm", "Browser-2026");
		if (!browser.field("agreeTerms").isSelected()) {
			browser.field("agreeTerms").click();
		}
		browser.field("agreePrivacy").click();
		browser.field("agreeMarketing").click();
		browser.submit();
		assertThat(browser.awaitText(".flash-notice", "메일을 확인해 주세요")).contains("메일을 확인해 주세요");

		browser.fill("email", "browser-signup@example.kr").fill("password", "Browser-2026").submit();
		assertThat(browser.awaitText("main h1", "마이페이지")).isEqualTo("마이페이지");
		browser.driver().findElement(By.linkText("내 정보")).click();
		browser.awaitText("main h2", "내 정보");
		String consents = browser.driver().findElement(By.id("consents")).getText();
		assertThat(consents).contains("이용약관").contains("개인정보 수집·이용").contains("마케팅 정보 수신").contains("2026-11");
		assertThat(jdbc.queryForObject(
				"select home_center_id from identity_account where email = 'browser-signup@example.kr'", Long.class))
			.isEqualTo(jdbc.queryForObject("select id from centers_center where slug = 'gimhae'", Long.class));
		browser.assertNoSeriousViolations("my page");
	}

	@Test
	void agreeToAllTogglesEveryConsentAndTheGuardianBlockFollowsTheBirthDate() {
		browser.viewport(1280, 900).open("/signup");
		WebElement guardian = browser.driver().findElement(By.id("guardian"));
		assertThat(guardian.isDisplayed()).as("no birth date yet").isFalse();
		browser.js("var d = document.getElementById('birthDate'); d.value = '2018-05-05'; d.dispatchEvent(new Event('change'))");
		assertThat(guardian.isDisplayed()).as("a child").isTrue();
		browser.js("var d = document.getElementById('birthDate'); d.value = '1990-05-05'; d.dispatchEvent(new Event('change'))");
		assertThat(guardian.isDisplayed()).as("an adult").isFalse();

		browser.field("agreeAll").click();
		assertThat(List.of("agreeTerms", "agreePrivacy", "agreeMarketing")).allSatisfy(id -> assertThat(browser.field(id).isSelected()).isTrue());
		browser.field("agreeMarketing").click();
		assertThat(browser.field("agreeAll").isSelected()).isFalse();
		assertThat(browser.field("agreeTerms").isSelected()).isTrue();
		browser.field("agreeAll").click();
		browser.field("agreeAll").click();
		assertThat(List.of("agreeTerms", "agreePrivacy", "agreeMarketing")).allSatisfy(id -> assertThat(browser.field(id).isSelected()).isFalse());
		browser.assertNoSeriousViolations("sign-up with agree to all");
	}

	@Test
	void lockoutAfterFiveFailuresShowsTheSameMessageForAnyAddress() {
		for (int i = 0; i < 5; i++) {
			browser.open("/login").fill("email", "citizen-lock@example.kr").fill("password", "wrong-" + i).submit();
			assertThat(browser.awaitText(".form-errors", "이메일 또는 비밀번호가 올바르지 않습니다."))
				.isEqualTo("이메일 또는 비밀번호가 올바르지 않습니다.");
		}
		browser.open("/login").fill("email", "citizen-lock@example.kr").fill("password", "whatever").submit();
		assertThat(browser.awaitText(".form-errors", "5회 실패하여 10분 동안 로그인할 수 없습니다"))
			.contains("5회 실패하여 10분 동안 로그인할 수 없습니다");
		browser.assertNoSeriousViolations("login locked");
	}

	@Test
	void portalMenuAtDesktopWidthShowsGroupsAndOpensSubmenusByKeyboard() {
		browser.viewport(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT).open("/c/busan");
		WebElement toggle = browser.driver().findElement(By.cssSelector(".nav-toggle"));
		assertThat(toggle.isDisplayed()).isFalse();
		List<String> groups = browser.driver().findElements(By.cssSelector(".gnb-group-link")).stream().map(WebElement::getText).toList();
		assertThat(groups).contains("센터소개");

		WebElement about = browser.driver().findElement(By.linkText("센터소개"));
		WebElement submenuLink = about.findElement(By.xpath("following-sibling::ul//a"));
		assertThat(submenuLink.isDisplayed()).isFalse();
		browser.js("arguments[0].focus()", about);
		assertThat(submenuLink.isDisplayed()).as("focus opens the submenu").isTrue();
		submenuLink.click();
		assertThat(browser.driver().getCurrentUrl()).endsWith("/c/busan/about");
		assertThat(browser.driver().findElement(By.cssSelector(".breadcrumb [aria-current=page]")).getText()).isNotBlank();
		browser.assertNoSeriousViolations("portal at 1280");
	}

	@Test
	void portalMenuOnAPhoneCollapsesBehindAButton() {
		browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT).open("/c/gimhae");
		WebElement toggle = browser.driver().findElement(By.cssSelector(".nav-toggle"));
		WebElement nav = browser.driver().findElement(By.id("gnb"));
		assertThat(toggle.isDisplayed()).isTrue();
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(nav.isDisplayed()).isFalse();

		toggle.click();
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(nav.isDisplayed()).isTrue();
		WebElement about = nav.findElement(By.partialLinkText("센터소개"));
		assertThat(about.isDisplayed()).isTrue();
		browser.assertNoHorizontalScroll("portal at 360 with menu open");
		browser.assertNoSeriousViolations("portal at 360 with menu open");

		nav.findElement(By.cssSelector(".gnb-sub a")).click();
		assertThat(browser.driver().getCurrentUrl()).endsWith("/c/gimhae/about");
	}

	@Test
	void theLanguageSwitchShowsEnglish() {
		browser.open("/login?lang=en");
		assertThat(browser.heading()).isEqualTo("Log in");
		assertThat(browser.js("return document.documentElement.lang")).isEqualTo("en");
		browser.driver().findElement(By.linkText("한국어")).click();
		assertThat(browser.heading()).isEqualTo("로그인");
	}
}
