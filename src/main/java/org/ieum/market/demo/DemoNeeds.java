package org.ieum.market.demo;

import java.time.Clock;
import java.util.Optional;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.market.catalog.Categories;
import org.ieum.market.needs.NeedAnnouncements;
import org.ieum.market.needs.NeedQueries;
import org.ieum.market.needs.Needs;
import org.ieum.market.procurement.Buyers;
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

/**
 * The demo's buyer needs: two open needs of Busan's buyers, posted and published through the services staff use
 * (as a system administrator): the education office's snack boxes for school events in 식품 (the demo member's
 * bakery matches and is told), shown on the portal, and the transit corporation's station cleaning in 청소·방역,
 * for organizations' managers only. Nothing is seeded twice.
 */
@Component
@Order(94)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoNeeds implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoNeeds.class);

	static final String SNACKS = "학교 행사 간식 꾸러미";

	static final String CLEANING = "도시철도 역사 청소·방역";

	private final Needs needs;
	private final NeedAnnouncements announcements;
	private final NeedQueries queries;
	private final Buyers buyers;
	private final Categories categories;
	private final CentersApi centers;
	private final Clock clock;

	DemoNeeds(Needs needs, NeedAnnouncements announcements, NeedQueries queries, Buyers buyers, Categories categories,
			CentersApi centers, Clock clock) {
		this.needs = needs;
		this.announcements = announcements;
		this.queries = queries;
		this.buyers = buyers;
		this.categories = categories;
		this.centers = centers;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new UsernamePasswordAuthenticationToken("demo", null,
				AuthorityUtils.createAuthorityList(Authorities.SYSTEM_ADMIN)));
		SecurityContextHolder.setContext(context);
		try {
			seed();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void seed() {
		Optional<CenterSummary> busan = centers.findBySlug("busan");
		if (busan.isEmpty() || !queries.ofCenter(busan.get().id()).isEmpty()) {
			return;
		}
		long center = busan.get().id();
		Optional<Long> education = buyer(center, "부산광역시교육청");
		Optional<Long> transit = buyer(center, "부산교통공사");
		Optional<Long> food = category("식품");
		Optional<Long> cleaning = category("청소·방역");
		if (education.isEmpty() || transit.isEmpty() || food.isEmpty() || cleaning.isEmpty()) {
			return;
		}
		var today = Seoul.today(clock);
		long snacks = needs.post(center, new Needs.Terms(education.get(), food.get(), SNACKS,
				"초등학교 운동회와 학예회에 나눌 간식 꾸러미(빵 1개, 음료 1개, 과일 1개)를 찾습니다. 개별 포장과 알레르기 표시가 필요합니다.",
				"1,200개", "4,800,000", today.plusDays(14), "부산 전역 (학교 40곳 배송)", true), null);
		long station = needs.post(center, new Needs.Terms(transit.get(), cleaning.get(), CLEANING,
				"도시철도 2호선 역사 6곳의 야간 청소와 월 1회 방역을 맡을 사회적경제기업을 찾습니다. 6개월 계약입니다.",
				"역사 6곳, 6개월", null, today.plusDays(21), "부산 2호선 구간", false), null);
		int told = announcements.publish(snacks) + announcements.publish(station);
		log.info("Demo buyer needs: 2 in Busan, {} organizations told", told);
	}

	private Optional<Long> buyer(long center, String name) {
		return buyers.of(center).stream().filter(b -> b.name().equals(name)).map(Buyers.View::id).findFirst();
	}

	private Optional<Long> category(String label) {
		return categories.tree().stream().filter(n -> n.label().equals(label)).map(Categories.Node::id).findFirst();
	}
}
