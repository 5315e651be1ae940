package org.ieum.market.inquiries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import org.ieum.support.DemoStaff;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Buyer inquiries as buyers, organizations and staff use them: the form's refusals, the limit per client and contact,
 * the mails with the private link, the answer by the organization's manager only, the staff list with the overdue
 * marked and the contacts masked, the access log, the retention job and the API.
 */
@IeumSpringTest
class InquiryTests {

	/** Each test sends from its own client address, so the per-client limit of other tests never counts here. */
	private static final AtomicInteger CLIENTS = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InquiryRetention retention;

	private final String client = "10.77.0." + CLIENTS.getAndIncrement();

	private MockHttpSession signIn(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password("ieum2026!"))
			.andReturn().getRequest().getSession();
	}

	/** A product of the demo member's bakery (Busan). */
	private long bakeryProduct() {
		return jdbc.queryForObject("select min(product_id) from market_listing where organization_name like '행복베이커리%'",
				Long.class);
	}

	/** A product of an organization the demo member does not manage, shown in Gimhae's portal. */
	private long gimhaeProduct() {
		return jdbc.queryForObject("select min(l.product_id) from market_listing l join market_listing_center c"
				+ " on c.product_id = l.product_id join centers_center cc on cc.id = c.center_id where cc.slug = 'gimhae'",
				Long.class);
	}

	private long inquiries() {
		return jdbc.queryForObject("select count(*) from market_inquiry", Long.class);
	}

	private long accessLogEntries() {
		return jdbc.queryForObject("select count(*) from identity_personal_data_access", Long.class);
	}

	private long mailsTo(String recipient, String subjectPart) {
		return jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = ? and subject like ?",
				Long.class, recipient, "%" + subjectPart + "%");
	}

	private MockHttpServletRequestBuilder inquiry(String path, String email) {
		return inquiry(path, "051-749-4000", email);
	}

	private MockHttpServletRequestBuilder inquiry(String path, String phone, String email) {
		return post(path).with(csrf()).with(r -> {
			r.setRemoteAddr(client);
			return r;
		})
			.param("buyerOrganization", "부산광역시 해운대구청").param("contactName", "박주무관")
			.param("phone", phone).param("email", email).param("quantity", "200개")
			.param("neededBy", LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(14).toString())
			.param("message", "행사용 식빵 200개 견적을 부탁드립니다.");
	}

	/** Replaces one field of the form (a second param would add a value, not replace it). */
	private static org.springframework.test.web.servlet.request.RequestPostProcessor set(String name, String value) {
		return r -> {
			r.setParameter(name, value);
			return r;
		};
	}

	private long idOf(String email) {
		return jdbc.queryForObject("select max(id) from market_inquiry where contact_email = ?", Long.class, email);
	}

	@Test
	void aBuyerSendsAnInquiryTheManagerAnswersAndTheBuyerReadsItThroughThePrivateLink() throws Exception {
		long product = bakeryProduct();
		String email = "buyer.flow@haeundae.example";
		MvcResult sent = mvc.perform(inquiry("/c/busan/market/products/" + product + "/inquiries", email))
			.andExpect(status().is3xxRedirection()).andReturn();
		long id = idOf(email);
		String token = jdbc.queryForObject("select token from market_inquiry where id = ?", String.class, id);
		assertThat(token).hasSizeGreaterThanOrEqualTo(40);
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/c/busan/market/inquiries/" + token);
		// the buyer's mail carries the private link; the manager and the center hear of it without the contacts
		assertThat(mailsTo(email, "보낸 구매·견적 문의")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select body from shared_mail_outbox where recipient = ? order by id desc"
				+ " fetch first 1 row only", String.class, email)).contains("/c/busan/market/inquiries/" + token);
		assertThat(mailsTo("member@ieum.example", "구매·견적 문의가 왔습니다")).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.queryForObject("select body from shared_mail_outbox where recipient = 'member@ieum.example'"
				+ " and subject like '%구매·견적 문의가 왔습니다%' order by id desc fetch first 1 row only", String.class))
			.contains("부산광역시 해운대구청").doesNotContain("051-749-4000").doesNotContain(email);
		// the private page, without an account
		mvc.perform(get("/c/busan/market/inquiries/" + token))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Robots-Tag", "noindex"))
			.andExpect(content().string(containsString("행사용 식빵 200개 견적을 부탁드립니다.")))
			.andExpect(content().string(containsString("아직 답변이 없습니다")));
		mvc.perform(get("/c/busan/market/inquiries/" + token.substring(1) + "x")).andExpect(status().isNotFound());
		// the manager reads it in full on My page and answers once
		MockHttpSession member = signIn("member@ieum.example");
		long logged = accessLogEntries();
		mvc.perform(get("/my/market/inquiries").session(member))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("부산광역시 해운대구청")));
		mvc.perform(get("/my/market/inquiries/" + id).session(member))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("051-749-4000")))
			.andExpect(content().string(containsString(email)));
		assertThat(accessLogEntries()).isEqualTo(logged + 2);
		mvc.perform(post("/my/market/inquiries/" + id + "/answer").session(member).with(csrf()).param("answer", " "))
			.andExpect(Flashes.error("답변을 적어 주세요."));
		mvc.perform(post("/my/market/inquiries/" + id + "/answer").session(member).with(csrf())
			.param("answer", "200개 한 개당 3,000원, 납품일 맞출 수 있습니다."))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/my/market/inquiries/" + id + "/answer").session(member).with(csrf()).param("answer", "두 번째 답변"))
			.andExpect(Flashes.error("이미 답변한 문의입니다."));
		assertThat(mailsTo(email, "구매·견적 문의에 답변했습니다")).isEqualTo(1);
		mvc.perform(get("/market/inquiries/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("200개 한 개당 3,000원, 납품일 맞출 수 있습니다.")))
			.andExpect(content().string(not(containsString("두 번째 답변"))));
	}

	@Test
	void anOrganizationSeesOnlyItsOwnInquiries() throws Exception {
		long other = gimhaeProduct();
		String email = "buyer.privacy@gimhae.example";
		mvc.perform(inquiry("/c/gimhae/market/products/" + other + "/inquiries", email))
			.andExpect(status().is3xxRedirection());
		long id = idOf(email);
		MockHttpSession member = signIn("member@ieum.example");
		mvc.perform(get("/my/market/inquiries").session(member))
			.andExpect(content().string(not(containsString("buyer.privacy"))));
		mvc.perform(get("/my/market/inquiries/" + id).session(member)).andExpect(status().isForbidden());
		mvc.perform(post("/my/market/inquiries/" + id + "/answer").session(member).with(csrf()).param("answer", "가로채기"))
			.andExpect(status().isForbidden());
		MockHttpSession citizen = signIn("citizen@ieum.example");
		mvc.perform(get("/my/market/inquiries/" + id).session(citizen)).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select answer from market_inquiry where id = ?", String.class, id)).isNull();
		// a product of another center is not this portal's to ask about
		mvc.perform(inquiry("/c/busan/market/products/" + other + "/inquiries", "buyer.scope@gimhae.example"))
			.andExpect(status().isNotFound());
	}

	@Test
	void badInquiriesAreRefusedInKoreanAndRecordNothing() throws Exception {
		String path = "/market/products/" + bakeryProduct() + "/inquiries";
		long before = inquiries();
		mvc.perform(inquiry(path, "", "")).andExpect(Flashes.error("전화번호와 이메일 중 하나는 적어 주세요."));
		mvc.perform(inquiry(path, "buyer.bad@example.org").with(set("buyerOrganization", " ")))
			.andExpect(Flashes.error("기관명을 적어 주세요."));
		mvc.perform(inquiry(path, "buyer.bad@example.org").with(set("contactName", "")))
			.andExpect(Flashes.error("담당자 이름을 적어 주세요."));
		mvc.perform(inquiry(path, "buyer.bad@example.org").with(set("quantity", "")))
			.andExpect(Flashes.error("수량을 적어 주세요."));
		mvc.perform(inquiry(path, "buyer.bad@example.org").with(set("message", "")))
			.andExpect(Flashes.error("문의 내용을 적어 주세요."));
		mvc.perform(inquiry(path, "전화 주세요", ""))
			.andExpect(Flashes.error("\"전화 주세요\"은(는) 전화번호 형식이 아닙니다. 예: 051-123-4567"));
		mvc.perform(inquiry(path, "not-an-address")).andExpect(Flashes.error("\"not-an-address\"은(는) 이메일 주소 형식이 아닙니다."));
		LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Seoul")).minusDays(1);
		mvc.perform(inquiry(path, "buyer.bad@example.org").with(set("neededBy", yesterday.toString())))
			.andExpect(Flashes.error("필요한 날(" + yesterday + ")이 이미 지났습니다. 오늘이나 그 뒤의 날을 골라 주세요."));
		mvc.perform(inquiry(path, "buyer.bad@example.org").with(set("neededBy", "2026-13-45")))
			.andExpect(Flashes.error("필요한 날은 2026-03-05처럼 적어 주세요."));
		// what the buyer typed comes back with the message
		MvcResult refused = mvc.perform(inquiry(path, "", "")).andReturn();
		assertThat(refused.getFlashMap().get("inquiry")).isInstanceOf(InquiryForm.class);
		assertThat(((InquiryForm) refused.getFlashMap().get("inquiry")).getMessage()).startsWith("행사용 식빵");
		assertThat(inquiries()).isEqualTo(before);
	}

	@Test
	void oneContactOrOneClientCannotFloodAnOrganization() throws Exception {
		String path = "/market/products/" + bakeryProduct() + "/inquiries";
		String email = "buyer.flood@example.org";
		for (int i = 0; i < 3; i++) {
			mvc.perform(inquiry(path, email)).andExpect(status().is3xxRedirection())
				.andExpect(result -> assertThat(result.getFlashMap().get("error")).isNull());
		}
		long before = inquiries();
		mvc.perform(inquiry(path, email)).andExpect(Flashes.error("짧은 시간에 문의가 너무 많습니다. 잠시 뒤에 다시 보내 주세요."));
		mvc.perform(post("/api/v1/products/{id}/inquiries", bakeryProduct()).with(r -> {
			r.setRemoteAddr(client);
			return r;
		}).contentType(MediaType.APPLICATION_JSON).content("""
				{"buyerOrganization":"해운대구청","contactName":"박주무관","email":"%s","quantity":"10",
				 "neededBy":"%s","message":"견적 부탁드립니다"}""".formatted(email, LocalDate.now(ZoneId.of("Asia/Seoul")))))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.detail").value("짧은 시간에 문의가 너무 많습니다. 잠시 뒤에 다시 보내 주세요."));
		assertThat(inquiries()).isEqualTo(before);
	}

	@Test
	void theApiTakesAnInquiryWithoutATokenAndAnswersRefusalsInKorean() throws Exception {
		long product = bakeryProduct();
		String today = LocalDate.now(ZoneId.of("Asia/Seoul")).toString();
		MvcResult created = mvc.perform(post("/api/v1/products/{id}/inquiries", product).param("center", "busan").with(r -> {
			r.setRemoteAddr(client);
			return r;
		}).contentType(MediaType.APPLICATION_JSON).content("""
				{"buyerOrganization":"부산교통공사","contactName":"이대리","phone":"051-640-7000","quantity":"30상자",
				 "neededBy":"%s","message":"API로 보낸 견적 문의"}""".formatted(today)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.privateLink").value(containsString("/c/busan/market/inquiries/")))
			.andReturn();
		String link = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.privateLink");
		mvc.perform(get(link.substring(link.indexOf("/c/")))).andExpect(content().string(containsString("API로 보낸 견적 문의")));
		long before = inquiries();
		mvc.perform(post("/api/v1/products/{id}/inquiries", product).with(r -> {
			r.setRemoteAddr(client);
			return r;
		}).contentType(MediaType.APPLICATION_JSON).content("""
				{"buyerOrganization":"부산교통공사","contactName":"이대리","quantity":"30상자","neededBy":"%s","message":"연락처 없음"}"""
			.formatted(today)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("전화번호와 이메일 중 하나는 적어 주세요."));
		mvc.perform(post("/api/v1/products/{id}/inquiries", product).contentType(MediaType.APPLICATION_JSON)
			.content("{\"neededBy\":\"내일\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("요청 본문을 읽을 수 없습니다")));
		mvc.perform(post("/api/v1/products/{id}/inquiries", 987654321L).contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("없는 제품·서비스입니다."));
		assertThat(inquiries()).isEqualTo(before);
		mvc.perform(get("/v3/api-docs")).andExpect(content().string(containsString("/api/v1/products/{id}/inquiries")));
	}

	@Test
	void staffSeeTheOverdueInquiriesWithMaskedContactsAndEveryReadIsLogged() throws Exception {
		String email = "buyer.overdue@example.org";
		mvc.perform(inquiry("/c/busan/market/products/" + bakeryProduct() + "/inquiries", email))
			.andExpect(status().is3xxRedirection());
		long id = idOf(email);
		// received ten days ago: more than three working days whatever the calendar
		jdbc.update("update market_inquiry set received_at = received_at - interval '10' day where id = ?", id);
		MockHttpSession staff = DemoStaff.session(mvc, "busan");
		long logged = accessLogEntries();
		String page = mvc.perform(get("/admin/market/inquiries").session(staff)
			.param("center", String.valueOf(DemoStaff.centerId(jdbc, "busan"))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(accessLogEntries()).isEqualTo(logged + 1);
		assertThat(page).contains("market-overdue").contains("기한 지남").contains("박**").contains("***-****-4000")
			.contains("bu***@example.org").doesNotContain(email).doesNotContain("051-749-4000");
		// staff of another center do not see Busan's inquiries
		String gimhae = mvc.perform(get("/admin/market/inquiries").session(DemoStaff.session(mvc, "gimhae"))
			.param("center", String.valueOf(DemoStaff.centerId(jdbc, "gimhae"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(gimhae).doesNotContain("bu***@example.org");
		mvc.perform(get("/admin/market/inquiries").session(DemoStaff.session(mvc, "gimhae"))
			.param("center", String.valueOf(DemoStaff.centerId(jdbc, "busan"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void contactsAreErasedSixMonthsAfterTheAnswerAndTheAnswerStays() throws Exception {
		String email = "buyer.retention@example.org";
		mvc.perform(inquiry("/c/busan/market/products/" + bakeryProduct() + "/inquiries", email))
			.andExpect(status().is3xxRedirection());
		long id = idOf(email);
		String fresh = "buyer.retention.fresh@example.org";
		mvc.perform(inquiry("/c/busan/market/products/" + bakeryProduct() + "/inquiries", fresh))
			.andExpect(status().is3xxRedirection());
		long freshId = idOf(fresh);
		jdbc.update("update market_inquiry set answer = '답변', answered_by = 1,"
				+ " answered_at = current_timestamp - interval '7' month where id = ?", id);
		jdbc.update("update market_inquiry set answer = '답변', answered_by = 1,"
				+ " answered_at = current_timestamp - interval '5' month where id = ?", freshId);
		assertThat(retention.eraseExpiredContacts()).isGreaterThanOrEqualTo(1);
		var erased = jdbc.queryForMap("select contact_name, contact_phone, contact_email, contacts_erased_at, answer,"
				+ " buyer_organization from market_inquiry where id = ?", id);
		assertThat(erased.get("contact_name")).isNull();
		assertThat(erased.get("contact_phone")).isNull();
		assertThat(erased.get("contact_email")).isNull();
		assertThat(erased.get("contacts_erased_at")).isNotNull();
		assertThat(erased.get("answer")).isEqualTo("답변");
		assertThat(erased.get("buyer_organization")).isEqualTo("부산광역시 해운대구청");
		assertThat(jdbc.queryForObject("select contact_email from market_inquiry where id = ?", String.class, freshId))
			.isEqualTo(fresh);
		// a second run erases nothing again
		assertThat(jdbc.queryForObject("select count(*) from market_inquiry where id = ? and contacts_erased_at is not null",
				Long.class, id)).isEqualTo(1);
		retention.eraseExpiredContacts();
		assertThat(jdbc.queryForObject("select contact_email from market_inquiry where id = ?", String.class, freshId))
			.isEqualTo(fresh);
	}
}
