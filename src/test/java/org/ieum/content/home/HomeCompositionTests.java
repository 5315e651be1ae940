package org.ieum.content.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.ieum.shared.Authorities;
import org.ieum.shared.PortalHomeSection;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The rules of composing a home page: a banner needs its alternative text and a real picture, a popup
 * an end date on or after its start, links only to this site or the web, bodies are cleaned, only
 * what is in its period shows, and staff of another center change nothing.
 */
@IeumSpringTest
class HomeCompositionTests {

	private static final String MARK = "(홈 테스트)";

	@Autowired
	HomeComposition composition;

	@Autowired
	HomeSections sections;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	long gunsan;
	long busan;
	LocalDate today;

	@BeforeEach
	void staffOfGunsan() {
		gunsan = jdbc.queryForObject("select id from centers_center where slug = 'gunsan'", Long.class);
		busan = jdbc.queryForObject("select id from centers_center where slug = 'busan'", Long.class);
		today = Seoul.today(clock);
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("gunsan-staff", "x",
				Authorities.CENTER_STAFF, Authorities.centerScope(gunsan)));
	}

	@AfterEach
	void cleanUp() {
		SecurityContextHolder.clearContext();
		jdbc.update("delete from content_home_banner where alt_text like ?", "%" + MARK);
		jdbc.update("delete from content_home_popup where title like ?", "%" + MARK);
		jdbc.update("delete from content_quick_link where label like ?", "%" + MARK);
	}

	private int banners(long center) {
		return jdbc.queryForObject("select count(*) from content_home_banner where center_id = ?", Integer.class, center);
	}

	private int popups(long center) {
		return jdbc.queryForObject("select count(*) from content_home_popup where center_id = ?", Integer.class, center);
	}

	@Test
	void aBannerWithoutAlternativeTextIsRefusedAndNothingIsStored() {
		int before = banners(gunsan);
		assertThatThrownBy(() -> composition.addBanner(gunsan, "  ", null, today, null, png()))
			.isInstanceOf(Refusal.class).hasMessage("home.error.altRequired");
		assertThatThrownBy(() -> composition.addBanner(gunsan, null, null, today, null, png()))
			.isInstanceOf(Refusal.class).hasMessage("home.error.altRequired");
		assertThat(banners(gunsan)).isEqualTo(before);

		composition.addBanner(gunsan, "창업 지원사업 모집 " + MARK, "/c/gunsan/programs", today, null, png());
		assertThat(banners(gunsan)).isEqualTo(before + 1);
	}

	@Test
	void aBannerPictureMustBeAPictureWhateverItIsCalled() {
		int before = banners(gunsan);
		byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> composition.addBanner(gunsan, "가짜 그림 " + MARK, null, today, null, script))
			.isInstanceOf(Refusal.class).hasMessage("home.error.imageType");
		assertThatThrownBy(() -> composition.addBanner(gunsan, "그림 없음 " + MARK, null, today, null, null))
			.isInstanceOf(Refusal.class).hasMessage("home.error.imageMissing");
		assertThat(banners(gunsan)).isEqualTo(before);
	}

	@Test
	void linksGoOnlyToThisSiteOrTheWeb() {
		for (String bad : List.of("javascript:alert(1)", "data:text/html,x", "//evil.example", "ftp://x.example", "http://")) {
			assertThatThrownBy(() -> composition.addLink(gunsan, "나쁜 링크 " + MARK, bad))
				.as(bad).isInstanceOf(Refusal.class).hasMessage("home.error.linkUrl");
			assertThatThrownBy(() -> composition.addBanner(gunsan, "나쁜 링크 " + MARK, bad, today, null, png()))
				.as(bad).isInstanceOf(Refusal.class).hasMessage("home.error.linkUrl");
		}
		assertThatThrownBy(() -> composition.addLink(gunsan, "주소 없음 " + MARK, " "))
			.isInstanceOf(Refusal.class).hasMessage("home.error.linkRequired");
		assertThat(composition.addLink(gunsan, "누리집 " + MARK, "https://www.gunsan.go.kr").getUrl())
			.isEqualTo("https://www.gunsan.go.kr");
	}

	@Test
	void aPopupNeedsAnEndDateNotBeforeItsStart() {
		int before = popups(gunsan);
		assertThatThrownBy(() -> composition.addPopup(gunsan, "끝 없는 팝업 " + MARK, "안내", today, null))
			.isInstanceOf(Refusal.class).hasMessage("home.error.popupUntilRequired");
		assertThatThrownBy(() -> composition.addPopup(gunsan, "거꾸로 팝업 " + MARK, "안내", today.plusDays(5), today.plusDays(2)))
			.isInstanceOf(Refusal.class).hasMessage("home.error.periodOrder");
		assertThatThrownBy(() -> composition.addPopup(gunsan, "지난 팝업 " + MARK, "안내", today.minusDays(9), today.minusDays(1)))
			.isInstanceOf(Refusal.class).hasMessage("home.error.popupPast");
		assertThat(popups(gunsan)).isEqualTo(before);

		composition.addPopup(gunsan, "하루 팝업 " + MARK, "안내", today, today);
		assertThat(popups(gunsan)).isEqualTo(before + 1);
	}

	@Test
	void aPopupBodyIsCleanedAndStillSaves() {
		HomePopup popup = composition.addPopup(gunsan, "정리된 팝업 " + MARK,
				"<p onclick=\"steal()\">휴관 안내</p><script>alert(1)</script><a href=\"javascript:alert(1)\">링크</a>"
						+ "<img src=\"data:image/png;base64,AAAA\"><p style=\"background:url(javascript:x)\">끝</p>",
				today, today.plusDays(3));
		assertThat(popup.getBodyHtml()).contains("휴관 안내", "끝")
			.doesNotContain("<script", "onclick", "javascript:", "data:", "style=");
	}

	@Test
	void theHomeShowsOnlyWhatIsInItsPeriodToday() {
		composition.addBanner(gunsan, "지금 배너 " + MARK, null, today.minusDays(1), today, png());
		composition.addBanner(gunsan, "내일부터 배너 " + MARK, null, today.plusDays(1), null, png());
		composition.addBanner(gunsan, "끝난 배너 " + MARK, null, today.minusDays(10), today.minusDays(1), png());
		composition.addPopup(gunsan, "다음 주 팝업 " + MARK, "안내", today.plusDays(7), today.plusDays(9));

		List<PortalHomeSection.Part> parts = sections.partsFor(gunsan, "gunsan");
		List<String> alts = sections.slidesOn(gunsan, today).stream().map(HomeViews.Slide::alt).toList();
		assertThat(alts).contains("지금 배너 " + MARK).doesNotContain("내일부터 배너 " + MARK, "끝난 배너 " + MARK);
		assertThat(sections.popupOn(gunsan, today)).map(HomeViews.Popup::title).isNotEqualTo(java.util.Optional.of("다음 주 팝업 " + MARK));
		assertThat(sections.popupOn(gunsan, today.plusDays(8))).map(HomeViews.Popup::title).contains("다음 주 팝업 " + MARK);
		assertThat(parts).extracting(PortalHomeSection.Part::template).contains("content/home/banners");
	}

	@Test
	void staffOfAnotherCenterChangeNothing() {
		int before = banners(busan);
		int popupsBefore = popups(busan);
		assertThatThrownBy(() -> composition.addBanner(busan, "남의 배너 " + MARK, null, today, null, png()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> composition.addPopup(busan, "남의 팝업 " + MARK, "안내", today, today))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> composition.addLink(busan, "남의 링크 " + MARK, "/c/busan"))
			.isInstanceOf(AccessDeniedException.class);
		long busanBanner = jdbc.queryForObject("select min(id) from content_home_banner where center_id = ?", Long.class, busan);
		assertThatThrownBy(() -> composition.removeBanner(busanBanner)).isInstanceOf(AccessDeniedException.class);
		assertThat(banners(busan)).isEqualTo(before);
		assertThat(popups(busan)).isEqualTo(popupsBefore);
	}

	static byte[] png() {
		BufferedImage image = new BufferedImage(60, 20, BufferedImage.TYPE_INT_RGB);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
