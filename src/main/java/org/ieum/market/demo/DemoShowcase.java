package org.ieum.market.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.ieum.market.catalog.Categories;
import org.ieum.market.catalog.ListingRefresh;
import org.ieum.market.catalog.ListingRepository;
import org.ieum.market.catalog.Listings;
import org.ieum.shared.Authorities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo showcase: the product categories centers use (식품 with 제과·제빵 and more, 청소·방역, 인쇄·출판,
 * ...) and the demo organizations' products with a category, a minimum order and a delivery region; one
 * product per center is featured on its home page. It goes through the same services staff use, as a
 * system administrator, so the demo obeys the showcase's rules. Nothing is seeded twice.
 */
@Component
@Order(90)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoShowcase implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoShowcase.class);

	/** A demo product's showcase details: its category by name (parent > child), and whether it is featured. */
	private record Details(String category, String minOrder, String deliveryRegion, boolean service,
			boolean featured) {
	}

	private static final Map<String, List<String>> TREE = new LinkedHashMap<>();

	static {
		TREE.put("식품", List.of("제과·제빵", "농산물·꾸러미", "도시락·반찬", "음료·커피"));
		TREE.put("청소·방역", List.of());
		TREE.put("인쇄·출판", List.of());
		TREE.put("사무용품", List.of());
		TREE.put("공예·생활용품", List.of());
		TREE.put("교육 서비스", List.of());
		TREE.put("돌봄 서비스", List.of());
		TREE.put("여행·문화 서비스", List.of());
		TREE.put("IT·누리집 제작", List.of());
		TREE.put("집수리·시공", List.of());
		TREE.put("경영 컨설팅", List.of());
	}

	private static final Map<String, Details> PRODUCTS = Map.ofEntries(
			Map.entry("우리밀 식빵", new Details("식품 > 제과·제빵", "20개", "부산 전역", false, true)),
			Map.entry("단체 간식 꾸러미", new Details("식품 > 제과·제빵", "30인분 이상", "부산·김해", false, false)),
			Map.entry("독서 모임", new Details("교육 서비스", null, "부산 동래구", true, false)),
			Map.entry("새활용 가방", new Details("공예·생활용품", "10개", "전국 택배", false, false)),
			Map.entry("골목 투어", new Details("여행·문화 서비스", "5명 이상", "부산 영도구", true, false)),
			Map.entry("누리집 제작", new Details("IT·누리집 제작", null, "전국", true, false)),
			Map.entry("집수리", new Details("집수리·시공", null, "부산 전역", true, false)),
			Map.entry("박대 정식", new Details("식품 > 도시락·반찬", "10인분", "군산시", false, true)),
			Map.entry("진로 캠프", new Details("교육 서비스", "20명", "전북 전역", true, false)),
			Map.entry("제철 꾸러미", new Details("식품 > 농산물·꾸러미", "5상자", "전국 택배", false, false)),
			Map.entry("한지 등", new Details("공예·생활용품", "5개", "전국 택배", false, true)),
			Map.entry("성탄 케이크", new Details("식품 > 제과·제빵", "10개", "광주 전역", false, true)),
			Map.entry("마을 커피", new Details("식품 > 음료·커피", "1kg", "광주 남구", false, false)),
			Map.entry("경영 진단", new Details("경영 컨설팅", null, "광주·전남", true, true)),
			Map.entry("토기 체험", new Details("교육 서비스", "15명", "김해시", true, true)),
			Map.entry("반찬 꾸러미", new Details("식품 > 도시락·반찬", "10인분", "김해시", false, false)),
			// the products of the organizations that top the directory up to the published figures
			Map.entry("쌀 쿠키", new Details("식품 > 제과·제빵", "20봉", "택배 가능", false, false)),
			Map.entry("수제 쿠키", new Details("식품 > 제과·제빵", "20봉", "택배 가능", false, false)),
			Map.entry("방문 돌봄", new Details("돌봄 서비스", null, "시 전역", true, false)),
			Map.entry("원목 도마", new Details("공예·생활용품", "5개", "전국 택배", false, false)),
			Map.entry("공예 체험", new Details("교육 서비스", "10명", null, true, false)),
			Map.entry("건강 도시락", new Details("식품 > 도시락·반찬", "20개", "시 전역", false, false)),
			Map.entry("제철 채소 꾸러미", new Details("식품 > 농산물·꾸러미", "5상자", "전국 택배", false, false)),
			Map.entry("로컬푸드 꾸러미", new Details("식품 > 농산물·꾸러미", "5상자", "시 전역", false, false)),
			Map.entry("멸치 선물세트", new Details("식품", "10세트", "전국 택배", false, false)),
			Map.entry("건물 청소", new Details("청소·방역", null, "시 전역", true, false)),
			Map.entry("소량 인쇄", new Details("인쇄·출판", "100부", "전국", false, false)),
			Map.entry("마을 잡지", new Details("인쇄·출판", "50부", "전국", false, false)),
			Map.entry("공정무역 원두", new Details("식품 > 음료·커피", "1kg", "전국 택배", false, false)),
			Map.entry("진로 교육", new Details("교육 서비스", "20명", null, true, false)),
			Map.entry("골목 여행", new Details("여행·문화 서비스", "5명 이상", null, true, false)),
			Map.entry("마을 공연", new Details("여행·문화 서비스", null, null, true, false)),
			Map.entry("브랜드 디자인", new Details("인쇄·출판", null, "전국", true, false)),
			Map.entry("에코백", new Details("사무용품", "50개", "전국 택배", false, false)),
			Map.entry("원예 체험", new Details("교육 서비스", "10명", null, true, false)));

	private final Categories categories;
	private final Listings listings;
	private final ListingRepository listingRepository;
	private final ListingRefresh refresh;
	private final TransactionTemplate transaction;

	DemoShowcase(Categories categories, Listings listings, ListingRepository listingRepository,
			ListingRefresh refresh, PlatformTransactionManager transactions) {
		this.transaction = new TransactionTemplate(transactions);
		this.categories = categories;
		this.listings = listings;
		this.listingRepository = listingRepository;
		this.refresh = refresh;
	}

	@Override
	public void run(ApplicationArguments args) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new UsernamePasswordAuthenticationToken("demo", null,
				AuthorityUtils.createAuthorityList(Authorities.SYSTEM_ADMIN)));
		SecurityContextHolder.setContext(context);
		try {
			// one transaction: hundreds of listings are described and indexed at once, not one by one
			transaction.executeWithoutResult(status -> seed());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void seed() {
		if (!categories.tree().isEmpty()) {
			return;
		}
		TREE.forEach((top, children) -> {
			long id = categories.add(null, top);
			children.forEach(child -> categories.add(id, child));
		});
		Map<String, Long> byLabel = new LinkedHashMap<>();
		categories.tree().forEach(n -> byLabel.put(n.label(), n.id()));
		refresh.refresh();
		int described = 0;
		Set<String> featured = new HashSet<>();
		for (var listing : listingRepository.findAll(Sort.by("productId"))) {
			Details details = PRODUCTS.get(listing.getName());
			if (details == null) {
				continue;
			}
			listings.describe(listing.getProductId(), new Listings.Details(byLabel.get(details.category()),
					details.minOrder(), details.deliveryRegion(), details.service()));
			// the demo organization's own product (the first of its name) is featured, not every copy of it
			if (details.featured() && featured.add(listing.getName())) {
				listings.feature(listing.getProductId(), true);
			}
			described++;
		}
		log.info("Demo showcase: {} categories, {} products described", byLabel.size(), described);
	}
}
