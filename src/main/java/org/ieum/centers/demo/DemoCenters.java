package org.ieum.centers.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.centers.Center;
import org.ieum.centers.CenterProfileChange;
import org.ieum.centers.CenterRepository;
import org.ieum.centers.Contact;
import org.ieum.centers.ContactRepository;
import org.ieum.centers.Holiday;
import org.ieum.centers.HolidayRepository;
import org.ieum.centers.Site;
import org.ieum.centers.SiteRepository;
import org.ieum.centers.SpecialHours;
import org.ieum.centers.SpecialHoursRepository;
import org.ieum.centers.VisitorCount;
import org.ieum.centers.VisitorCountRepository;
import org.ieum.centers.WeeklyHours;
import org.ieum.centers.WeeklyHoursRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sample network shown on a fresh installation: six centers modelled on the seed
 * articles, marked as demo data so every page says so. It only adds centers whose slug
 * is missing, so restarting (or an administrator who deleted nothing) adds nothing twice.
 * Addresses use "000" house numbers and phone numbers use the unassigned 000 exchange.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
public class DemoCenters implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCenters.class);

	private static final LocalTime NINE = LocalTime.of(9, 0);
	private static final LocalTime SIX_PM = LocalTime.of(18, 0);

	/** The day Gimhae's center opened; its visitors are counted from then, as the seed article reports them. */
	static final LocalDate GIMHAE_OPENED = LocalDate.of(2018, 9, 13);

	/** The last day the article's figures cover: four months after the opening. */
	static final LocalDate GIMHAE_COUNTED_UNTIL = LocalDate.of(2019, 1, 12);

	/**
	 * Gimhae's 1,891 visitors since its opening, month by month from September 2018 (from the 13th)
	 * to January 2019 (to the 12th): 474 a month on average over those four months, as the article says.
	 */
	public static final int[] GIMHAE_MONTHLY_VISITORS = { 262, 478, 497, 455, 199 };


	private final CenterRepository centers;
	private final SiteRepository sites;
	private final WeeklyHoursRepository weeklyHours;
	private final ContactRepository contacts;
	private final VisitorCountRepository visitorCounts;
	private final HolidayRepository holidays;
	private final SpecialHoursRepository exceptions;
	private final Clock clock;

	DemoCenters(CenterRepository centers, SiteRepository sites, WeeklyHoursRepository weeklyHours,
			ContactRepository contacts, VisitorCountRepository visitorCounts, HolidayRepository holidays, SpecialHoursRepository exceptions,
			Clock clock) {
		this.centers = centers;
		this.sites = sites;
		this.weeklyHours = weeklyHours;
		this.contacts = contacts;
		this.visitorCounts = visitorCounts;
		this.holidays = holidays;
		this.exceptions = exceptions;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		busan();
		jeonbuk();
		gunsan();
		gwangju();
		gwangjuDonggu();
		gimhae();
	}

	private void busan() {
		if (centers.existsBySlug("busan")) {
			return;
		}
		Center busan = center("busan", null, new CenterProfileChange("부산광역시 사회적경제지원센터", "부산센터", "부산광역시",
				"051-000-1000", "busan@example.org", "부산광역시 사상구 사상로 000, 부산벤처타워 (예시 주소)",
				"(예시) 부산사회적경제네트워크 사회적협동조합", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31),
				"""
				부산광역시 사회적경제지원센터는 사회적기업 175곳, 마을기업 78곳, 협동조합 720곳, 자활기업 99곳이 활동하는 \
				부산 사회적경제의 중간지원조직입니다. 사상구 부산벤처타워의 본 센터에는 100석 규모의 교육장과 회의실, \
				사무국, 작은 책방(행복책방)이 있는 커뮤니티 공간이 있습니다.
				상시 컨설팅과 역량강화 교육, 시장 경쟁력 강화와 대형 유통망 진출을 지원하며, 지원받은 기업은 사회적가치 \
				환원사업으로 지역에 되돌려 줍니다. 기업 대표와 학계·전문가가 함께하는 민관 거버넌스로 정책을 만듭니다.""",
				"""
				도시철도 2호선 사상역에서 걸어서 약 10분 거리입니다. 건물 주차장이 좁으니 대중교통을 이용해 주세요. \
				동래 공간은 도시철도 동래역에서 가깝습니다. (예시 안내)"""));
		Site main = site(busan, "본 센터 (부산벤처타워)", "부산광역시 사상구 사상로 000, 부산벤처타워 5층 (예시 주소)",
				"051-000-1000", true);
		weekdays(main, SIX_PM);
		Site dongnae = site(busan, "동래 커뮤니티·비즈니스 공간", "부산광역시 동래구 충렬대로 000, 2층 (예시 주소)",
				"051-000-1100", false);
		weekdays(dongnae, SIX_PM);
		WeeklyHours saturday = weeklyHours.findBySiteIdAndDayOfWeek(dongnae.getId(), DayOfWeek.SATURDAY.getValue())
			.orElseThrow();
		// The community space stays open on Saturdays for citizens who want to start a business.
		saturday.open(LocalTime.of(10, 0), LocalTime.of(17, 0));
		contacts(busan, "051-000-10");
	}

	private void jeonbuk() {
		if (centers.existsBySlug("jeonbuk")) {
			return;
		}
		Center jeonbuk = center("jeonbuk", null, new CenterProfileChange("전북특별자치도 사회적경제지원센터", "전북센터",
				"전북특별자치도", "063-000-2000", "jeonbuk@example.org", "전북특별자치도 전주시 완산구 효자로 000 (예시 주소)",
				"(예시) 전북사회적경제연대 사단법인", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31),
				"""
				전북특별자치도 사회적경제지원센터는 도 전체의 사회적경제 생태계를 돌보는 광역 중간지원조직입니다. \
				시·군 센터와 함께 교육과 창업 지원을 하고, 교육·창업·보육·제품개발·판로 지원을 한곳에서 하는 \
				사회적경제 혁신타운을 운영합니다.""",
				"전주 시외버스터미널에서 시내버스로 약 15분 거리입니다. (예시 안내)"));
		weekdays(site(jeonbuk, "본 센터", "전북특별자치도 전주시 완산구 효자로 000 (예시 주소)", "063-000-2000", true),
				SIX_PM);
		contacts(jeonbuk, "063-000-20");
	}

	private void gunsan() {
		if (centers.existsBySlug("gunsan")) {
			return;
		}
		Long parent = centers.findBySlug("jeonbuk").map(Center::getId).orElse(null);
		Center gunsan = center("gunsan", parent, new CenterProfileChange("군산시 사회적경제지원센터", "군산센터",
				"전북특별자치도", "063-000-3000", "gunsan@example.org", "전북특별자치도 군산시 대학로 000 (예시 주소)",
				"(예시) 군산사회적경제협의회 사회적협동조합", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31),
				"""
				군산시 사회적경제지원센터는 군산 사회적경제의 컨트롤타워로서 네트워크 구축, 발굴과 육성, 교육·상담, \
				공공구매 확대와 마케팅을 지원합니다. 예비사회적기업 10곳, 사회적기업 16곳, 마을기업 5곳, 자활기업 6곳 \
				등 37곳이 함께하며, 해마다 사회적경제 한마당과 아카데미를 엽니다.""",
				"군산시청에서 걸어서 약 10분 거리입니다. (예시 안내)"));
		weekdays(site(gunsan, "본 센터", "전북특별자치도 군산시 대학로 000 (예시 주소)", "063-000-3000", true), SIX_PM);
		contacts(gunsan, "063-000-30");
	}

	private void gwangju() {
		if (centers.existsBySlug("gwangju")) {
			return;
		}
		Center gwangju = center("gwangju", null, new CenterProfileChange("광주광역시 사회적경제지원센터", "광주센터",
				"광주광역시", "062-000-4000", "gwangju@example.org", "광주광역시 서구 상무중앙로 000 (예시 주소)",
				"(예시) 광주사회적경제네트워크 사회적협동조합", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31),
				"""
				광주광역시 사회적경제지원센터는 마을기업 52곳, (예비)사회적기업 136곳, 자활기업 58곳, (사회적)협동조합 \
				559곳 등 약 800곳과 함께합니다. 전시실, 작은 도서관, 미니 카페, 커뮤니티홀, 회의실, 입주 공간을 \
				사회적경제 기업 누구나 쓸 수 있도록 열어 두었습니다.
				기업 데이터베이스를 바탕으로 업종 간 협업을 잇습니다. 빵집 6곳이 함께 만든 크리스마스 케이크는 약 1,600개가 \
				팔렸고, 진로교육 협업으로 학생 약 1,300명을 만났습니다. 민·관·산·학 거버넌스 협의회, 시민 홍보, 선도기업 \
				육성, 문화 축제, 대학 전문가 과정, 판로 협업, 사회적경제 기금의 일곱 가지 사업을 펼칩니다.""",
				"도시철도 1호선 상무역에서 걸어서 약 5분 거리입니다. (예시 안내)"));
		weekdays(site(gwangju, "본 센터", "광주광역시 서구 상무중앙로 000 (예시 주소)", "062-000-4000", true), SIX_PM);
		contacts(gwangju, "062-000-40");
	}

	private void gwangjuDonggu() {
		if (centers.existsBySlug("gwangju-donggu")) {
			return;
		}
		Long parent = centers.findBySlug("gwangju").map(Center::getId).orElse(null);
		Center donggu = center("gwangju-donggu", parent, new CenterProfileChange("광주 동구 사회적경제지원센터", "동구센터",
				"광주광역시", "062-000-5000", "donggu@example.org", "광주광역시 동구 충장로 000 (예시 주소)",
				"(예시) 동구마을공동체 사회적협동조합", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31),
				"""
				광주 동구 사회적경제지원센터는 2021년부터 성장 지원과 애로사항 해결을 한 번에 돕는 원스톱 서비스를 \
				운영합니다. 컨설팅 전문 사회적협동조합과 업무협약을 맺어 공동 컨설팅, 전문가 풀 공유, 교육 프로그램 \
				공동 개발, 분기별 실무협의회를 함께합니다.""",
				"도시철도 1호선 문화전당역에서 걸어서 약 5분 거리입니다. (예시 안내)"));
		weekdays(site(donggu, "본 센터", "광주광역시 동구 충장로 000 (예시 주소)", "062-000-5000", true), SIX_PM);
		contacts(donggu, "062-000-50");
	}

	private void gimhae() {
		if (centers.existsBySlug("gimhae")) {
			return;
		}
		Center gimhae = center("gimhae", null, new CenterProfileChange("김해시 사회적공동체지원센터", "김해센터", "경상남도",
				"055-000-6000", "gimhae@example.org", "경상남도 김해시 김해대로 000 (예시 주소)",
				"(예시) 김해사회적경제네트워크 사회적협동조합", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31),
				"""
				김해시 사회적공동체지원센터는 486㎡ 규모의 공간에 커뮤니티 공간, 회의실, 공유 오피스를 갖추고 있습니다. \
				2018년 9월 13일 문을 연 뒤 넉 달 동안 1,891명(월평균 474명)이 센터를 찾았고, 목요일에는 저녁 9시까지 \
				문을 엽니다. 공간 무료 대관, 청소년 사회적경제 교육, 선배 기업가의 상시 멘토링, 예비 창업자를 위한 \
				인큐베이팅 사무실 7실(1년 무상)을 운영합니다.""",
				"김해시청에서 걸어서 약 10분 거리입니다. 건물 뒤편 공영주차장을 이용할 수 있습니다. (예시 안내)"));
		Site main = site(gimhae, "본 센터", "경상남도 김해시 김해대로 000 (예시 주소)", "055-000-6000", true);
		weekdays(main, SIX_PM);
		// Thursdays run to 21:00 so that people who work during the day can come.
		weeklyHours.findBySiteIdAndDayOfWeek(main.getId(), DayOfWeek.THURSDAY.getValue()).orElseThrow()
			.open(NINE, LocalTime.of(21, 0));
		contacts(gimhae, "055-000-60");
		countGimhaeVisitors(main);
	}

	private Center center(String slug, Long parentId, CenterProfileChange profile) {
		Center center = centers.save(new Center(slug, profile, true, clock.instant()));
		center.placeUnder(parentId);
		log.info("Demo center added: {}", slug);
		return center;
	}

	private Site site(Center center, String name, String address, String phone, boolean main) {
		Site site = new Site(center.getId(), name, address, phone);
		if (main) {
			site.makeMain();
		}
		return sites.save(site);
	}

	private void weekdays(Site site, LocalTime closing) {
		for (DayOfWeek day : DayOfWeek.values()) {
			WeeklyHours hours = new WeeklyHours(site.getId(), day);
			if (day.getValue() <= DayOfWeek.FRIDAY.getValue()) {
				hours.open(NINE, closing);
			}
			weeklyHours.save(hours);
		}
	}

	private void contacts(Center center, String phonePrefix) {
		contacts.save(new Contact(center.getId(), "센터장", "센터 운영 총괄", phonePrefix + "01", 1));
		contacts.save(new Contact(center.getId(), "기획운영팀", "사업 기획, 공간 운영, 회계, 네트워크",
				phonePrefix + "11", 2));
		contacts.save(new Contact(center.getId(), "마케팅팀", "판로 지원, 공공구매, 기업 홍보",
				phonePrefix + "21", 3));
		contacts.save(new Contact(center.getId(), "교육홍보팀", "교육·행사, 컨설팅·멘토링, 누리집",
				phonePrefix + "31", 4));
	}

	/**
	 * Spreads each month's total over the days the site was open between the opening and the
	 * article's last day (Thursday evenings bring more people), so that daily, monthly and
	 * overall figures all agree with 1,891 and 474 a month.
	 */
	private void countGimhaeVisitors(Site site) {
		YearMonth first = YearMonth.from(GIMHAE_OPENED);
		Set<LocalDate> holidayDates = holidays.findByDateBetweenOrderByDateAscNameAsc(GIMHAE_OPENED, GIMHAE_COUNTED_UNTIL)
			.stream().map(Holiday::getDate).collect(Collectors.toSet());
		// the article's period ends on a Saturday, when the center opened for a New Year open house
		exceptions.save(SpecialHours.open(site.getId(), GIMHAE_COUNTED_UNTIL, GIMHAE_COUNTED_UNTIL,
				LocalTime.of(10, 0), LocalTime.of(16, 0), "새해 열린 센터 (토요일 특별 개방)"));
		for (int i = 0; i < GIMHAE_MONTHLY_VISITORS.length; i++) {
			YearMonth month = first.plusMonths(i);
			LocalDate from = month.atDay(1).isBefore(GIMHAE_OPENED) ? GIMHAE_OPENED : month.atDay(1);
			LocalDate to = month.atEndOfMonth().isAfter(GIMHAE_COUNTED_UNTIL) ? GIMHAE_COUNTED_UNTIL : month.atEndOfMonth();
			List<LocalDate> openDays = new ArrayList<>();
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				if (day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue() && !holidayDates.contains(day)
						|| day.equals(GIMHAE_COUNTED_UNTIL)) {
					openDays.add(day);
				}
			}
			int total = GIMHAE_MONTHLY_VISITORS[i];
			int weightSum = openDays.stream().mapToInt(DemoCenters::weight).sum();
			int[] shares = new int[openDays.size()];
			int given = 0;
			for (int d = 0; d < shares.length; d++) {
				shares[d] = total * weight(openDays.get(d)) / weightSum;
				given += shares[d];
			}
			for (int d = 0; given < total; d = (d + 1) % shares.length) {
				shares[d]++;
				given++;
			}
			for (int d = 0; d < shares.length; d++) {
				visitorCounts.save(new VisitorCount(site.getId(), openDays.get(d), shares[d], clock.instant()));
			}
		}
	}

	private static int weight(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.THURSDAY ? 3 : 2;
	}
}
