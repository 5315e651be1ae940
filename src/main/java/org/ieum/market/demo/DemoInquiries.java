package org.ieum.market.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.market.catalog.Listing;
import org.ieum.market.catalog.ListingRepository;
import org.ieum.market.inquiries.Inquiries;
import org.ieum.shared.Seoul;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's buyer inquiries: the demo member's bakery has one answered inquiry and one waiting past three working
 * days (to answer on My page; Busan's staff see it highlighted), and a Gimhae organization has a fresh one. Nothing is
 * seeded twice.
 */
@Component
@Order(92)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoInquiries implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoInquiries.class);

	private final Inquiries inquiries;
	private final ListingRepository listings;
	private final CentersApi centers;
	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final TransactionTemplate transaction;

	DemoInquiries(Inquiries inquiries, ListingRepository listings, CentersApi centers, JdbcTemplate jdbc, Clock clock,
			PlatformTransactionManager transactions) {
		this.inquiries = inquiries;
		this.listings = listings;
		this.centers = centers;
		this.jdbc = jdbc;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> seed());
	}

	private void seed() {
		// the demo only checks whether it ran; the inquiries themselves are the market's own
		if (jdbc.queryForObject("select count(*) from market_inquiry", Long.class) > 0) {
			return;
		}
		Instant now = clock.instant();
		LocalDate neededBy = Seoul.today(clock).plusDays(30);
		Optional<Listing> bakery = shownIn("busan").filter(l -> l.getOrganizationName().startsWith("행복베이커리"));
		bakery.ifPresent(product -> {
			inquiries.recordForDemo(product.getProductId(), new Inquiries.Terms("부산교통공사", "정주임", "051-640-7100",
					"jeong@humetro.example", "300개", neededBy, "역사 행사 간식으로 " + product.getName()
							+ " 300개 견적을 부탁드립니다. 분할 납품도 가능한지 알려 주세요."),
					now.minus(Duration.ofDays(20)), "300개 기준 개당 2,800원이며 두 번에 나눠 납품할 수 있습니다. 견적서를 메일로 보내 드렸습니다.",
					now.minus(Duration.ofDays(18)));
			inquiries.recordForDemo(product.getProductId(), new Inquiries.Terms("부산광역시 사상구청", "김주무관",
					"051-310-4000", null, "120개", neededBy, "구청 교육 행사에 쓸 " + product.getName()
							+ " 120개를 사려 합니다. 배송비 포함 견적을 부탁드립니다."),
					now.minus(Duration.ofDays(10)), null, null);
		});
		shownIn("gimhae").ifPresent(product -> inquiries.recordForDemo(product.getProductId(),
				new Inquiries.Terms("김해시청", "이주무관", null, "lee@gimhae.example", "1회", neededBy,
						product.getName() + " 이용 견적과 가능한 날짜를 알려 주세요."),
				now.minus(Duration.ofHours(20)), null, null));
		log.info("Demo inquiries seeded");
	}

	private Optional<Listing> shownIn(String slug) {
		return centers.findBySlug(slug).map(CenterSummary::id).map(centers::centerAndDescendantIds)
			.flatMap(ids -> listings.shownIn(ids).stream()
				.filter(l -> slug.equals("gimhae") || l.getOrganizationName().startsWith("행복베이커리"))
				.findFirst());
	}
}
