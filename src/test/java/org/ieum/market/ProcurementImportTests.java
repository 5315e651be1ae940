package org.ieum.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.ieum.support.DemoStaff;
import org.ieum.support.Flashes;
import org.junit.jupiter.api.Test;
import org.ieum.support.IeumSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Importing a buyer's table of purchases through the staff pages: the preview names every bad row (unknown buyer or
 * seller, a negative or fractional amount, a future date) by its row number and records nothing; the confirmation
 * keeps all or nothing unless the valid rows are chosen, and counts once; a table without the columns is refused at
 * the upload; another center's staff cannot open the upload.
 */
@IeumSpringTest
class ProcurementImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private String bakeryNumber() {
		return jdbc.queryForObject("select business_number from enterprises_organization where name = '행복베이커리 사회적협동조합'"
				+ " order by id fetch first 1 row only", String.class);
	}

	private long purchasesOf(String buyer) {
		return jdbc.queryForObject("select count(*) from market_purchase p join market_buyer b on b.id = p.buyer_id"
				+ " where b.name = ?", Long.class, buyer);
	}

	private MvcResult upload(MockHttpSession staff, long center, String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/admin/market/purchases/import").file(new MockMultipartFile("file", name, "text/csv", content))
			.param("center", String.valueOf(center)).param("encoding", "auto").session(staff).with(csrf()))
			.andReturn();
	}

	@Test
	void badRowsAreNamedInThePreviewAndOnlyTheChosenRowsAreRecordedOnce() throws Exception {
		MockHttpSession busan = DemoStaff.session(mvc, "busan");
		long center = DemoStaff.centerId(jdbc, "busan");
		mvc.perform(post("/admin/market/buyers").session(busan).with(csrf()).param("center", String.valueOf(center))
			.param("name", "가져오기 시험 구청").param("kind", "LOCAL_GOVERNMENT").param("sido", "부산광역시"))
			.andExpect(status().is3xxRedirection());
		String tomorrow = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(1).toString();
		String bakery = bakeryNumber();
		String csv = "2012년 구매실적 (가져오기 시험 구청)\n"
				+ "구매기관,판매기업,품목,구매금액(원),계약일자,계약방법\n"
				+ "가져오기 시험 구청," + bakery + ",제과·제빵,\"1,200,000\",2012-03-05,수의계약\n"
				+ "없는 시청," + bakery + ",식품,1000,2012-03-06,입찰\n"
				+ "가져오기 시험 구청," + bakery + ",식품,-5000,2012-03-07,입찰\n"
				+ "가져오기 시험 구청," + bakery + ",식품,1200.5,2012-03-08,입찰\n"
				+ "가져오기 시험 구청," + bakery + ",식품,3000," + tomorrow + ",입찰\n"
				+ "가져오기 시험 구청,000-00-00000,식품,3000,2012-03-09,입찰\n"
				+ "가져오기 시험 구청," + bakery + ",식품 > 제과·제빵,450000원,2012.4.1,\n";
		MvcResult uploaded = upload(busan, center, "구매실적.csv", csv.getBytes(StandardCharsets.UTF_8));
		String preview = uploaded.getResponse().getRedirectedUrl();
		assertThat(preview).startsWith("/admin/market/purchases/import/");
		long id = Long.parseLong(preview.replaceAll(".*/import/(\\d+).*", "$1"));
		String confirm = "/admin/market/purchases/import/" + id + "/confirm";

		mvc.perform(get(preview).session(busan))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd class=\"count-imported\">2</dd>")))
			.andExpect(content().string(containsString("<dd class=\"count-rejected\">5</dd>")))
			.andExpect(content().string(containsString("이 센터에 등록하지 않은 공공기관입니다: 없는 시청")))
			.andExpect(content().string(containsString("구매금액(원) 값은 0 이상의 원 단위 정수여야 합니다: -5000")))
			.andExpect(content().string(containsString("구매금액(원) 값은 0 이상의 원 단위 정수여야 합니다: 1200.5")))
			.andExpect(content().string(containsString("계약일자 " + tomorrow + "은(는) 아직 오지 않았습니다.")))
			.andExpect(content().string(containsString("사업자등록번호 000-00-00000인 조직이 이음에 없습니다.")))
			.andExpect(content().string(containsString("<th scope=\"row\">4</th>")))
			.andExpect(content().string(containsString("가져오기 시험 구청 · 행복베이커리 사회적협동조합 · 2012-03-05 · 1,200,000")));
		assertThat(purchasesOf("가져오기 시험 구청")).isZero();

		// another center's staff cannot open it
		mvc.perform(get(preview).session(DemoStaff.session(mvc, "gimhae"))).andExpect(status().isForbidden());

		// rows are rejected: without a choice, or choosing all or nothing, nothing is recorded
		mvc.perform(post(confirm).session(busan).with(csrf()))
			.andExpect(Flashes.error("가져오는 방법을 골라 주세요."));
		mvc.perform(post(confirm).session(busan).with(csrf()).param("validRowsOnly", "false"))
			.andExpect(redirectedUrlPattern("/admin/market/purchases/import/" + id + "*"));
		assertThat(purchasesOf("가져오기 시험 구청")).isZero();

		mvc.perform(post(confirm).session(busan).with(csrf()).param("validRowsOnly", "true"))
			.andExpect(redirectedUrlPattern("/admin/market/purchases/import/done*"));
		assertThat(jdbc.queryForList("select p.amount_won from market_purchase p join market_buyer b on b.id = p.buyer_id"
				+ " where b.name = '가져오기 시험 구청' order by p.contract_date", Long.class)).containsExactly(1_200_000L, 450_000L);
		assertThat(jdbc.queryForList("select p.method from market_purchase p join market_buyer b on b.id = p.buyer_id"
				+ " where b.name = '가져오기 시험 구청' and p.confirmed_at is null order by p.contract_date", String.class))
			.containsExactly("SOLE_SOURCE", "OTHER");

		// a second confirmation records nothing more
		mvc.perform(post(confirm).session(busan).with(csrf()).param("validRowsOnly", "true"))
			.andExpect(Flashes.error("이미 반영했거나 취소한 가져오기입니다."));
		assertThat(purchasesOf("가져오기 시험 구청")).isEqualTo(2);
	}

	@Test
	void aTableWithoutTheColumnsOfPurchasesIsRefusedAtTheUpload() throws Exception {
		MockHttpSession busan = DemoStaff.session(mvc, "busan");
		long center = DemoStaff.centerId(jdbc, "busan");
		long kept = jdbc.queryForObject("select count(*) from shared_import where purpose = 'purchases'", Long.class);
		MvcResult result = upload(busan, center, "명단.csv", "이름,전화\n홍길동,010\n".getBytes(StandardCharsets.UTF_8));
		assertThat(Flashes.errorText(result.getModelAndView().getModel())).startsWith("구매실적 표의 머리글을 찾지 못했습니다.");
		assertThat(jdbc.queryForObject("select count(*) from shared_import where purpose = 'purchases'", Long.class))
			.isEqualTo(kept);
		mvc.perform(get("/admin/market/purchases").session(busan).param("center", String.valueOf(center)))
			.andExpect(content().string(containsString("/admin/market/purchases/import?center=" + center)));
	}
}
