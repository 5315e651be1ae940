package org.ieum.incubation.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.centers.SiteSummary;
import org.ieum.identity.IdentityApi;
import org.ieum.incubation.ChecklistItem;
import org.ieum.incubation.ChecklistItemRepository;
import org.ieum.incubation.ExitOutcome;
import org.ieum.incubation.IncubationProperties;
import org.ieum.incubation.Office;
import org.ieum.incubation.OfficeKind;
import org.ieum.incubation.OfficeRepository;
import org.ieum.incubation.ReportPeriod;
import org.ieum.incubation.Tenancies;
import org.ieum.incubation.Tenancy;
import org.ieum.incubation.TenancyRepository;
import org.ieum.incubation.TenantReport;
import org.ieum.incubation.TenantReportRepository;
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
 * Incubation from the seed articles, dated relative to today: Gimhae's 7 offices and 5
 * virtual offices (free for a year, shared OA equipment) with a few tenants, one of them
 * {@code citizen@ieum.example} with a report already in; Gwangju's incubation rooms in its
 * open space. Added only while there are no offices.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoIncubation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoIncubation.class);

	private static final String SHARED_OA = "공용 복합기·프린터, 회의실, 무선 인터넷 (공용 OA 장비)";

	private final OfficeRepository offices;
	private final TenancyRepository tenancies;
	private final ChecklistItemRepository checklist;
	private final TenantReportRepository reports;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final IncubationProperties properties;
	private final Clock clock;

	DemoIncubation(OfficeRepository offices, TenancyRepository tenancies, ChecklistItemRepository checklist,
			TenantReportRepository reports, CentersApi centers, IdentityApi identity, IncubationProperties properties,
			Clock clock) {
		this.offices = offices;
		this.tenancies = tenancies;
		this.checklist = checklist;
		this.reports = reports;
		this.centers = centers;
		this.identity = identity;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (offices.count() > 0) {
			return;
		}
		LocalDate today = Seoul.today(clock);
		centers.findBySlug("gimhae").ifPresent(c -> gimhae(c, today));
		centers.findBySlug("gwangju").ifPresent(c -> gwangju(c, today));
		log.info("Demo incubation loaded: {} offices, {} tenancies", offices.count(), tenancies.count());
	}

	private void gimhae(CenterSummary center, LocalDate today) {
		SiteSummary site = mainSite(center);
		if (site == null) {
			return;
		}
		List<Office> rooms = new ArrayList<>();
		String[] areas = { "16.5", "16.5", "13.2", "13.2", "19.8", "19.8", "23.1" };
		for (int i = 0; i < 7; i++) {
			rooms.add(office(center, new Office.Terms(site.id(), "창업보육실 " + (i + 1) + "호", OfficeKind.ROOM,
					new BigDecimal(areas[i]), i < 4 ? 2 : 3, "책상·의자, 개인 수납장, " + SHARED_OA, 1, true)));
		}
		List<Office> virtual = new ArrayList<>();
		for (char c = 'A'; c <= 'E'; c++) {
			virtual.add(office(center, new Office.Terms(site.id(), "가상오피스 " + c, OfficeKind.VIRTUAL, null, 0,
					"사업장 주소, 우편물 수령, " + SHARED_OA, 1, true)));
		}
		Long citizen = identity.findAccountIdByEmail("citizen@ieum.example").orElse(null);
		Tenancy founder = resident(center, "김해 시민 (예비창업자, 예시)", citizen, citizen == null ? null : "citizen@ieum.example",
				rooms.get(0), today.minusMonths(4), 1);
		reports.save(new TenantReport(founder.getId(), ReportPeriod.of(founder.getStartsOn(), founder.getEndsOn(),
				properties.reportMonths(), properties.reportGraceDays()).get(0), 2, 3_500_000L,
				"시제품 완성, 지역 카페 2곳 납품 시작 (예시)", clock.instant(), citizen == null ? 0 : citizen));
		resident(center, "(예시) 가야 로컬푸드 협동조합 준비팀", null, null, rooms.get(1), today.minusMonths(7), 3);
		resident(center, "(예시) 김해 돌봄 사회적협동조합 준비팀", null, null, rooms.get(2), today.minusMonths(10).minusDays(20), 2);
		resident(center, "(예시) 소셜벤처 다온", null, null, virtual.get(0), today.minusMonths(2), 1);
		resident(center, "(예시) 청년 업사이클링 공방", null, null, virtual.get(1), today.minusMonths(5), 1);
		Tenancy graduated = resident(center, "(예시) 해반천 공정여행", null, null, rooms.get(4), today.minusMonths(14), 2);
		graduated.end(ExitOutcome.CERTIFIED, today.minusMonths(2), "예비사회적기업 지정 후 자체 사무실로 이전 (예시)");
	}

	private void gwangju(CenterSummary center, LocalDate today) {
		SiteSummary site = mainSite(center);
		if (site == null) {
			return;
		}
		List<Office> rooms = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			rooms.add(office(center, new Office.Terms(site.id(), "오픈스페이스 인큐베이팅룸 " + i, OfficeKind.ROOM,
					new BigDecimal(i <= 2 ? "14.0" : "21.0"), i <= 2 ? 2 : 4,
					"책상·의자, 소도서관·미니카페·커뮤니티홀 이용, " + SHARED_OA, 1, true)));
		}
		resident(center, "(예시) 광주 문화기획 협동조합", null, null, rooms.get(0), today.minusMonths(3), 4);
		resident(center, "(예시) 무등 제과 사회적협동조합 준비팀", null, null, rooms.get(2), today.minusMonths(9), 3);
	}

	private Office office(CenterSummary center, Office.Terms terms) {
		return offices.save(new Office(center.id(), terms, clock.instant()));
	}

	private Tenancy resident(CenterSummary center, String name, Long accountId, String email, Office office,
			LocalDate startsOn, int employees) {
		Tenancy tenancy = tenancies.save(Tenancy.recorded(center.id(), name, accountId, email, clock.instant()));
		tenancy.assign(office.getId(), 1, startsOn, Tenancies.defaultEnd(startsOn), 0, employees,
				startsOn.plusMonths(properties.maxMonths()).minusDays(1));
		int order = 1;
		for (String code : ChecklistItem.STANDARD) {
			ChecklistItem item = checklist.save(ChecklistItem.standard(tenancy.getId(), code, order++));
			item.tick(true, null, clock.instant());
		}
		return tenancy;
	}

	private SiteSummary mainSite(CenterSummary center) {
		return centers.sitesOf(center.id()).stream().findFirst().orElse(null);
	}
}
