package org.ieum.enterprises.demo;

import static org.ieum.enterprises.DesignationType.PRE_SOCIAL_MINISTRY;
import static org.ieum.enterprises.DesignationType.PRE_SOCIAL_REGIONAL;
import static org.ieum.enterprises.DesignationType.SOCIAL_ENTERPRISE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.DesignationStatus;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.IndustrySection;
import org.ieum.enterprises.SocialPurpose;
import org.ieum.enterprises.VillageStage;
import org.ieum.enterprises.records.ChangeHistory;
import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.DesignationRepository;
import org.ieum.enterprises.records.DesignationTerms;
import org.ieum.enterprises.records.FieldChange;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationProfile;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.enterprises.records.Product;
import org.ieum.enterprises.records.ProductRepository;
import org.ieum.shared.Seoul;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Tops the demo directory up to the {@link SeedFigures}: for each figure it counts what the
 * hand-written samples already hold and adds synthetic organizations with one designation
 * each until the count is reached. Everything is derived from a counter, so two fresh
 * databases get the same names, numbers and addresses.
 */
@Component
class SeedDirectory {

	private record Trade(String word, IndustrySection industry, String business, List<String> products) {
	}

	private static final List<String> PREFIXES = List.of("해오름", "다솜", "푸른숲", "늘봄", "한빛", "새벽", "온누리", "바른",
			"나눔", "이음", "소담", "가온", "누리", "도담", "마루", "별빛", "두레", "품앗이", "새싹", "햇살", "바다숲", "들꽃", "한울",
			"솔빛", "미소", "꿈터", "어울림", "다온", "희망", "열매", "하늘빛", "보듬", "함께", "모두의", "새길", "동행", "징검다리",
			"우리동네", "맑은샘", "초록", "봄내", "너나들이");

	private static final List<Trade> TRADES = List.of(
			new Trade("베이커리", IndustrySection.C, "우리밀과 지역 농산물로 빵과 과자를 만듭니다.", List.of("우리밀 식빵", "쌀 쿠키")),
			new Trade("돌봄", IndustrySection.Q, "어르신과 장애인에게 방문 돌봄 서비스를 제공합니다.", List.of("방문 돌봄")),
			new Trade("공방", IndustrySection.C, "목공과 생활 공예품을 만들고 체험 교육을 합니다.", List.of("원목 도마", "공예 체험")),
			new Trade("식당", IndustrySection.I, "지역 식재료로 백반과 도시락을 만듭니다.", List.of("건강 도시락")),
			new Trade("농장", IndustrySection.A, "친환경 채소를 길러 꾸러미로 배송합니다.", List.of("제철 채소 꾸러미")),
			new Trade("청소", IndustrySection.N, "공공기관과 아파트 단지의 청소와 방역을 합니다.", List.of("건물 청소")),
			new Trade("인쇄", IndustrySection.C, "친환경 용지로 인쇄물과 홍보물을 만듭니다.", List.of("소량 인쇄")),
			new Trade("카페", IndustrySection.I, "공정무역 커피를 팔고 청년을 고용합니다.", List.of("공정무역 원두")),
			new Trade("교육", IndustrySection.P, "청소년 진로 교육과 사회적경제 교육을 합니다.", List.of("진로 교육")),
			new Trade("여행", IndustrySection.N, "지역 골목과 생태를 잇는 공정여행을 운영합니다.", List.of("골목 여행")),
			new Trade("집수리", IndustrySection.F, "취약계층의 주거 환경을 고칩니다.", List.of("집수리")),
			new Trade("세탁", IndustrySection.S, "공공기관과 요양시설의 세탁을 맡습니다.", List.of()),
			new Trade("새활용", IndustrySection.E, "버려진 자원을 새활용 제품으로 만듭니다.", List.of("새활용 가방")),
			new Trade("문화예술", IndustrySection.R, "공연과 마을 축제를 기획합니다.", List.of("마을 공연")),
			new Trade("출판", IndustrySection.J, "지역 이야기를 책과 잡지로 펴냅니다.", List.of("마을 잡지")),
			new Trade("디자인", IndustrySection.M, "사회적경제 기업의 브랜드와 포장을 디자인합니다.", List.of("브랜드 디자인")),
			new Trade("코딩", IndustrySection.J, "비영리 단체의 누리집과 앱을 만듭니다.", List.of("누리집 제작")),
			new Trade("에너지", IndustrySection.D, "시민 햇빛발전소를 세우고 운영합니다.", List.of()),
			new Trade("로컬푸드", IndustrySection.G, "지역 농산물 직매장을 운영합니다.", List.of("로컬푸드 꾸러미")),
			new Trade("반찬", IndustrySection.I, "어르신과 1인 가구에 반찬을 배달합니다.", List.of("반찬 꾸러미")),
			new Trade("물류", IndustrySection.H, "동네 상점의 배송을 맡습니다.", List.of()),
			new Trade("건강", IndustrySection.Q, "마을 건강 상담과 운동 교실을 엽니다.", List.of()),
			new Trade("봉제", IndustrySection.C, "에코백과 작업복을 봉제합니다.", List.of("에코백")),
			new Trade("책방", IndustrySection.G, "동네 책방과 독서 모임을 운영합니다.", List.of("독서 모임")),
			new Trade("수산", IndustrySection.A, "어촌 수산물을 가공해 팝니다.", List.of("멸치 선물세트")),
			new Trade("제과", IndustrySection.C, "발달장애인과 함께 수제 과자를 굽습니다.", List.of("수제 쿠키")),
			new Trade("공동육아", IndustrySection.Q, "공동육아 어린이집을 운영합니다.", List.of()),
			new Trade("컨설팅", IndustrySection.M, "사회적경제 기업의 경영을 돕습니다.", List.of("경영 진단")),
			new Trade("방역", IndustrySection.N, "생활 방역과 소독을 합니다.", List.of()),
			new Trade("꽃집", IndustrySection.G, "꽃과 화분을 팔고 원예 치료 교실을 엽니다.", List.of("원예 체험")));

