package org.ieum.market.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.market.catalog.Listing;
import org.ieum.market.catalog.ListingRepository;
import org.ieum.market.fairs.FairQueries;
import org.ieum.market.fairs.Fairs;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's market: Busan's 나눔장터 held twelve days ago in a park, with twelve booths, the center's showcase
 * organizations (the demo member's bakery among them) at booths 1 onwards with their sales recorded, and one
 * application that was not selected. It goes through the services staff use, as a system administrator (applications
 * entered by staff, as from paper). Nothing is seeded twice.
 */
@Component
@Order(93)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoFairs implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoFairs.class);

	private static final String MEMBER_ORGANIZATION = "행복베이커리 사회적협동조합";

	static final String TITLE = "부산 사회적경제 나눔장터";

	private static final String[] SALES = { "1,240,000", "860,000", "1,530,000", "420,000", "975,000", "310,000" };

	private final Fairs fairs;
	private final FairQueries queries;
	private final ListingRepository listings;
	private final CentersApi centers;
	private final Clock clock;
	private final TransactionTemplate transaction;

	DemoFairs(Fairs fairs, FairQueries queries, ListingRepository listings, CentersApi centers, Clock clock,
			PlatformTransactionManager transactions) {
		this.fairs = fairs;
		this.queries = queries;
		this.listings = listings;
		this.centers = centers;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new UsernamePasswordAuthenticationToken("demo", null,
				AuthorityUtils.createAuthorityList(Authorities.SYSTEM_ADMIN)));
		SecurityContextHolder.setContext(context);
		try {
			transaction.executeWithoutResult(status -> seed());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void seed() {
		Optional<CenterSummary> busan = centers.findBySlug("busan");
		if (busan.isEmpty() || !queries.shownIn(Set.of(busan.get().id())).isEmpty()) {
			return;
		}
		Set<Long> organizations = new LinkedHashSet<>();
		List<Listing> shown = listings.shownIn(centers.centerAndDescendantIds(busan.get().id()));
		// the demo member's bakery takes booth 1, so the member sees a booth with its sales on My page
		shown.stream().filter(l -> MEMBER_ORGANIZATION.equals(l.getOrganizationName()))
			.forEach(l -> organizations.add(l.getOrganizationId()));
		shown.forEach(l -> organizations.add(l.getOrganizationId()));
		if (organizations.isEmpty()) {
			return;
		}
		LocalDate today = Seoul.today(clock);
		LocalDate day = today.minusDays(12);
		long fairId = fairs.plan(busan.get().id(), new Fairs.Plan(TITLE, day, LocalTime.of(11, 0), LocalTime.of(18, 0),
				null, "부산시민공원 다솜광장", 12, "20,000",
				"부산에 사업장이 있는 사회적경제기업·조직. 부스(천막 3m×3m, 탁자 1개, 의자 2개)는 센터가 준비하고, 전기가 필요하면 신청할 때 적어 주세요.",
				day.minusDays(40), day.minusDays(14)));
		List<Long> applied = new ArrayList<>();
		for (long organizationId : organizations) {
			applied.add(fairs.apply(fairId, organizationId, "대표 제품 판매와 시식", null));
			if (applied.size() == SALES.length + 1) {
				break;
			}
		}
		int booths = Math.min(SALES.length, applied.size());
		for (int i = 0; i < booths; i++) {
			fairs.assign(applied.get(i), i + 1);
			fairs.recordSales(applied.get(i), SALES[i], null);
		}
		if (applied.size() > booths) {
			fairs.decline(applied.get(booths));
		}
		log.info("Demo fairs: {} with {} booths", TITLE, booths);
	}
}
