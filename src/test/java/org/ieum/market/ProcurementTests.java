package org.ieum.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ieum.support.DemoStaff;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Public procurement as staff and organizations use it: the buyer register with targets, purchase records with their
 * refusals, confirmation by the seller's manager only, the figures (only confirmed purchases count), the XLSX for the
 * city, the open data and the demo's buyers.
 */
@IeumSpringTest
class ProcurementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private MockHttpSession member(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password("ieum2026!"))
			.andReturn().getRequest().getSession();
	}

	/** The demo member's bakery, by its business number. */
	private String bakeryNumber() {
		return jdbc.queryForObject("select business_number from enterprises_organization where name = '행복베이커리 사회적협동조합'"
				+ " order by id fetch first 1 row only", String.class);
	}

	private long categoryId(String name) {
		return jdbc.queryForObject("select id from market_category where name = ?", Long.class, name);
	}

	private long buyerId(String name) {
		return jdbc.queryForObject("select id from market_buyer where name = ?", Long.class, name);
	}

	private long purchases() {
		return jdbc.queryForObject("select count(*) from market_purchase", Long.class);
	}

	private long register(MockHttpSession staff, long centerId, String name) throws Exception {
		mvc.perform(post("/admin/market/buyers").session(staff).with(csrf()).param("center", String.valueOf(centerId))
			.param("name", name).param("kind", "LOCAL_GOVERNMENT").param("sido", "부산광역시")
			.param("contactName", "김주무관").param("contactPhone", "051-888-1234"))
			.andExpect(status().is3xxRedirection());
		return buyerId(name);
	}

	private MvcResult recordPurchase(MockHttpSession staff, long centerId, long buyerId, String amount, String date)
			throws Exception {
		return mvc.perform(post("/admin/market/purchases").session(staff).with(csrf())
			.param("center", String.valueOf(centerId)).param("buyerId", String.valueOf(buyerId))
			.param("businessNumber", bakeryNumber()).param("categoryId", String.valueOf(categoryId("식품")))
			.param("amountWon", amount).param("contractDate", date).param("method", "SOLE_SOURCE"))
			.andReturn();
	}

	private static String refusal(MvcResult result) {
		return Flashes.errorText(result.getModelAndView().getModel());
	}

	@Test
	void badAmountsDatesAndSellersAreRefusedInKoreanAndRecordNothing() throws Exception {
		MockHttpSession busan = DemoStaff.session(mvc, "busan");
		long center = DemoStaff.centerId(jdbc, "busan");
		long buyer = register(busan, center, "거절 시험 구청");
		long before = purchases();
		assertThat(refusal(recordPurchase(busan, center, buyer, "-5000", "2010-03-02")))
			.isEqualTo("금액 \"-5000\"을(를) 읽을 수 없습니다. 원 단위의 0보다 큰 정수로 적어 주세요 (음수나 소수점은 안 됩니다).");
		assertThat(refusal(recordPurchase(busan, center, buyer, "1200.5", "2010-03-02"))).startsWith("금액 \"1200.5\"");
		assertThat(refusal(recordPurchase(busan, center, buyer, "0", "2010-03-02"))).startsWith("금액 \"0\"");
		LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(1);
		assertThat(refusal(recordPurchase(busan, center, buyer, "1,000,000", tomorrow.toString())))
			.isEqualTo("계약일 " + tomorrow + "은(는) 아직 오지 않았습니다. 이미 맺은 계약만 적을 수 있습니다.");
		assertThat(refusal(recordPurchase(busan, center, buyer, "1,000,000", "2010-13-40")))
			.isEqualTo("계약일을 2000-01-01부터 오늘까지의 날짜로 적어 주세요.");
		MvcResult unknownSeller = mvc.perform(post("/admin/market/purchases").session(busan).with(csrf())
			.param("center", String.valueOf(center)).param("buyerId", String.valueOf(buyer))
			.param("businessNumber", "000-00-00000").param("categoryId", String.valueOf(categoryId("식품")))
			.param("amountWon", "1000").param("contractDate", "2010-03-02").param("method", "TENDER")).andReturn();
		assertThat(refusal(unknownSeller)).startsWith("사업자등록번호 \"000-00-00000\"인 조직이 이음에 없습니다.");
		assertThat(purchases()).isEqualTo(before);
		// the same buyer twice in one center
		MvcResult twice = mvc.perform(post("/admin/market/buyers").session(busan).with(csrf())
			.param("center", String.valueOf(center)).param("name", "거절 시험 구청").param("kind", "LOCAL_GOVERNMENT")
			.param("sido", "부산광역시")).andReturn();
		assertThat(refusal(twice)).isEqualTo("이미 등록한 공공기관입니다: 거절 시험 구청");
		assertThat(jdbc.queryForObject("select count(*) from market_buyer where name = '거절 시험 구청'", Long.class))
			.isEqualTo(1);
		// a target that is not whole won
		mvc.perform(post("/admin/market/buyers/{id}/targets", buyer).session(busan).with(csrf())
			.param("center", String.valueOf(center)).param("year", "2010").param("won", "-1"))
			.andExpect(Flashes.error(containsString("음수나 소수점은 안 됩니다")));
		assertThat(jdbc.queryForObject("select count(*) from market_buyer_target where buyer_id = ?", Long.class, buyer))
			.isZero();
	}

	@Test
	void onlyPurchasesTheSellersManagerConfirmedCountAgainstTheTarget() throws Exception {
		MockHttpSession busan = DemoStaff.session(mvc, "busan");
		long center = DemoStaff.centerId(jdbc, "busan");
		long buyer = register(busan, center, "확인 시험 공단");
		mvc.perform(post("/admin/market/buyers/{id}/targets", buyer).session(busan).with(csrf())
			.param("center", String.valueOf(center)).param("year", "2011").param("won", "10,000,000"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/market/buyers/{id}", buyer).session(busan))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("10,000,000원")));
		recordPurchase(busan, center, buyer, "2,500,000", "2011-05-10");
		long purchase = jdbc.queryForObject("select id from market_purchase where buyer_id = ?", Long.class, buyer);
		mvc.perform(get("/admin/market/procurement").session(busan).param("center", String.valueOf(center)).param("year", "2011"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("확인 시험 공단")))
			.andExpect(content().string(containsString("0.0%")));
		// someone who does not manage the bakery may not confirm its sale
		MockHttpSession citizen = member("citizen@ieum.example");
		mvc.perform(post("/my/market/purchases/{id}/confirm", purchase).session(citizen).with(csrf()))
			.andExpect(status().isForbidden());
		MockHttpSession manager = member("member@ieum.example");
		mvc.perform(get("/my/market/purchases").session(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("확인 시험 공단")));
		mvc.perform(get("/my/market/purchases").session(citizen))
			.andExpect(content().string(not(containsString("확인 시험 공단"))));
		mvc.perform(post("/my/market/purchases/{id}/confirm", purchase).session(manager).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/market/procurement").session(busan).param("center", String.valueOf(center)).param("year", "2011"))
			.andExpect(content().string(containsString("25.0%")))
			.andExpect(content().string(containsString("2,500,000")));
		// staff of another center see neither the buyer nor its figures
		MockHttpSession gimhae = DemoStaff.session(mvc, "gimhae");
		mvc.perform(get("/admin/market/buyers/{id}", buyer).session(gimhae)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/market/procurement").session(gimhae).param("center", String.valueOf(center)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/market/purchases/{id}/delete", purchase).session(gimhae).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from market_purchase where id = ?", Long.class, purchase)).isOne();
	}

	@Test
	void theCitysWorkbookHasOneSheetPerYearWithTargetActualAndRate() throws Exception {
		MockHttpSession gunsan = DemoStaff.session(mvc, "gunsan");
		long center = DemoStaff.centerId(jdbc, "gunsan");
		byte[] file = mvc.perform(get("/admin/market/procurement.xlsx").session(gunsan).param("center", String.valueOf(center)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();
		int year = LocalDate.now(ZoneId.of("Asia/Seoul")).getYear();
		long buyer = buyerId("군산시청");
		long target = jdbc.queryForObject("select target_won from market_buyer_target where buyer_id = ? and target_year = ?",
				Long.class, buyer, year - 1);
		long actual = jdbc.queryForObject("select coalesce(sum(amount_won), 0) from market_purchase where buyer_id = ?"
				+ " and confirmed_at is not null and contract_date between ? and ?", Long.class, buyer,
				LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			assertThat(book.getSheetName(0)).isEqualTo(String.valueOf(year));
			Sheet last = book.getSheet(String.valueOf(year - 1));
			assertThat(last.getRow(0).getCell(0).getStringCellValue()).isEqualTo("기준일자");
			assertThat(List.of(0, 1, 2, 3).stream().map(i -> last.getRow(2).getCell(i).getStringCellValue()).toList())
				.containsExactly("기관명", "구매목표액", "구매실적액", "달성률");
			var row = java.util.stream.IntStream.rangeClosed(3, last.getLastRowNum()).mapToObj(last::getRow)
				.filter(r -> r.getCell(0).getStringCellValue().equals("군산시청")).findFirst().orElseThrow();
			assertThat((long) row.getCell(1).getNumericCellValue()).isEqualTo(target);
			assertThat((long) row.getCell(2).getNumericCellValue()).isEqualTo(actual);
			assertThat(row.getCell(3).getNumericCellValue())
				.isCloseTo(Math.round(actual * 1000.0 / target) / 10.0, org.assertj.core.data.Offset.offset(0.001));
			assertThat(last.getRow(last.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("합계");
		}
	}

	@Test
	void theDemoHasTwentyBuyersWithTargetsAndPlausibleRatesLastYear() throws Exception {
		int lastYear = LocalDate.now(ZoneId.of("Asia/Seoul")).getYear() - 1;
		assertThat(jdbc.queryForObject("select count(distinct b.id) from market_buyer b join market_buyer_target t"
				+ " on t.buyer_id = b.id where t.target_year = ? and b.name not like '%시험%'", Long.class, lastYear))
			.isEqualTo(20);
		List<Map<String, Object>> rates = jdbc.queryForList("select t.target_won, (select sum(p.amount_won) from market_purchase p"
				+ " where p.buyer_id = t.buyer_id and p.confirmed_at is not null and extract(year from p.contract_date) = ?) as actual"
				+ " from market_buyer_target t where t.target_year = ?", lastYear, lastYear);
		assertThat(rates).hasSizeGreaterThanOrEqualTo(20).allSatisfy(r -> {
			double rate = ((Number) r.get("actual")).doubleValue() / ((Number) r.get("target_won")).doubleValue();
			assertThat(rate).isBetween(0.5, 1.4);
		});
		// the demo member's bakery has a recent sale to confirm
		MockHttpSession manager = member("member@ieum.example");
		mvc.perform(get("/my/market/purchases").session(manager))
			.andExpect(content().string(containsString("부산광역시청")))
			.andExpect(content().string(containsString("맞습니다")));
	}

	@Test
	void openDataAndTheDashboardShowTargetsAndRatesWithTheReferenceDate() throws Exception {
		String today = LocalDate.now(ZoneId.of("Asia/Seoul")).toString();
		int lastYear = LocalDate.now(ZoneId.of("Asia/Seoul")).getYear() - 1;
		mvc.perform(get("/api/v1/public/procurement").param("center", "gwangju").param("year", String.valueOf(lastYear)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.referenceDate").value(today))
			.andExpect(jsonPath("$.year").value(lastYear))
			.andExpect(jsonPath("$.buyers[*].name", hasItem("광주광역시청")))
			.andExpect(jsonPath("$.buyers[*].name", not(hasItem("부산광역시청"))))
			.andExpect(jsonPath("$.buyers[0].ratePercent").isNumber())
			.andExpect(jsonPath("$.byCategory[0].won").isNumber());
		mvc.perform(get("/api/v1/public/procurement").param("center", "nowhere")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/procurement").param("year", "2999")).andExpect(status().isBadRequest());
		MockHttpSession gunsan = DemoStaff.session(mvc, "gunsan");
		mvc.perform(get("/admin/dashboard").session(gunsan).param("center", String.valueOf(DemoStaff.centerId(jdbc, "gunsan"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("공공구매 목표와 실적")))
			.andExpect(content().string(containsString("공공기관별 달성률")))
			.andExpect(content().string(containsString("공공구매 실적 상위 조직")));
	}
}