	private static final Map<String, List<String>> DISTRICTS = Map.of(
			"busan", List.of("중구", "서구", "동구", "영도구", "부산진구", "동래구", "남구", "북구", "해운대구", "사하구", "금정구",
					"강서구", "연제구", "수영구", "사상구", "기장군"),
			"gwangju", List.of("동구", "서구", "남구", "북구", "광산구"),
			"gwangju-donggu", List.of("동구"),
			"gunsan", List.of("군산시"));

	private static final Map<String, String> AREA_CODES = Map.of("busan", "051", "gwangju", "062", "gwangju-donggu",
			"062", "gunsan", "063");

	private static final List<String> SURNAMES = List.of("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오");

	private static final List<String> GIVEN_NAMES = List.of("민준", "서연", "도윤", "하은", "지호", "수아", "현우", "지민",
			"예준", "채원", "승민", "유진", "태윤", "다인", "건우", "소윤", "은호", "나래", "시우", "가람");

	private static final List<String> SERVICE_FIELDS = List.of("사회복지", "교육", "보건", "문화", "환경", "보육");

	private static final List<String> MINISTRIES = List.of("환경부", "산림청", "농림축산식품부", "문화체육관광부", "국토교통부");

	/** A demo center whose figures fill a child center too: every sixth new Gwangju organization belongs to 동구. */
	private static final String CHILD_SHARE_PARENT = "gwangju";

	private static final String CHILD_SHARE_CHILD = "gwangju-donggu";

	private final OrganizationRepository organizations;
	private final DesignationRepository designations;
	private final ProductRepository products;
	private final ChangeHistory history;
	private final CentersApi centers;
	private final Clock clock;

	@PersistenceContext
	private EntityManager entityManager;

