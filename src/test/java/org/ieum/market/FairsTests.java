package org.ieum.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ieum.market.fairs.FairFigures;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.ieum.support.DemoStaff;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Markets and fairs as staff, organizations and visitors use them: planning an event (a center room booked, bad input
 * refused with nothing saved), booth applications by the organization's manager in the application period and once,
 * booth numbers given once and within the booths, sales from the event's day in whole won by the organization or
 * staff only, the totals, the portal's event page and the demo market.
 */
@IeumSpringTest
class FairsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FairFigures figures;

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));

	private MockHttpSession member(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password("ieum2026!"))
			.andReturn().getRequest().getSession();
	}

	private long fairs() {
		return jdbc.queryForObject("select count(*) from market_fair", Long.class);
	}

	private long bakery() {
		return jdbc.queryForObject("select id from enterprises_organization where name = '행복베이커리 사회적협동조합'"
				+ " order by id fetch first 1 row only", Long.class);
	}

	/** The plan form with good values, each pair of {@code changes} (name, value) replacing one. */
	private MockHttpServletRequestBuilder plan(MockHttpSession staff, long center, String title, LocalDate day,
			String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("center", "" + center);
		fields.put("title", title);
		fields.put("fairDate", day.toString());
		fields.put("opensAt", "10:00");
		fields.put("closesAt", "16:00");
		fields.put("place", "광장");
		fields.put("booths", "3");
		fields.put("feeWon", "10,000");
		fields.put("conditions", "부산의 조직");
		fields.put("applyFrom", today.minusDays(1).toString());
		fields.put("applyUntil", day.minusDays(1).toString());
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/market/fairs").session(staff).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private long fairId(String title) {
		return jdbc.queryForObject("select id from market_fair where title = ?", Long.class, title);
	}

	@Test
	void staffPlanAFairAndBadInputChangesNothing() throws Exception {
		MockHttpSession staff = DemoStaff.session(mvc, "busan");
		long busan = DemoStaff.centerId(jdbc, "busan");
		LocalDate day = today.plusDays(30);
		long before = fairs();
		mvc.perform(plan(staff, busan, "음수 참가비 장터", day, "feeWon", "-5000"))
			.andExpect(status().isOk()).andExpect(model().attribute("error", "market.fairs.error.won"));
		mvc.perform(plan(staff, busan, "소수 참가비 장터", day, "feeWon", "1000.5"))
			.andExpect(model().attribute("error", "market.fairs.error.won"));
		mvc.perform(plan(staff, busan, "부스 없는 장터", day, "booths", "0"))
			.andExpect(model().attribute("error", "market.fairs.error.booths"));
		mvc.perform(plan(staff, busan, "늦은 마감 장터", day, "applyUntil", day.toString()))
			.andExpect(model().attribute("error", "market.fairs.error.period"));
		mvc.perform(plan(staff, busan, "거꾸로 장터", day, "closesAt", "09:00"))
			.andExpect(model().attribute("error", "market.fairs.error.time"));
		mvc.perform(plan(staff, busan, "장소 없는 장터", day, "place", " "))
			.andExpect(model().attribute("error", "market.fairs.error.place"))
			.andExpect(content().string(containsString("센터 공간을 고르거나 바깥 장소를 200자 이내로 적어 주세요.")));
		long gimhaeRoom = jdbc.queryForObject("select min(id) from spaces_space where center_id = ?", Long.class,
				DemoStaff.centerId(jdbc, "gimhae"));
		mvc.perform(plan(staff, busan, "남의 공간 장터", day, "roomId", "" + gimhaeRoom))
			.andExpect(model().attribute("error", "market.fairs.error.room"));
		assertThat(fairs()).isEqualTo(before);

		// a fair in a Busan room books that room for the event's time
		long room = jdbc.queryForObject("select min(id) from spaces_space where center_id = ?", Long.class, busan);
		LocalDate roomDay = today.plusDays(523);
		mvc.perform(plan(staff, busan, "센터 공간 장터", roomDay, "roomId", "" + room, "place", "", "opensAt", "06:10", "closesAt", "06:50"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "market.fairs.notice.planned"));
		Long booking = jdbc.queryForObject("select room_booking_id from market_fair where title = '센터 공간 장터'", Long.class);
		assertThat(jdbc.queryForObject("select count(*) from spaces_reservation where id = ? and space_id = ?", Long.class,
				booking, room)).isOne();
		// the same room at the same time again is refused and nothing is saved
		mvc.perform(plan(staff, busan, "겹치는 장터", roomDay, "roomId", "" + room, "place", "", "opensAt", "06:20", "closesAt", "06:40"))
			.andExpect(status().isOk()).andExpect(model().attributeExists("error"));
		assertThat(fairs()).isEqualTo(before + 1);

		// staff of another center neither see nor change it
		MockHttpSession gimhae = DemoStaff.session(mvc, "gimhae");
		mvc.perform(get("/admin/market/fairs/" + fairId("센터 공간 장터")).session(gimhae)
			.param("center", "" + DemoStaff.centerId(jdbc, "gimhae"))).andExpect(status().isNotFound());
		mvc.perform(get("/admin/market/fairs").session(gimhae).param("center", "" + busan))
			.andExpect(status().isForbidden());
	}

	@Test
	void managersApplyOnceInThePeriodAndStaffGiveEachBoothOnce() throws Exception {
		MockHttpSession staff = DemoStaff.session(mvc, "busan");
		long busan = DemoStaff.centerId(jdbc, "busan");
		String title = "부스 배정 시험 장터 " + System.nanoTime();
		mvc.perform(plan(staff, busan, title, today.plusDays(20))).andExpect(status().is3xxRedirection());
		long fair = fairId(title);
		MockHttpSession member = member("member@ieum.example");
		mvc.perform(get("/my/market/fairs").session(member))
			.andExpect(content().string(containsString(title)));
		mvc.perform(post("/my/market/fairs/" + fair + "/apply").session(member).with(csrf())
			.param("organization", "" + bakery()).param("note", "우리밀 빵"))
			.andExpect(flash().attribute("notice", "market.fairs.notice.applied"));
		mvc.perform(post("/my/market/fairs/" + fair + "/apply").session(member).with(csrf())
			.param("organization", "" + bakery()))
			.andExpect(Flashes.error("행복베이커리 사회적협동조합은(는) 이미 이 행사에 신청했습니다."));
		// someone who does not manage the organization cannot apply for it
		mvc.perform(post("/my/market/fairs/" + fair + "/apply").session(member("citizen@ieum.example")).with(csrf())
			.param("organization", "" + bakery())).andExpect(status().isForbidden());
		// staff enter a second organization's paper application
		long other = jdbc.queryForObject("select min(id) from enterprises_organization where id <> ?", Long.class, bakery());
		mvc.perform(post("/my/market/fairs/" + fair + "/apply").session(staff).with(csrf())
			.param("organization", "" + other)).andExpect(flash().attribute("notice", "market.fairs.notice.applied"));
		long mine = jdbc.queryForObject("select id from market_fair_application where fair_id = ? and organization_id = ?",
				Long.class, fair, bakery());
		long theirs = jdbc.queryForObject("select id from market_fair_application where fair_id = ? and organization_id = ?",
				Long.class, fair, other);

		String page = "/admin/market/fairs/" + fair + "/applications/";
		mvc.perform(post(page + mine + "/assign").session(staff).with(csrf()).param("center", "" + busan)
			.param("booth", "4")).andExpect(Flashes.error("부스 번호는 1에서 3까지입니다."));
		mvc.perform(post(page + mine + "/assign").session(staff).with(csrf()).param("center", "" + busan)
			.param("booth", "2")).andExpect(flash().attribute("notice", "market.fairs.notice.assigned"));
		mvc.perform(post(page + theirs + "/assign").session(staff).with(csrf()).param("center", "" + busan)
			.param("booth", "2")).andExpect(Flashes.error("2번 부스는 이미 다른 조직에 배정했습니다."));
		mvc.perform(post(page + mine + "/assign").session(staff).with(csrf()).param("center", "" + busan)
			.param("booth", "3")).andExpect(Flashes.error(containsString("이미 2번 부스를 배정했습니다")));
		assertThat(jdbc.queryForList("select booth_number from market_fair_application where fair_id = ?"
				+ " and booth_number is not null", Integer.class, fair)).containsExactly(2);
		// the organization's manager cannot give booths
		mvc.perform(post(page + theirs + "/assign").session(member).with(csrf()).param("center", "" + busan)
			.param("booth", "1")).andExpect(status().isForbidden());

		// no sales before the event's day
		mvc.perform(post("/my/market/fairs/applications/" + mine + "/sales").session(member).with(csrf())
			.param("won", "10000")).andExpect(Flashes.error(containsString("부터 매출을 적을 수 있습니다")));
		assertThat(jdbc.queryForObject("select sales_won from market_fair_application where id = ?", Long.class, mine))
			.isNull();

		// visitors see the booth and who has it, not the waiting application
		mvc.perform(get("/c/busan/market/fairs/" + fair)).andExpect(status().isOk())
			.andExpect(content().string(containsString("행복베이커리 사회적협동조합")))
			.andExpect(content().string(containsString("2번")));
		mvc.perform(get("/c/gimhae/market/fairs/" + fair)).andExpect(status().isNotFound());

		// after the application period a manager is refused
		jdbc.update("update market_fair set apply_from = ?, apply_until = ? where id = ?", today.minusDays(9),
				today.minusDays(2), fair);
		mvc.perform(post(page + mine + "/unassign").session(staff).with(csrf()).param("center", "" + busan))
			.andExpect(flash().attribute("notice", "market.fairs.notice.unassigned"));
		jdbc.update("delete from market_fair_application where id = ?", mine);
		mvc.perform(post("/my/market/fairs/" + fair + "/apply").session(member).with(csrf())
			.param("organization", "" + bakery()))
			.andExpect(Flashes.error("부스 신청 기간(" + today.minusDays(9) + " ~ " + today.minusDays(2) + ")이 아닙니다."));
	}

	@Test
	void afterTheEventBoothsRecordTheirSalesAndTheTotalsAddUp() throws Exception {
		long fair = fairId("부산 사회적경제 나눔장터");
		long bakeryBooth = jdbc.queryForObject("select id from market_fair_application where fair_id = ?"
				+ " and organization_id = ?", Long.class, fair, bakery());
		MockHttpSession member = member("member@ieum.example");
		mvc.perform(get("/my/market/fairs").session(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("부산 사회적경제 나눔장터")))
			.andExpect(content().string(containsString("1,240,000원")));
		for (String bad : List.of("-1", "12.5", "만원", "")) {
			mvc.perform(post("/my/market/fairs/applications/" + bakeryBooth + "/sales").session(member).with(csrf())
				.param("won", bad)).andExpect(Flashes.error(containsString("0 이상의 원 단위 정수")));
		}
		assertThat(jdbc.queryForObject("select sales_won from market_fair_application where id = ?", Long.class,
				bakeryBooth)).isEqualTo(1_240_000L);
		mvc.perform(post("/my/market/fairs/applications/" + bakeryBooth + "/sales").session(member).with(csrf())
			.param("won", "1,300,000원")).andExpect(flash().attribute("notice", "market.fairs.notice.salesRecorded"));
		// another organization's booth is not the member's to record
		long otherBooth = jdbc.queryForObject("select min(id) from market_fair_application where fair_id = ?"
				+ " and organization_id <> ? and booth_number is not null", Long.class, fair, bakery());
		mvc.perform(post("/my/market/fairs/applications/" + otherBooth + "/sales").session(member).with(csrf())
			.param("won", "0")).andExpect(status().isForbidden());
		// staff record zero for a booth that sold nothing
		MockHttpSession staff = DemoStaff.session(mvc, "busan");
		long busan = DemoStaff.centerId(jdbc, "busan");
		mvc.perform(post("/admin/market/fairs/" + fair + "/applications/" + otherBooth + "/sales").session(staff)
			.with(csrf()).param("center", "" + busan).param("won", "0"))
			.andExpect(flash().attribute("notice", "market.fairs.notice.salesRecorded"));

		long total = jdbc.queryForObject("select sum(sales_won) from market_fair_application where fair_id = ?", Long.class,
				fair);
		String shown = String.format("%,d원", total);
		mvc.perform(get("/admin/market/fairs/" + fair).session(staff).param("center", "" + busan))
			.andExpect(status().isOk()).andExpect(content().string(containsString(shown)));
		mvc.perform(get("/admin/market/fairs").session(staff).param("center", "" + busan))
			.andExpect(content().string(containsString(shown)));
		LocalDate day = jdbc.queryForObject("select fair_date from market_fair where id = ?", LocalDate.class, fair);
		List<FigureTable> tables = figures.yearFigures(Set.of(busan), Year.of(day.getYear()));
		long yearSales = jdbc.queryForObject("select coalesce(sum(a.sales_won), 0) from market_fair_application a join"
				+ " market_fair f on f.id = a.fair_id where f.center_id = ? and extract(year from f.fair_date) = ?",
				Long.class, busan, day.getYear());
		assertThat(tables).singleElement().satisfies(t -> {
			assertThat(t.id()).isEqualTo("market-fairs");
			assertThat(t.headline().value()).isEqualTo(yearSales).isGreaterThanOrEqualTo(total);
		});
		assertThat(figures.figures(new FigureScope(Set.of(busan), day))).extracting(FigureTable::id)
			.containsExactly("market-fairs");
		assertThat(figures.yearFigures(Set.of(busan), Year.of(1999))).isEmpty();

		// the portal lists the demo market, and its page names the booths but never the sales
		mvc.perform(get("/c/busan/market/fairs")).andExpect(status().isOk())
			.andExpect(content().string(containsString("부산 사회적경제 나눔장터")));
		mvc.perform(get("/c/busan/market/fairs/" + fair)).andExpect(status().isOk())
			.andExpect(content().string(containsString("1번")))
			.andExpect(content().string(containsString("행복베이커리 사회적협동조합")))
			.andExpect(content().string(not(containsString("1,300,000"))));
	}
}
