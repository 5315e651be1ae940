package org.ieum.market.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.market.catalog.Categories;
import org.ieum.market.catalog.Listing;
import org.ieum.market.catalog.ListingRepository;
import org.ieum.market.procurement.BuyerKind;
import org.ieum.market.procurement.Buyers;
import org.ieum.market.procurement.ContractMethod;
import org.ieum.market.procurement.Purchases;
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
 * The demo's public procurement: 20 public buyers of Busan, Gimhae, Gunsan and Gwangju with targets for last year and
 * this year, and purchase records from the centers' showcase organizations that reach between about 60% and 130% of
 * each target (this year's in proportion to the days gone). Records of the last 30 days wait for the seller's
 * confirmation, as does one recent sale of the demo member's bakery; the rest are confirmed on the sellers' behalf.
 * It goes through the services staff use, as a system administrator. Nothing is seeded twice.
 */
@Component
@Order(91)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoProcurement implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoProcurement.class);

	private record DemoBuyer(String slug, String name, BuyerKind kind, String sido, long targetTenThousands) {
	}

	private static final List<DemoBuyer> BUYERS = List.of(
			new DemoBuyer("busan", "부산광역시청", BuyerKind.LOCAL_GOVERNMENT, "부산광역시", 42_000),
			new DemoBuyer("busan", "부산광역시교육청", BuyerKind.EDUCATION_OFFICE, "부산광역시", 31_000),
			new DemoBuyer("busan", "부산교통공사", BuyerKind.PUBLIC_ENTERPRISE, "부산광역시", 18_000),
			new DemoBuyer("busan", "부산도시공사", BuyerKind.PUBLIC_ENTERPRISE, "부산광역시", 12_000),
			new DemoBuyer("busan", "부산시설공단", BuyerKind.PUBLIC_INSTITUTION, "부산광역시", 15_000),
			new DemoBuyer("busan", "부산광역시 해운대구청", BuyerKind.LOCAL_GOVERNMENT, "부산광역시", 9_000),
			new DemoBuyer("busan", "부산광역시 사상구청", BuyerKind.LOCAL_GOVERNMENT, "부산광역시", 7_000),
			new DemoBuyer("busan", "한국해양진흥공사", BuyerKind.PUBLIC_INSTITUTION, "부산광역시", 8_000),
			new DemoBuyer("gimhae", "김해시청", BuyerKind.LOCAL_GOVERNMENT, "경상남도", 14_000),
			new DemoBuyer("gimhae", "김해시시설관리공단", BuyerKind.PUBLIC_INSTITUTION, "경상남도", 5_000),
			new DemoBuyer("gimhae", "경상남도김해교육지원청", BuyerKind.EDUCATION_OFFICE, "경상남도", 6_000),
			new DemoBuyer("gimhae", "김해문화관광재단", BuyerKind.PUBLIC_INSTITUTION, "경상남도", 3_000),
			new DemoBuyer("gunsan", "군산시청", BuyerKind.LOCAL_GOVERNMENT, "전북특별자치도", 13_000),
			new DemoBuyer("gunsan", "군산시설관리공단", BuyerKind.PUBLIC_INSTITUTION, "전북특별자치도", 4_000),
			new DemoBuyer("gunsan", "전북특별자치도군산교육지원청", BuyerKind.EDUCATION_OFFICE, "전북특별자치도", 5_000),
			new DemoBuyer("gunsan", "새만금개발공사", BuyerKind.PUBLIC_ENTERPRISE, "전북특별자치도", 6_000),
			new DemoBuyer("gwangju", "광주광역시청", BuyerKind.LOCAL_GOVERNMENT, "광주광역시", 36_000),
			new DemoBuyer("gwangju", "광주광역시교육청", BuyerKind.EDUCATION_OFFICE, "광주광역시", 24_000),
			new DemoBuyer("gwangju", "광주광역시도시공사", BuyerKind.PUBLIC_ENTERPRISE, "광주광역시", 10_000),
			new DemoBuyer("gwangju", "광주광역시 동구청", BuyerKind.LOCAL_GOVERNMENT, "광주광역시", 6_000));

	private static final ContractMethod[] METHODS = { ContractMethod.SOLE_SOURCE, ContractMethod.SOLE_SOURCE,
			ContractMethod.SOLE_SOURCE, ContractMethod.SOLE_SOURCE, ContractMethod.DIRECT, ContractMethod.DIRECT,
			ContractMethod.DIRECT, ContractMethod.TENDER, ContractMethod.TENDER, ContractMethod.OTHER };

	/** What the demo member's organization is recognized by, and the buyer of its sale awaiting confirmation. */
	private static final String MEMBER_ORGANIZATION = "행복베이커리 사회적협동조합";

	private final Buyers buyers;
	private final Purchases purchases;
	private final Categories categories;
	private final ListingRepository listings;
	private final CentersApi centers;
	private final EnterprisesApi enterprises;
	private final Clock clock;
	private final TransactionTemplate transaction;

	DemoProcurement(Buyers buyers, Purchases purchases, Categories categories, ListingRepository listings,
			CentersApi centers, EnterprisesApi enterprises, Clock clock, PlatformTransactionManager transactions) {
		this.buyers = buyers;
		this.purchases = purchases;
		this.categories = categories;
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

	/** A seller the demo buys from: its business number and the category of its products. */
	private record Seller(String businessNumber, String name, long categoryId) {
	}

	private void seed() {
		Optional<CenterSummary> busan = centers.findBySlug("busan");
		if (busan.isEmpty() || !buyers.of(busan.get().id()).isEmpty() || categories.tree().isEmpty()) {
			return;
		}
		long anyCategory = categories.tree().get(0).id();
		Map<String, List<Seller>> sellers = new LinkedHashMap<>();
		LocalDate today = Seoul.today(clock);
		LocalDate lastYearStart = LocalDate.of(today.getYear() - 1, 1, 1);
		LocalDate pendingFrom = today.minusDays(30);
		int records = 0;
		for (int i = 0; i < BUYERS.size(); i++) {
			DemoBuyer demo = BUYERS.get(i);
			Optional<CenterSummary> center = centers.findBySlug(demo.slug());
			if (center.isEmpty()) {
				continue;
			}
			List<Seller> sellersHere = sellers.computeIfAbsent(demo.slug(),
					slug -> sellersOf(center.get().id(), anyCategory));
			if (sellersHere.isEmpty()) {
				continue;
			}
			long buyerId = buyers.register(center.get().id(), new Buyers.Terms(demo.name(), demo.kind(), demo.sido(),
					"구매 담당 주무관", "051-000-" + String.format("%04d", 1000 + i), null));
			Random random = new Random(2026L + i);
			for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
				// targets grow a little each year, as the law asks
				long target = demo.targetTenThousands() * 10_000L * (year == today.getYear() ? 105 : 100) / 100;
				buyers.setTarget(buyerId, year, String.valueOf(target));
				LocalDate from = year == today.getYear() ? LocalDate.of(year, 1, 1) : lastYearStart;
				LocalDate until = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
				long days = ChronoUnit.DAYS.between(from, until) + 1;
				double share = days / (double) from.lengthOfYear();
				long goal = Math.round(target * (0.6 + random.nextDouble() * 0.7) * share);
				long sold = 0;
				while (sold < goal) {
					long amount = Math.min(goal - sold, (200 + random.nextInt(3800)) * 10_000L);
					amount = Math.max(10_000L, amount / 10_000L * 10_000L);
					Seller seller = sellersHere.get(random.nextInt(sellersHere.size()));
					LocalDate date = from.plusDays(random.nextInt((int) days));
					long id = purchases.record(new Purchases.Terms(buyerId, seller.businessNumber(), seller.categoryId(),
							String.valueOf(amount), date, METHODS[random.nextInt(METHODS.length)]), null);
					if (date.isBefore(pendingFrom)) {
						purchases.confirmOnBehalf(id);
					}
					sold += amount;
					records++;
				}
			}
			if (i == 0) {
				sellersHere.stream().filter(s -> s.name().equals(MEMBER_ORGANIZATION)).findFirst().ifPresent(s -> purchases
					.record(new Purchases.Terms(buyerId, s.businessNumber(), s.categoryId(), "3,300,000",
							today.minusDays(3), ContractMethod.SOLE_SOURCE), null));
			}
		}
		log.info("Demo procurement: {} buyers, {} purchase records", BUYERS.size(), records);
	}

	private List<Seller> sellersOf(long centerId, long anyCategory) {
		Map<Long, Seller> found = new LinkedHashMap<>();
		for (Listing l : listings.shownIn(centers.centerAndDescendantIds(centerId))) {
			if (found.containsKey(l.getOrganizationId())) {
				continue;
			}
			Optional<OrganizationSummary> org = enterprises.findById(l.getOrganizationId());
			if (org.isPresent() && org.get().businessNumber() != null) {
				found.put(l.getOrganizationId(), new Seller(org.get().businessNumber(), org.get().name(),
						l.getCategoryId() == null ? anyCategory : l.getCategoryId()));
			}
		}
		return new ArrayList<>(found.values());
	}
}
