package org.ieum.enterprises.demo;

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
import org.ieum.enterprises.records.OrganizationManager;
import org.ieum.enterprises.records.OrganizationManagerRepository;
import org.ieum.enterprises.records.OrganizationProfile;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.enterprises.records.Product;
import org.ieum.enterprises.records.ProductRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.Seoul;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.ieum.enterprises.DesignationType.COOPERATIVE;
import static org.ieum.enterprises.DesignationType.PRE_SOCIAL_MINISTRY;
import static org.ieum.enterprises.DesignationType.PRE_SOCIAL_REGIONAL;
import static org.ieum.enterprises.DesignationType.SELF_SUFFICIENCY;
import static org.ieum.enterprises.DesignationType.SOCIAL_COOPERATIVE;
import static org.ieum.enterprises.DesignationType.SOCIAL_ENTERPRISE;
import static org.ieum.enterprises.DesignationType.VILLAGE_ENTERPRISE;

/**
 * About thirty hand-written sample organizations across the demo centers, each added only
 * when its business number is missing, so a second start adds nothing; on the first start
 * {@link SeedDirectory} then tops the directory up to the seed articles' figures. Numbers are made up but
 * carry a valid check digit; addresses use "000" and phones the unassigned 000 exchange.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
public class DemoOrganizations implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganizations.class);

	static final String MEMBER_EMAIL = "member@ieum.example";

	/** The Busan organization the demo member manages, and the one whose record is duplicated for the merge demo. */
	static final int MANAGED_INDEX = 0;
	static final int DUPLICATED_INDEX = 2;

	private record Sample(String slug, String sido, String sigungu, String name, IndustrySection industry,
			String business, List<DesignationType> types, List<String> products) {
	}

	private static final List<Sample> SAMPLES = List.of(
			new Sample("busan", "부산광역시", "사상구", "행복베이커리 사회적협동조합", IndustrySection.C, "지역 농산물로 빵과 과자를 만들고 발달장애 청년을 고용합니다.",
					List.of(SOCIAL_COOPERATIVE, SOCIAL_ENTERPRISE, VILLAGE_ENTERPRISE), List.of("우리밀 식빵", "단체 간식 꾸러미")),
			new Sample("busan", "부산광역시", "동래구", "동래행복책방 협동조합", IndustrySection.G, "동네 책방과 독서 모임을 운영합니다.", List.of(COOPERATIVE), List.of("독서 모임")),
			new Sample("busan", "부산광역시", "사하구", "바다살림 주식회사", IndustrySection.E, "해양 쓰레기를 수거해 새활용 제품을 만듭니다.", List.of(SOCIAL_ENTERPRISE), List.of("새활용 가방")),
			new Sample("busan", "부산광역시", "부산진구", "청년돌봄 주식회사", IndustrySection.Q, "어르신 방문 돌봄 서비스를 제공합니다.", List.of(PRE_SOCIAL_REGIONAL), List.of()),
			new Sample("busan", "부산광역시", "영도구", "영도마을기업 깡깡이", IndustrySection.I, "마을 식당과 골목 투어를 운영합니다.", List.of(VILLAGE_ENTERPRISE), List.of("골목 투어")),
			new Sample("busan", "부산광역시", "금정구", "금정자활 청소사업단", IndustrySection.N, "공공시설 청소와 방역을 합니다.", List.of(SELF_SUFFICIENCY), List.of()),
			new Sample("busan", "부산광역시", "해운대구", "누리소프트 협동조합", IndustrySection.J, "비영리 단체의 누리집을 만듭니다.", List.of(COOPERATIVE, PRE_SOCIAL_MINISTRY), List.of("누리집 제작")),
			new Sample("busan", "부산광역시", "수영구", "수영공정여행 사회적협동조합", IndustrySection.N, "공정여행 프로그램을 기획합니다.", List.of(SOCIAL_COOPERATIVE), List.of()),
			new Sample("busan", "부산광역시", "북구", "함께짓는집 주식회사", IndustrySection.F, "취약계층 주거 개선 공사를 합니다.", List.of(SOCIAL_ENTERPRISE), List.of("집수리")),
			new Sample("busan", "부산광역시", "남구", "문화숲 협동조합", IndustrySection.R, "공연과 문화예술 교육을 합니다.", List.of(COOPERATIVE), List.of()),
			new Sample("gunsan", "전북특별자치도", "군산시", "군산째보선창 마을기업", IndustrySection.I, "근대 골목 먹거리를 팝니다.", List.of(VILLAGE_ENTERPRISE), List.of("박대 정식")),
			new Sample("jeonbuk", "전북특별자치도", "군산시", "새만금에너지 협동조합", IndustrySection.D, "시민 햇빛발전소를 운영합니다.", List.of(COOPERATIVE), List.of()),
			new Sample("gunsan", "전북특별자치도", "군산시", "군산청소년학교 주식회사", IndustrySection.P, "청소년 진로 교육을 합니다.", List.of(PRE_SOCIAL_REGIONAL), List.of("진로 캠프")),
			new Sample("gunsan", "전북특별자치도", "군산시", "월명돌봄 사회적협동조합", IndustrySection.Q, "장애인 활동 지원을 합니다.", List.of(SOCIAL_COOPERATIVE, SOCIAL_ENTERPRISE), List.of()),
			new Sample("gunsan", "전북특별자치도", "군산시", "군산자활 세탁소", IndustrySection.S, "공공기관 세탁 서비스를 합니다.", List.of(SELF_SUFFICIENCY), List.of()),
			new Sample("gunsan", "전북특별자치도", "군산시", "금강로컬푸드 주식회사", IndustrySection.A, "지역 농산물 꾸러미를 배송합니다.", List.of(SOCIAL_ENTERPRISE), List.of("제철 꾸러미")),
			new Sample("jeonbuk", "전북특별자치도", "전주시", "전주한지공방 협동조합", IndustrySection.C, "한지 공예품을 만듭니다.", List.of(COOPERATIVE), List.of("한지 등")),
			new Sample("jeonbuk", "전북특별자치도", "완주군", "완주로컬푸드 사회적협동조합", IndustrySection.G, "로컬푸드 직매장을 운영합니다.", List.of(SOCIAL_COOPERATIVE), List.of()),
			new Sample("gwangju", "광주광역시", "서구", "빛고을제과 주식회사", IndustrySection.C, "성탄 케이크 공동 제작에 참여한 제과점입니다.", List.of(SOCIAL_ENTERPRISE), List.of("성탄 케이크")),
			new Sample("gwangju", "광주광역시", "북구", "무등진로교육 협동조합", IndustrySection.P, "학교 진로 교육을 합니다.", List.of(COOPERATIVE, PRE_SOCIAL_REGIONAL), List.of()),
			new Sample("gwangju", "광주광역시", "남구", "양림마을기업 펭귄", IndustrySection.I, "마을 카페를 운영합니다.", List.of(VILLAGE_ENTERPRISE), List.of("마을 커피")),
			new Sample("gwangju", "광주광역시", "광산구", "광산자활 도시락", IndustrySection.I, "어르신 도시락을 배달합니다.", List.of(SELF_SUFFICIENCY), List.of()),
			new Sample("gwangju", "광주광역시", "서구", "광주사회적금융 협동조합", IndustrySection.K, "사회적경제 기업에 소액 융자를 합니다.", List.of(COOPERATIVE), List.of()),
			new Sample("gwangju-donggu", "광주광역시", "동구", "동구컨설팅 사회적협동조합", IndustrySection.M, "사회적경제 기업 경영 컨설팅을 합니다.", List.of(SOCIAL_COOPERATIVE), List.of("경영 진단")),
			new Sample("gwangju-donggu", "광주광역시", "동구", "충장로문화 주식회사", IndustrySection.R, "거리 공연을 기획합니다.", List.of(PRE_SOCIAL_MINISTRY), List.of()),
			new Sample("gwangju-donggu", "광주광역시", "동구", "동명동마을기업", IndustrySection.G, "마을 장터를 엽니다.", List.of(VILLAGE_ENTERPRISE), List.of()),
			new Sample("gimhae", "경상남도", "김해시", "김해청년창업 협동조합", IndustrySection.M, "예비 창업자 공유 사무실을 운영합니다.", List.of(COOPERATIVE), List.of()),
			new Sample("gimhae", "경상남도", "김해시", "가야공예 사회적협동조합", IndustrySection.C, "가야 토기 체험과 공예품을 만듭니다.", List.of(SOCIAL_COOPERATIVE, SOCIAL_ENTERPRISE), List.of("토기 체험")),
			new Sample("gimhae", "경상남도", "김해시", "장유마을기업 다온", IndustrySection.I, "마을 반찬가게를 운영합니다.", List.of(VILLAGE_ENTERPRISE), List.of("반찬 꾸러미")),
			new Sample("gimhae", "경상남도", "김해시", "김해자활 재활용센터", IndustrySection.E, "중고 가구를 수리해 팝니다.", List.of(SELF_SUFFICIENCY), List.of()),
			new Sample("gimhae", "경상남도", "김해시", "진영청소년멘토링 주식회사", IndustrySection.P, "청소년 멘토링을 합니다.", List.of(PRE_SOCIAL_REGIONAL), List.of()));

	private final OrganizationRepository organizations;
	private final DesignationRepository designations;
	private final ProductRepository products;
	private final OrganizationManagerRepository managers;
	private final ChangeHistory history;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final Clock clock;
	private final SeedDirectory seedDirectory;

	DemoOrganizations(OrganizationRepository organizations, DesignationRepository designations,
			ProductRepository products, OrganizationManagerRepository managers, ChangeHistory history,
			CentersApi centers, IdentityApi identity, Clock clock, SeedDirectory seedDirectory) {
		this.seedDirectory = seedDirectory;
		this.organizations = organizations;
		this.designations = designations;
		this.products = products;
		this.managers = managers;
		this.history = history;
		this.centers = centers;
		this.identity = identity;
		this.clock = clock;
	}

	/** How many sample organizations there are; sample i has {@link #demoNumber(int)} i. */
	static int sampleCount() {
		return SAMPLES.size();
	}

	/** A made-up number with a valid check digit: 9NN-8N-NNNNN never belongs to the demo of another module. */
	public static BusinessNumber demoNumber(int index) {
		String nine = String.format("9%02d8%05d", index / 10, index);
		return new BusinessNumber(nine + BusinessNumber.checkDigitOf(nine));
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int added = 0;
		LocalDate today = Seoul.today(clock);
		for (int i = 0; i < SAMPLES.size(); i++) {
			Sample sample = SAMPLES.get(i);
			BusinessNumber number = demoNumber(i);
			Optional<Long> center = centers.findBySlug(sample.slug()).map(CenterSummary::id);
			if (center.isEmpty() || organizations.existsByBusinessNumber(number.digits())) {
				continue;
			}
			Organization organization = save(sample, number, center.get(), i);
			addDesignations(organization.getId(), sample, i, today);
			for (String product : sample.products()) {
				products.save(new Product(organization.getId(), product, sample.name() + "의 " + product + "입니다.",
						i % 2 == 0 ? 10_000L * (i + 1) : null, clock.instant()));
			}
			if (i == MANAGED_INDEX) {
				memberAccountId().ifPresent(account -> managers.save(new OrganizationManager(organization.getId(),
						account, clock.instant())));
			}
			if (i == DUPLICATED_INDEX) {
				// The same organization again, as a second public list would bring it: staff see it and merge it.
				Organization duplicate = save(sample, number, center.get(), i);
				designations.save(new Designation(duplicate.getId(), new DesignationTerms(COOPERATIVE, null, "부산광역시", null,
						null, null, LocalDate.of(2019, 3, 4), null, DesignationStatus.ACTIVE), "IMPORT:예시 목록",
						clock.instant()));
			}
			added++;
		}
		if (added > 0) {
			// Only on the first start: a later top-up would undo what staff merged or closed.
			added += seedDirectory.topUp();
			log.info("Demo data: {} organizations added", added);
		}
	}

	private Organization save(Sample s, BusinessNumber number, long centerId, int i) {
		OrganizationProfile profile = new OrganizationProfile(s.name(), null, "홍길동", s.sido(), s.sigungu(),
				s.sido() + " " + s.sigungu() + " 예시로 " + (100 + i) + " (예시 주소)", "0" + (51 + i % 10) + "-000-" + (1000 + i),
				"https://example.org/" + (i + 1), null, s.industry(), s.business(), LocalDate.of(2012 + i % 12, 1 + i % 12, 1),
				5 + i % 20, 2 + i % 5, s.types().contains(SOCIAL_ENTERPRISE) ? SocialPurpose.values()[i % 5] : null,
				s.types().contains(SOCIAL_ENTERPRISE) ? "사회복지" : null);
		Organization organization = organizations.save(new Organization(number.formatted(), number, Set.of(centerId),
				profile, clock.instant()));
		history.record(organization.getId(), new FieldChange("created", null, s.name()));
		return organization;
	}

	/** Two designations run out within 90 days of the first start, so the expiry list has something to show. */
	private void addDesignations(long organizationId, Sample s, int i, LocalDate today) {
		for (DesignationType type : s.types()) {
			LocalDate designated = LocalDate.of(2015 + i % 9, 1 + i % 12, 15);
			LocalDate validUntil = switch (type) {
				case PRE_SOCIAL_REGIONAL, PRE_SOCIAL_MINISTRY -> designated.plusYears(3);
				default -> null;
			};
			if (i == 3) {
				validUntil = today.plusDays(30);
			}
			if (i == 12) {
				validUntil = today.plusDays(75);
			}
			String number = type == SOCIAL_ENTERPRISE ? "제" + (2010 + i % 14) + "-" + String.format("%03d", i + 1) + "호" : null;
			designations.save(new Designation(organizationId, new DesignationTerms(type, number, issuer(type, s),
					type.needsMinistry() ? "고용노동부" : null, type.hasStages() ? VillageStage.values()[i % 4] : null,
					type == SOCIAL_ENTERPRISE ? 1 + i % 30 : null, designated, validUntil, DesignationStatus.ACTIVE),
					Designation.MANUAL, clock.instant()));
		}
	}

	private static String issuer(DesignationType type, Sample s) {
		return switch (type) {
			case SOCIAL_ENTERPRISE -> "고용노동부";
			case PRE_SOCIAL_MINISTRY -> "고용노동부";
			case VILLAGE_ENTERPRISE -> "행정안전부";
			case SELF_SUFFICIENCY -> "보건복지부";
			default -> s.sido();
		};
	}

	private Optional<Long> memberAccountId() {
		return identity.findAccountIdByEmail(MEMBER_EMAIL);
	}
}
