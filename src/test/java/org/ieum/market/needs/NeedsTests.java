package org.ieum.market.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ieum.support.DemoStaff;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Buyer needs as staff, organizations and visitors use them: posting a need (bad input refused with nothing saved,
 * only for a buyer of the staff's own center), the matching organizations (the category and those below it, in the
 * center's area) told once however often staff publish, responses once per organization until the deadline by a
 * manager only with a checked file, the buyer's decisions and the closing that tells every responder, and the
 * portal's public list without the members-only needs.
 */
@IeumSpringTest
class NeedsTests {

	private static final String BAKERY = "행복베이커리 사회적협동조합";

	private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
			+ "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
			+ "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));

	private MockHttpSession member() throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user("member@ieum.example")
			.password("ieum2026!")).andReturn().getRequest().getSession();
	}

	private long id(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	private long category(String name) {
		return id("select id from market_category where name = ?", name);
	}

	private long buyer(String name) {
		return id("select id from market_buyer where name = ?", name);
	}

	private long needs() {
		return id("select count(*) from market_need");
	}

	private long bakery() {
		return id("select min(id) from enterprises_organization where name = ?", BAKERY);
	}

	private long memberAccount() {
		return id("select id from identity_account where email = 'member@ieum.example'");
	}

	/** The posting form with good values, each pair of {@code changes} (name, value) replacing one. */
	private MockHttpServletRequestBuilder postNeed(MockHttpSession staff, long center, String title, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("center", "" + center);
		fields.put("buyerId", "" + buyer("부산광역시청"));
		fields.put("categoryId", "" + category("식품"));
		fields.put("title", title);
		fields.put("description", "구청 행사에 나눌 간식");
		fields.put("quantity", "300개");
		fields.put("budgetWon", "1,500,000");
		fields.put("deadline", today.plusDays(10).toString());
		fields.put("deliveryRegion", "부산 전역");
		fields.put("shownPublicly", "true");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/market/needs").session(staff).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private long posted(MockHttpSession staff, long center, String title, String... changes) throws Exception {
		mvc.perform(postNeed(staff, center, title, changes)).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "market.needs.notice.posted"));
		return id("select id from market_need where title = ?", title);
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder respond(MockHttpSession session, long need, long organization,
			MockMultipartFile file, String price) {
		var request = multipart("/my/market/needs/" + need + "/respond");
		if (file != null) {
			request.file(file);
		}
		request.param("organization", "" + organization).param("price", price).param("quantity", "300개")
			.param("note", "우리밀 빵 300개, 개별 포장").session(session).with(csrf());
		return request;
	}

	private long told(String title, String kind) {
		return id("select count(*) from notification_message where kind = ? and account_id = ? and subject like ?", kind,
				memberAccount(), "%" + title + "%");
	}

	@Test
	void staffPostANeedForTheirOwnBuyerAndBadInputChangesNothing() throws Exception {
		MockHttpSession staff = DemoStaff.session(mvc, "busan");
		long busan = DemoStaff.centerId(jdbc, "busan");
		long before = needs();
		mvc.perform(postNeed(staff, busan, "지난 마감 수요", "deadline", today.minusDays(1).toString()))
			.andExpect(status().isOk()).andExpect(model().attribute("error", "market.needs.error.deadline"))
			.andExpect(content().string(containsString("응답 마감일은 오늘(" + today + ")이나 그 뒤여야 합니다.")));
		mvc.perform(postNeed(staff, busan, "김해 구매처 수요", "buyerId", "" + buyer("김해시청")))
			.andExpect(model().attribute("error", "market.needs.error.buyer"));
		mvc.perform(postNeed(staff, busan, "음수 예산 수요", "budgetWon", "-100"))
			.andExpect(model().attribute("error", "market.needs.error.won"));
		mvc.perform(postNeed(staff, busan, "분류 없는 수요", "categoryId", "987654321"))
			.andExpect(model().attribute("error", "market.needs.error.category"));
		mvc.perform(postNeed(staff, busan, " ", "title", " "))
			.andExpect(model().attribute("error", "market.needs.error.title"));
		mvc.perform(postNeed(staff, busan, "날짜 없는 수요", "deadline", ""))
			.andExpect(model().attribute("error", "market.needs.error.deadlineMissing"));
		assertThat(needs()).isEqualTo(before);

		String title = "오늘 마감 수요 " + System.nanoTime();
		long need = posted(staff, busan, title, "deadline", today.toString());
		mvc.perform(get("/admin/market/needs").session(staff).param("center", "" + busan))
			.andExpect(content().string(containsString(title)));
		// staff of another center neither see nor change it
		MockHttpSession gimhae = DemoStaff.session(mvc, "gimhae");
		long gimhaeId = DemoStaff.centerId(jdbc, "gimhae");
		mvc.perform(get("/admin/market/needs/" + need).session(gimhae).param("center", "" + gimhaeId))
			.andExpect(status().isNotFound());
		mvc.perform(post("/admin/market/needs/" + need + "/close").session(gimhae).with(csrf())
			.param("center", "" + gimhaeId)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/market/needs").session(gimhae).with(csrf()).param("center", "" + busan)
			.param("title", "남의 센터 수요")).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select status from market_need where id = ?", String.class, need)).isEqualTo("OPEN");
		assertThat(needs()).isEqualTo(before + 1);
	}

	@Test
	void matchingOrganizationsOfTheCategoryAndAreaAreListedAndToldOnce() throws Exception {
		MockHttpSession staff = DemoStaff.session(mvc, "busan");
		long busan = DemoStaff.centerId(jdbc, "busan");
		String title = "알림 시험 수요 " + System.nanoTime();
		// the bakery's bread is in 식품 > 제과·제빵: a need in 식품 matches it
		long need = posted(staff, busan, title);
		String area = "select l.organization_id from market_listing l join market_listing_center c on c.product_id = l.product_id"
				+ " where c.center_id in (select id from centers_center where id = " + busan + " or parent_id = " + busan + ")";
		String foodInBusan = area + " and l.product_id in (select product_id from market_listing_category_path"
				+ " where category_id = " + category("식품") + ")";
		// food sold outside Busan's area, and a Busan organization selling no food
		String gunsanFood = jdbc.queryForObject("select min(organization_name) from market_listing where name = '박대 정식'"
				+ " and organization_id not in (" + area + ")", String.class);
		String busanRepairs = jdbc.queryForObject("select min(organization_name) from market_listing where name = '집수리'"
				+ " and organization_id not in (" + foodInBusan + ")", String.class);
		assertThat(gunsanFood).isNotNull();
		assertThat(busanRepairs).isNotNull();
		String page = "/admin/market/needs/" + need;
		mvc.perform(get(page).session(staff).param("center", "" + busan)).andExpect(status().isOk())
			.andExpect(content().string(containsString(BAKERY)))
			.andExpect(content().string(containsString("우리밀 식빵")))
			.andExpect(content().string(not(containsString(gunsanFood))))
			.andExpect(content().string(not(containsString(busanRepairs))))
			.andExpect(content().string(containsString("아직 알리지 않음")));
		assertThat(told(title, "MARKET_NEED_MATCHED")).isZero();

		mvc.perform(post(page + "/publish").session(staff).with(csrf()).param("center", "" + busan))
			.andExpect(flash().attribute("notice", "market.needs.notice.published"));
		mvc.perform(post(page + "/publish").session(staff).with(csrf()).param("center", "" + busan))
			.andExpect(flash().attribute("notice", "market.needs.notice.published"));
		assertThat(told(title, "MARKET_NEED_MATCHED")).isOne();
		assertThat(id("select count(*) from market_need_notice where need_id = ?", need))
			.isEqualTo(id("select count(distinct l.organization_id) from market_listing l join market_listing_category_path p"
					+ " on p.product_id = l.product_id join market_listing_center c on c.product_id = l.product_id"
					+ " where p.category_id = ? and c.center_id in (select id from centers_center where id = ? or parent_id = ?)",
					category("식품"), busan, busan));
		mvc.perform(get(page).session(staff).param("center", "" + busan))
			.andExpect(content().string(not(containsString("아직 알리지 않음"))));
		// a need in a category below (제과·제빵) matches the bakery too; one in 청소·방역 does not
		long bread = posted(staff, busan, "제빵 수요 " + System.nanoTime(), "categoryId", "" + category("제과·제빵"));
		mvc.perform(get("/admin/market/needs/" + bread).session(staff).param("center", "" + busan))
			.andExpect(content().string(containsString(BAKERY)));
		long cleaning = posted(staff, busan, "청소 수요 " + System.nanoTime(), "categoryId", "" + category("청소·방역"));
		mvc.perform(get("/admin/market/needs/" + cleaning).session(staff).param("center", "" + busan))
			.andExpect(content().string(not(containsString(BAKERY))));
		// the bakery's manager sees the need on My page as one matching the bakery
		mvc.perform(get("/my/market/needs").session(member()))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("내 조직과 맞는 수요: " + BAKERY)));
	}

	@Test
	void managersRespondOnceUntilTheDeadlineAndStaffRecordTheDecision() throws Exception {
		MockHttpSession staff = DemoStaff.session(mvc, "busan");
		long busan = DemoStaff.centerId(jdbc, "busan");
		String title = "응답 시험 수요 " + System.nanoTime();
		long need = posted(staff, busan, title);
		MockHttpSession member = member();
		String responses = "select count(*) from market_need_response where need_id = " + need;

		// a file that is not what its name says is refused and nothing is saved
		mvc.perform(respond(member, need, bakery(), new MockMultipartFile("file", "견적서.pdf", "application/pdf",
				"<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)), "1,400,000"))
			.andExpect(Flashes.error("첨부 파일은 PDF, 한글, 오피스 문서, PNG·JPEG 그림만 올릴 수 있습니다."));
		mvc.perform(respond(member, need, bakery(), null, "1400000.5"))
			.andExpect(Flashes.error(containsString("금액은 0 이상의 원 단위 정수로 적어 주세요")));
		// staff of another center manage no organization
		mvc.perform(respond(DemoStaff.session(mvc, "gimhae"), need, bakery(), null, "1,400,000"))
			.andExpect(Flashes.error(containsString("관리하는 조직이 없어 응답할 수 없습니다.")));
		assertThat(id(responses)).isZero();

		mvc.perform(respond(member, need, bakery(), new MockMultipartFile("file", "견적서.pdf", "application/pdf", PDF),
				"1,400,000")).andExpect(flash().attribute("notice", "market.needs.notice.responded"));
		mvc.perform(respond(member, need, bakery(), null, "1,300,000"))
			.andExpect(Flashes.error(BAKERY + "은(는) 이미 이 수요에 응답했습니다."));
		assertThat(id(responses)).isOne();
		assertThat(id("select price_won from market_need_response where need_id = ?", need)).isEqualTo(1_400_000L);
		long response = id("select id from market_need_response where need_id = ?", need);

		// staff read the offer and its file
		String page = "/admin/market/needs/" + need;
		mvc.perform(get(page).session(staff).param("center", "" + busan))
			.andExpect(content().string(containsString("1,400,000원")))
			.andExpect(content().string(containsString("견적서.pdf")));
		mvc.perform(get(page + "/responses/" + response + "/file").session(staff).param("center", "" + busan))
			.andExpect(status().isOk()).andExpect(content().bytes(PDF));

		// after the deadline no one responds any more
		long other = posted(staff, busan, "마감 지난 수요 " + System.nanoTime());
		jdbc.update("update market_need set deadline = ? where id = ?", today.minusDays(1), other);
		mvc.perform(respond(member, other, bakery(), null, "1,000"))
			.andExpect(Flashes.error("응답 마감일(" + today.minusDays(1) + ")이 지나 더 응답할 수 없습니다."));
		assertThat(id("select count(*) from market_need_response where need_id = ?", other)).isZero();

		// the buyer selects the bakery; closing tells it the outcome once
		mvc.perform(post(page + "/responses/" + response + "/decide").session(staff).with(csrf())
			.param("center", "" + busan).param("decision", "SELECTED"))
			.andExpect(flash().attribute("notice", "market.needs.notice.decided"));
		mvc.perform(post(page + "/close").session(staff).with(csrf()).param("center", "" + busan))
			.andExpect(flash().attribute("notice", "market.needs.notice.closed"));
		mvc.perform(post(page + "/close").session(staff).with(csrf()).param("center", "" + busan))
			.andExpect(Flashes.error("구매 수요 \"" + title + "\"은(는) 이미 마감했습니다."));
		assertThat(told(title, "MARKET_NEED_DECIDED")).isOne();
		assertThat(jdbc.queryForObject("select subject from notification_message where kind = 'MARKET_NEED_DECIDED'"
				+ " and account_id = ? and subject like ?", String.class, memberAccount(), "%" + title + "%")).contains("선정");
		mvc.perform(post(page + "/responses/" + response + "/decide").session(staff).with(csrf())
			.param("center", "" + busan).param("decision", "NOT_SELECTED"))
			.andExpect(Flashes.error(containsString("이미 마감했습니다")));
		assertThat(jdbc.queryForObject("select decision from market_need_response where id = ?", String.class, response))
			.isEqualTo("SELECTED");
		mvc.perform(get("/my/market/needs").session(member)).andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("선정")));
	}

	@Test
	void theClosingMarksUndecidedResponsesNotSelected() throws Exception {
		MockHttpSession staff = DemoStaff.session(mvc, "busan");
		long busan = DemoStaff.centerId(jdbc, "busan");
		String title = "미결정 마감 수요 " + System.nanoTime();
		long need = posted(staff, busan, title);
		mvc.perform(respond(member(), need, bakery(), null, "0")).andExpect(flash().attribute("notice",
				"market.needs.notice.responded"));
		mvc.perform(post("/admin/market/needs/" + need + "/close").session(staff).with(csrf()).param("center", "" + busan))
			.andExpect(flash().attribute("notice", "market.needs.notice.closed"));
		assertThat(jdbc.queryForObject("select decision from market_need_response where need_id = ?", String.class, need))
			.isEqualTo("NOT_SELECTED");
		assertThat(jdbc.queryForObject("select subject from notification_message where kind = 'MARKET_NEED_DECIDED'"
				+ " and account_id = ? and subject like ?", String.class, memberAccount(), "%" + title + "%")).contains("미선정");
	}

	@Test
	void thePortalListsOnlyPublicOpenNeedsWithoutTheBuyersContacts() throws Exception {
		MockHttpSession staff = DemoStaff.session(mvc, "busan");
		long busan = DemoStaff.centerId(jdbc, "busan");
		String shown = "공개 수요 " + System.nanoTime();
		String hidden = "회원 전용 수요 " + System.nanoTime();
		String buyer = "수요 시험 구매처 " + System.nanoTime();
		jdbc.update("insert into market_buyer (center_id, name, kind, sido, contact_name, contact_phone, contact_email)"
				+ " values (?, ?, 'PUBLIC_INSTITUTION', '부산광역시', '구매담당 나연락', '010-7531-8642', 'needs-buyer@example.kr')",
				busan, buyer);
		posted(staff, busan, shown, "buyerId", "" + buyer(buyer));
		posted(staff, busan, hidden, "buyerId", "" + buyer(buyer), "shownPublicly", "false");
		mvc.perform(get("/c/busan/market/needs")).andExpect(status().isOk())
			.andExpect(content().string(containsString(shown)))
			.andExpect(content().string(not(containsString(hidden))))
			.andExpect(content().string(containsString(buyer)))
			.andExpect(content().string(not(containsString("나연락"))))
			.andExpect(content().string(not(containsString("010-7531-8642"))))
			.andExpect(content().string(not(containsString("needs-buyer@example.kr"))));
		mvc.perform(get("/c/gimhae/market/needs")).andExpect(content().string(not(containsString(shown))));
		// the members-only need is on My page for organizations' managers
		mvc.perform(get("/my/market/needs").session(member())).andExpect(content().string(containsString(hidden)));
	}
}
