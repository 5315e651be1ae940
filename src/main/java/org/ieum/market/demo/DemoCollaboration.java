package org.ieum.market.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.market.catalog.Listing;
import org.ieum.market.catalog.ListingRepository;
import org.ieum.market.collaboration.PeriodKind;
import org.ieum.market.collaboration.ProjectKind;
import org.ieum.market.collaboration.ProjectQueries;
import org.ieum.market.collaboration.ProjectRecords;
import org.ieum.market.collaboration.Projects;
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
 * The demo's collaboration project: Gwangju's joint Christmas cake, six bakeries of the city (빛고을제과 leads) who
 * made one cake with one recipe and box and sold about 1,600 (DOMAIN.md), in the latest December that has begun. Its
 * milestones are done up to the sale; the sales of November (pre-orders) and December add up to 1,600 cakes at
 * 35,000 won; one paper milestone is overdue so the dashboard shows it. It goes through the services staff use, as a
 * system administrator. Nothing is seeded twice.
 */
@Component
@Order(94)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoCollaboration implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCollaboration.class);

	static final String TITLE = "광주 사회적경제 제과점 공동 성탄 케이크";

	private static final String LEAD = "빛고을제과 주식회사";

	private static final int BAKERIES = 6;

	private final Projects projects;
	private final ProjectRecords records;
	private final ProjectQueries queries;
	private final ListingRepository listings;
	private final CentersApi centers;
	private final EnterprisesApi enterprises;
	private final Clock clock;
	private final TransactionTemplate transaction;

	DemoCollaboration(Projects projects, ProjectRecords records, ProjectQueries queries, ListingRepository listings,
			CentersApi centers, EnterprisesApi enterprises, Clock clock, PlatformTransactionManager transactions) {
		this.projects = projects;
		this.records = records;
		this.queries = queries;
		this.listings = listings;
		this.centers = centers;
		this.enterprises = enterprises;
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
		Optional<CenterSummary> gwangju = centers.findBySlug("gwangju");
		if (gwangju.isEmpty() || !queries.ofCenter(gwangju.get().id()).isEmpty()) {
			return;
		}
		List<String> numbers = bakeries(gwangju.get().id());
		if (numbers.size() < 2) {
			return;
		}
		LocalDate today = Seoul.today(clock);
		int year = today.getMonthValue() == 12 ? today.getYear() : today.getYear() - 1;
		long center = gwangju.get().id();
		long id = projects.create(center, new Projects.Terms(TITLE, ProjectKind.PRODUCT,
				"광주의 사회적경제 제과점 여섯 곳이 같은 레시피와 상자로 성탄 케이크를 함께 만들어 1,600개를 판매합니다."
						+ " 공동 상표로 공공기관 단체 주문과 온라인 예약을 받고, 수익은 참여 제과점이 판매량에 따라 나눕니다.",
				"30,000,000", "6,000,000", LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 1, 31)), numbers.get(0));
		for (String partner : numbers.subList(1, numbers.size())) {
			projects.addPartner(id, center, partner);
		}
		milestone(id, center, "공동 레시피와 케이크 상자 디자인 확정", LocalDate.of(year, 10, 15), LocalDate.of(year, 10, 14));
		milestone(id, center, "공동 상표 출원과 포장재 발주", LocalDate.of(year, 11, 10), LocalDate.of(year, 11, 12));
		milestone(id, center, "공공기관 단체 주문과 온라인 예약 판매 시작", LocalDate.of(year, 11, 20), LocalDate.of(year, 11, 20));
		milestone(id, center, "온라인 판매처 입점 서류 제출", today.minusDays(3), null);
		milestone(id, center, "성탄 케이크 제작과 배송", LocalDate.of(year, 12, 24),
				LocalDate.of(year, 12, 24).isBefore(today) ? LocalDate.of(year, 12, 24) : null);
		milestone(id, center, "판매 결과 보고와 수익 배분", LocalDate.of(year + 1, 1, 20), null);
		// 1,600 cakes at 35,000 won: 520 pre-ordered in November, 1,080 sold in December
		records.recordSales(id, PeriodKind.MONTH, year, 11, "18,200,000", null);
		records.recordSales(id, PeriodKind.MONTH, year, 12, "37,800,000", null);
		log.info("Demo collaboration: {} with {} bakeries", TITLE, numbers.size());
	}

	private void milestone(long id, long center, String title, LocalDate due, LocalDate done) {
		long milestone = projects.addMilestone(id, center, title, due);
		if (done != null) {
			projects.completeMilestone(id, center, milestone, done);
		}
	}

	/** The business numbers of the lead and up to five more Gwangju organizations, bakeries first. */
	private List<String> bakeries(long gwangju) {
		Map<Long, String> names = new LinkedHashMap<>();
		List<Listing> shown = listings.shownIn(centers.centerAndDescendantIds(gwangju));
		shown.stream().filter(l -> LEAD.equals(l.getOrganizationName()))
			.forEach(l -> names.put(l.getOrganizationId(), l.getOrganizationName()));
		shown.stream().filter(l -> l.getOrganizationName().contains("제과") || l.getOrganizationName().contains("베이커리")
				|| l.getName().contains("빵") || l.getName().contains("케이크") || l.getName().contains("쿠키"))
			.forEach(l -> names.putIfAbsent(l.getOrganizationId(), l.getOrganizationName()));
		shown.forEach(l -> names.putIfAbsent(l.getOrganizationId(), l.getOrganizationName()));
		List<String> numbers = new ArrayList<>();
		for (long organizationId : names.keySet()) {
			enterprises.findById(organizationId).map(o -> o.businessNumber()).filter(n -> n != null && !n.isBlank())
				.filter(n -> numbers.stream().noneMatch(n::equals)).ifPresent(numbers::add);
			if (numbers.size() == BAKERIES) {
				break;
			}
		}
		return numbers;
	}
}