	SeedDirectory(OrganizationRepository organizations, DesignationRepository designations, ProductRepository products,
			ChangeHistory history, CentersApi centers, Clock clock) {
		this.organizations = organizations;
		this.designations = designations;
		this.products = products;
		this.history = history;
		this.centers = centers;
		this.clock = clock;
	}

	/** Adds what the figures miss; called inside the demo loader's transaction. Returns how many it added. */
	int topUp() {
		Map<DesignationType, Integer> perTypeCounter = new EnumMap<>(DesignationType.class);
		int added = 0;
		for (SeedFigures figure : SeedFigures.ALL) {
			CenterSummary center = centers.findBySlug(figure.centerSlug()).orElse(null);
			if (center == null) {
				continue;
			}
			long held = organizations.count(Specification.allOf(
					OrganizationRepository.ownedByAnyOf(centers.centerAndDescendantIds(center.id())),
					OrganizationRepository.notClosed(),
					Specification.anyOf(figure.types().stream().map(OrganizationRepository::holding).toList())));
			DesignationType type = figure.types().contains(PRE_SOCIAL_REGIONAL) ? PRE_SOCIAL_REGIONAL
					: figure.types().iterator().next();
			for (long n = held; n < figure.organizations(); n++) {
				// Social enterprises and pre-social ones share a name style, so they share a counter.
				int k = perTypeCounter.merge(type == PRE_SOCIAL_REGIONAL ? SOCIAL_ENTERPRISE : type, 1, Integer::sum) - 1;
				DesignationType actual = type == PRE_SOCIAL_REGIONAL && n % 4 == 3 ? PRE_SOCIAL_MINISTRY : type;
				String slug = figure.centerSlug().equals(CHILD_SHARE_PARENT) && k % 6 == 5 ? CHILD_SHARE_CHILD
						: figure.centerSlug();
				add(slug, actual, k);
				if (++added % 200 == 0) {
					flushAndClear();
				}
			}
		}
		flushAndClear();
		return added;
	}

	/** Search documents are built before the session lets the entities go; they reach the index at commit. */
	private void flushAndClear() {
		entityManager.flush();
		Search.session(entityManager).indexingPlan().process();
		entityManager.clear();
	}

	private void add(String slug, DesignationType type, int k) {
		long centerId = centers.findBySlug(slug).orElseThrow().id();
		int prefix = k % PREFIXES.size();
		int round = k / PREFIXES.size();
		Trade trade = TRADES.get((round * (PREFIXES.size() + 1) + prefix) % TRADES.size());
		String stem = PREFIXES.get(prefix) + trade.word();
		List<String> districts = DISTRICTS.get(slug);
		String sigungu = districts.get((k * 7 + type.ordinal()) % districts.size());
		String sido = sidoOf(slug);
		int serial = type.ordinal() * 10_000 + k;
		BusinessNumber number = number(serial);
		boolean social = type == SOCIAL_ENTERPRISE || type == PRE_SOCIAL_REGIONAL || type == PRE_SOCIAL_MINISTRY;
		SocialPurpose purpose = social ? SocialPurpose.values()[k % SocialPurpose.values().length] : null;
		int employees = 3 + k % 40;
		OrganizationProfile profile = new OrganizationProfile(name(stem, type, k), null,
				SURNAMES.get(k % SURNAMES.size()) + GIVEN_NAMES.get((k / 3) % GIVEN_NAMES.size()), sido, sigungu,
				sido + " " + sigungu + " 예시로 " + (1 + k % 300) + " (예시 주소)",
				AREA_CODES.get(slug) + "-000-" + String.format("%04d", serial % 10_000),
				k % 4 == 0 ? "https://example.org/demo/" + serial : null, null, trade.industry(), trade.business(),
				LocalDate.of(2008 + k % 17, 1 + k % 12, 1), employees, k % (employees / 2 + 1), purpose,
				purpose == SocialPurpose.SOCIAL_SERVICES || purpose == SocialPurpose.MIXED
						? SERVICE_FIELDS.get(k % SERVICE_FIELDS.size()) : null);
		Organization organization = organizations.save(new Organization(number.formatted(), number, Set.of(centerId),
				profile, clock.instant()));
		history.record(organization.getId(), new FieldChange("created", null, profile.name()));
		designations.save(new Designation(organization.getId(), terms(type, sido, k), Designation.MANUAL, clock.instant()));
		if (k % 3 == 0) {
			for (String product : trade.products()) {
				products.save(new Product(organization.getId(), product, profile.name() + "의 " + product + "입니다.",
						k % 2 == 0 ? 5_000L + (k % 20) * 1_000L : null, clock.instant()));
			}
		}
	}

