package org.ieum.content.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.ieum.centers.CenterProfile;
import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.content.board.RichText;
import org.ieum.content.home.BannerDraft;
import org.ieum.content.home.BannerImages;
import org.ieum.content.home.HomeBanner;
import org.ieum.content.home.HomeBannerRepository;
import org.ieum.content.home.HomePopup;
import org.ieum.content.home.HomePopupRepository;
import org.ieum.content.home.QuickLink;
import org.ieum.content.home.QuickLinkRepository;
import org.ieum.content.pages.HistoryRow;
import org.ieum.content.pages.HistoryRowRepository;
import org.ieum.content.pages.OrgMember;
import org.ieum.content.pages.OrgMemberRepository;
import org.ieum.shared.Seoul;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page of every demo center: two banner slides drawn here (no photo files), quick
 * links to the portal's services, a few rows of 연혁 and 조직도, and at Gwangju a popup notice (not Gimhae, whose home other tests click through). Added only while no center has
 * a banner.
 */
@Component
@Order(81)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoHome implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHome.class);

	private final HomeBannerRepository banners;
	private final HomePopupRepository popups;
	private final QuickLinkRepository links;
	private final BannerImages images;
	private final HistoryRowRepository history;
	private final OrgMemberRepository members;
	private final CentersApi centers;
	private final Clock clock;

	DemoHome(HomeBannerRepository banners, HomePopupRepository popups, QuickLinkRepository links, BannerImages images,
			HistoryRowRepository history, OrgMemberRepository members, CentersApi centers, Clock clock) {
		this.banners = banners;
		this.popups = popups;
		this.links = links;
		this.images = images;
		this.history = history;
		this.members = members;
		this.centers = centers;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (banners.count() > 0) {
			return;
		}
		Instant now = clock.instant();
		LocalDate today = Seoul.today(clock);
		int count = 0;
		for (CenterSummary center : centers.all()) {
			if (!centers.profile(center.slug()).map(CenterProfile::demo).orElse(false)) {
				continue;
			}
			homeOf(center, today, now);
			count++;
		}
		log.info("Demo home pages composed for {} centers", count);
	}

	private void homeOf(CenterSummary center, LocalDate today, Instant now) {
		long id = center.id();
		String base = "/c/" + center.slug();
		int hue = Math.floorMod(center.slug().hashCode(), 360);
		banner(id, 1, picture(hue, 0, "2026 사회적경제 창업 지원사업", "참여기업을 모집합니다"), "%s 2026년 사회적경제 창업 지원사업 참여기업 모집 (시연)".formatted(center.name()),
				base + "/programs", today, now);
		banner(id, 2, picture((hue + 140) % 360, 1, "사회적경제 기본 교육", "수강생 모집, 지금 신청하세요"), "사회적경제 기본 교육 수강생 모집, 지금 신청하세요 (시연)",
				base + "/education", today, now);
		List<String[]> quick = List.of(new String[] { "지원사업 공고", base + "/programs" },
				new String[] { "교육 신청", base + "/education" }, new String[] { "공간 예약", base + "/spaces" },
				new String[] { "경영 상담", base + "/consulting" }, new String[] { "자료실", base + "/boards/resources" },
				new String[] { "오시는 길", base + "/pages/directions" });
		for (int i = 0; i < quick.size(); i++) {
			links.save(new QuickLink(id, quick.get(i)[0], quick.get(i)[1], i + 1));
		}
		// 연혁 and 조직도 (시연): a few rows so the pages under 센터소개 read like a real center's
		history.save(new HistoryRow(id, 2015, 7, "%s 문을 엶 (시연)".formatted(center.name())));
		history.save(new HistoryRow(id, 2019, 4, "사회적경제 혁신타운 공유 사무실 개소 (시연)"));
		history.save(new HistoryRow(id, 2024, 11, "사회적경제 한마당 개최, 기업 40곳 참여 (시연)"));
		history.save(new HistoryRow(id, 2025, null, "사회적경제 기업 성장 지원 업무협약 체결 (시연)"));
		String phone = centers.profile(center.slug()).map(CenterProfile::phone).orElse(null);
		members.save(new OrgMember(id, "경영지원팀", "센터장 (시연)", "센터 총괄", phone, 1));
		members.save(new OrgMember(id, "경영지원팀", "김회계 (시연)", "회계·총무", phone, 2));
		members.save(new OrgMember(id, "기업성장팀", "이성장 (시연)", "창업·판로 지원", phone, 3));
		members.save(new OrgMember(id, "기업성장팀", "박교육 (시연)", "교육·행사", phone, 4));
		if ("gwangju".equals(center.slug())) {
			popups.save(new HomePopup(id, "연말 휴관 안내 (시연)",
					RichText.of("12월 31일부터 1월 1일까지 센터가 쉽니다.\n\n공간 예약과 상담은 1월 2일부터 다시 받습니다. 이 알림은 시연용 예시입니다.").html(),
					today.minusDays(1), today.plusDays(30), now));
		}
	}

	private void banner(long centerId, int position, byte[] picture, String alt, String link, LocalDate today, Instant now) {
		BannerImages.Stored stored = images.store(picture);
		banners.save(new HomeBanner(centerId, stored.file(), stored.type(),
				new BannerDraft(alt, link, today.minusDays(7), today.plusDays(60)), position, now));
	}

	/**
	 * A wide picture: a soft gradient in the center's own colour with circles and a wave, drawn here,
	 * and the headline where this machine has a font with Korean letters (the alternative text says
	 * the same either way).
	 */
	private static byte[] picture(int hue, int variant, String headline, String subline) {
		int width = 1200;
		int height = 400;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		Color dark = Color.getHSBColor(hue / 360f, 0.65f, 0.42f);
		Color light = Color.getHSBColor(((hue + 30) % 360) / 360f, 0.35f, 0.85f);
		g.setPaint(new GradientPaint(0, 0, dark, width, height, light));
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(255, 255, 255, 70));
		for (int i = 0; i < 5; i++) {
			int size = 90 + i * 45;
			int x = 760 + i * 60;
			g.fillOval(x, 40 + (i % 2) * 120, size, size);
		}
		g.setColor(new Color(255, 255, 255, 150));
		g.setStroke(new BasicStroke(10f));
		int[] xs = new int[13];
		int[] ys = new int[13];
		for (int i = 0; i < xs.length; i++) {
			xs[i] = i * 100;
			ys[i] = 320 + (int) (30 * Math.sin(i * 0.9 + variant));
		}
		g.drawPolyline(xs, ys, xs.length);
		Font title = new Font(Font.SANS_SERIF, Font.BOLD, 46);
		Font sub = new Font(Font.SANS_SERIF, Font.PLAIN, 30);
		if (title.canDisplayUpTo(headline) == -1 && sub.canDisplayUpTo(subline) == -1) {
			int x = 80;
			g.setColor(Color.WHITE);
			g.setFont(title);
			g.drawString(headline, x, 170);
			g.setFont(sub);
			g.drawString(subline, x, 230);
		}
		g.dispose();
		// A photo-like picture: JPEG is a third of the PNG's bytes, and the banner is what a phone draws first.
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam quality = writer.getDefaultWriteParam();
		quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		quality.setCompressionQuality(0.8f);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream();
				ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			writer.write(null, new IIOImage(image, null, null), quality);
			stream.flush();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
	}
}