	private DesignationTerms terms(DesignationType type, String sido, int k) {
		LocalDate today = Seoul.today(clock);
		return switch (type) {
			case SOCIAL_ENTERPRISE -> {
				LocalDate on = LocalDate.of(2010 + k % 15, 1 + k % 12, 1 + k % 28);
				yield new DesignationTerms(type, "제" + on.getYear() + "-" + String.format("%03d", 1 + k % 400) + "호",
						"고용노동부", null, null, 1 + k % 30, on, null, DesignationStatus.ACTIVE);
			}
			case PRE_SOCIAL_REGIONAL, PRE_SOCIAL_MINISTRY -> {
				// Designated within the last two years, so the three-year term is still running.
				LocalDate on = today.minusDays(30 + (k * 37L) % 700);
				yield new DesignationTerms(type, null, type == PRE_SOCIAL_MINISTRY ? MINISTRIES.get(k % MINISTRIES.size()) : sido,
						type == PRE_SOCIAL_MINISTRY ? MINISTRIES.get(k % MINISTRIES.size()) : null, null, null, on,
						on.plusYears(3).minusDays(1), DesignationStatus.ACTIVE);
			}
			case VILLAGE_ENTERPRISE -> new DesignationTerms(type, null, "행정안전부", null,
					VillageStage.values()[k % VillageStage.values().length], null, LocalDate.of(2011 + k % 14, 3 + k % 9, 1),
					null, DesignationStatus.ACTIVE);
			case SELF_SUFFICIENCY -> new DesignationTerms(type, null, "보건복지부", null, null, null,
					LocalDate.of(2009 + k % 16, 1 + k % 12, 10), null, DesignationStatus.ACTIVE);
			case COOPERATIVE, SOCIAL_COOPERATIVE -> new DesignationTerms(type, null,
					type == DesignationType.COOPERATIVE ? sido : "기획재정부", null, null, null, LocalDate.of(2013 + k % 12, 1 + k % 12, 5),
					null, DesignationStatus.ACTIVE);
		};
	}

	private static String name(String stem, DesignationType type, int k) {
		return switch (type) {
			case SOCIAL_ENTERPRISE, PRE_SOCIAL_REGIONAL, PRE_SOCIAL_MINISTRY -> switch (k % 3) {
				case 0 -> "주식회사 " + stem;
				case 1 -> stem + " 주식회사";
				default -> "유한회사 " + stem;
			};
			case VILLAGE_ENTERPRISE -> k % 2 == 0 ? stem + " 마을기업" : "마을기업 " + stem;
			case COOPERATIVE -> stem + " 협동조합";
			case SOCIAL_COOPERATIVE -> stem + " 사회적협동조합";
			case SELF_SUFFICIENCY -> stem + " 자활기업";
		};
	}

	private static String sidoOf(String slug) {
		return switch (slug) {
			case "busan" -> "부산광역시";
			case "gunsan" -> "전북특별자치도";
			default -> "광주광역시";
		};
	}

	/** 8TT-8S-SSSSC: a made-up number with a valid check digit that no hand-written sample uses. */
	static BusinessNumber number(int serial) {
		String nine = String.format("8%02d8%05d", serial / 10_000, serial % 10_000);
		return new BusinessNumber(nine + BusinessNumber.checkDigitOf(nine));
	}
}
