package org.ieum.consulting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Matchers;
import org.ieum.consulting.sessions.SessionReminders;
import org.ieum.shared.Seoul;
import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Consulting through the pages clients, experts and staff use: the request, suggestions with
 * reasons, the expert's answer, sessions that never overlap for one expert, the yearly hour
 * budget and its recorded override, completion and rating, reminders sent once, files only
 * for the people of the case, shared pools under agreements, and every refusal leaving
 * nothing changed.
 */
@IeumSpringTest
class ConsultingFlowTests {

	private static final String PASSWORD = "ieum2026!";
	private static final String GIMHAE_STAFF = "staff.gimhae@ieum.example";
	private static final String BUSAN_STAFF = "staff.busan@ieum.example";
	private static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SessionReminders reminders;

	@Autowired
	List<FigureProvider> providers;

	@Autowired
	Clock clock;

	// ---- helpers ----

	/** A fresh account of this test's own (other tests change some demo accounts). */
	private String account(String prefix) {
		String email = prefix + "-" + System.nanoTime() + "-" + SEQ.incrementAndGet() + "@example.kr";
		jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at) "
				+ "select ?, password_hash, ?, 'ACTIVE', current_timestamp from identity_account where email = ?", email,
				"상담 " + prefix, GIMHAE_STAFF);
		jdbc.update("insert into identity_role_grant (account_id, role, granted_at) values (?, 'CITIZEN', current_timestamp)",
				accountId(email));
		return email;
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andReturn().getRequest().getSession();
	}

	private long accountId(String email) {
		return jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
	}

	private long centerId(String slug) {
		return jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, slug);
	}

	private static String unique(String word) {
		return word + " " + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
	}

	/** Staff add an expert to their pool through the page; the e-mail links the account. */
	private long expert(MockHttpSession staff, String slug, String email, String... fields) throws Exception {
		String name = unique("전문가");
		var request = post("/admin/consulting/experts/new").session(staff).with(csrf())
			.param("center", String.valueOf(centerId(slug))).param("name", name).param("email", email == null ? "" : email)
			.param("affiliation", "테스트 협동조합").param("hourlyFeeWon", "50000").param("days", "TUE", "THU")
			.param("_active", "on").param("active", "true");
		for (String f : fields) {
			request.param("fields", f);
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
		return jdbc.queryForObject("select id from consulting_expert where name = ?", Long.class, name);
	}

	private long submit(MockHttpSession client, String slug, String title, String field, MockMultipartFile... files)
			throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/c/" + slug + "/consulting");
		for (MockMultipartFile f : files) {
			request.file(f);
		}
		mvc.perform(request.session(client).with(csrf()).param("kind", "CONSULTING").param("field", field)
			.param("title", title).param("description", "도움이 필요합니다. " + title).param("days", "TUE")
			.param("people", "2")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/c/" + slug + "/consulting/requests/*"));
		return requestId(title);
	}

	private long requestId(String title) {
		return jdbc.queryForObject("select id from consulting_request where title = ?", Long.class, title);
	}

	private String stateOf(long requestId) {
		return jdbc.queryForObject("select status from consulting_request where id = ?", String.class, requestId);
	}

	private int sessions(long requestId) {
		return jdbc.queryForObject("select count(*) from consulting_session where request_id = ? and status <> 'CANCELLED'",
				Integer.class, requestId);
	}

	private int mails(String to, String subjectPart) {
		return jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = ? and subject like ?",
				Integer.class, to, "%" + subjectPart + "%");
	}

	/** A day from which a few following days stay in the same Seoul year. */
	private LocalDate base() {
		LocalDate today = Seoul.today(clock);
		return today.plusDays(6).getYear() == today.getYear() ? today.plusDays(1) : today.minusDays(8);
	}

	/** A case in progress at Gimhae: client, an expert with an account, assigned and accepted. */
	private record Case(long id, String client, MockHttpSession clientSession, String expert, MockHttpSession expertSession,
			long expertId, MockHttpSession staff) {
	}

	private Case caseInProgress(String field) throws Exception {
		String client = account("cons-client");
		String expertEmail = account("cons-expert");
		MockHttpSession staff = login(GIMHAE_STAFF);
		long expertId = expert(staff, "gimhae", expertEmail, field);
		MockHttpSession clientSession = login(client);
		long id = submit(clientSession, "gimhae", unique("진행 사례"), field);
		mvc.perform(post("/admin/consulting/requests/" + id + "/assign").session(staff).with(csrf())
			.param("expertId", String.valueOf(expertId))).andExpect(flash().attribute("notice", "consulting.notice.assigned"));
		MockHttpSession expertSession = login(expertEmail);
		mvc.perform(post("/my/assignments/" + id + "/accept").session(expertSession).with(csrf()))
			.andExpect(flash().attribute("notice", "consulting.notice.accepted"));
		return new Case(id, client, clientSession, expertEmail, expertSession, expertId, staff);
	}

	private ResultActions plan(MockHttpSession who, String path, LocalDate date,
			String time, int minutes, String overrideReason) throws Exception {
		var request = post(path).session(who).with(csrf()).param("date", date.toString()).param("time", time)
			.param("minutes", String.valueOf(minutes)).param("mode", "ONLINE");
		if (overrideReason != null) {
			request.param("overrideReason", overrideReason);
		}
		return mvc.perform(request);
	}

	// ---- the whole way ----

	@Test
	void aRequestGoesFromTheWindowToARatedSessionWithMailAtEachStep() throws Exception {
		String client = account("cons-flow-client");
		String expertEmail = account("cons-flow-expert");
		MockHttpSession staff = login(GIMHAE_STAFF);
		long expertId = expert(staff, "gimhae", expertEmail, "LABOR");

		mvc.perform(get("/c/gimhae/consulting")).andExpect(status().isOk())
			.andExpect(content().string(containsString("로그인하고 신청하기")));
		MockHttpSession clientSession = login(client);
		mvc.perform(get("/c/gimhae/consulting").session(clientSession)).andExpect(content().string(containsString("신청하기")));
		String title = unique("노무 상담 흐름");
		long id = submit(clientSession, "gimhae", title, "LABOR");
		assertThat(stateOf(id)).isEqualTo("SUBMITTED");
		assertThat(mails(client, "신청을 받았습니다")).isEqualTo(1);
		// the confirmation stays in the center's portal (its header and menu), for the client only
		mvc.perform(get("/c/gimhae/consulting/requests/" + id).session(clientSession)).andExpect(status().isOk())
			.andExpect(content().string(containsString("컨설팅 신청 접수")))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("href=\"/c/gimhae/consulting\"")));
		mvc.perform(get("/c/busan/consulting/requests/" + id).session(clientSession)).andExpect(status().isNotFound());
		mvc.perform(get("/c/gimhae/consulting/requests/" + id).session(staff)).andExpect(status().isNotFound());
		mvc.perform(get("/my/consulting").session(clientSession))
			.andExpect(content().string(containsString("href=\"/my/consulting/" + id + "\"")));

		mvc.perform(get("/admin/consulting").session(staff)).andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("href=\"/admin/consulting/requests/" + id + "\"")));
		mvc.perform(get("/admin/consulting/requests/" + id).session(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString("분야 일치: 노무")))
			.andExpect(content().string(containsString("진행 중인 상담 0건")));
		mvc.perform(post("/admin/consulting/requests/" + id + "/assign").session(staff).with(csrf())
			.param("expertId", String.valueOf(expertId))).andExpect(flash().attribute("notice", "consulting.notice.assigned"));
		assertThat(mails(expertEmail, "배정")).isEqualTo(1);

		MockHttpSession expert = login(expertEmail);
		mvc.perform(get("/my/assignments").session(expert)).andExpect(content().string(containsString(title)));
		mvc.perform(post("/my/assignments/" + id + "/accept").session(expert).with(csrf()))
			.andExpect(flash().attribute("notice", "consulting.notice.accepted"));
		assertThat(mails(client, "수락")).isEqualTo(1);

		LocalDate yesterday = Seoul.today(clock).minusDays(1);
		plan(expert, "/my/assignments/" + id + "/sessions", yesterday, "10:00", 60, null)
			.andExpect(flash().attribute("notice", "consulting.notice.scheduled"));
		assertThat(mails(client, "상담 일정")).isEqualTo(1);
		long sessionId = jdbc.queryForObject("select id from consulting_session where request_id = ?", Long.class, id);
		mvc.perform(multipart("/my/assignments/" + id + "/sessions/" + sessionId + "/record")
			.file(new MockMultipartFile("file", "메모.pdf", "application/pdf", pdf()))
			.session(expert).with(csrf()).param("content", "근로계약서 점검").param("nextSteps", "취업규칙 정비"))
			.andExpect(flash().attribute("notice", "consulting.notice.recorded"));
		mvc.perform(post("/my/assignments/" + id + "/complete").session(expert).with(csrf()).param("summary", "정비 완료"))
			.andExpect(flash().attribute("notice", "consulting.notice.completed"));
		assertThat(stateOf(id)).isEqualTo("COMPLETED");
		assertThat(mails(client, "만족도")).isEqualTo(1);

		mvc.perform(get("/my/consulting/" + id).session(clientSession)).andExpect(content().string(containsString("근로계약서 점검")))
			.andExpect(content().string(containsString("만족도 평가")));
		mvc.perform(post("/my/consulting/" + id + "/rating").session(clientSession).with(csrf()).param("rating", "5")
			.param("comment", "큰 도움")).andExpect(flash().attribute("notice", "consulting.notice.rated"));
		assertThat(jdbc.queryForObject("select rating from consulting_request where id = ?", Integer.class, id)).isEqualTo(5);
		mvc.perform(post("/my/consulting/" + id + "/rating").session(clientSession).with(csrf()).param("rating", "1"))
			.andExpect(Flashes.error("이미 평가했습니다."));
		assertThat(jdbc.queryForObject("select rating from consulting_request where id = ?", Integer.class, id)).isEqualTo(5);
	}

	// ---- the rules ----

	@Test
	void oneExpertCannotHaveOverlappingSessions() throws Exception {
		Case first = caseInProgress("MARKETING");
		String otherClient = account("cons-overlap-client");
		MockHttpSession otherSession = login(otherClient);
		long second = submit(otherSession, "gimhae", unique("겹침 사례"), "MARKETING");
		mvc.perform(post("/admin/consulting/requests/" + second + "/assign").session(first.staff()).with(csrf())
			.param("expertId", String.valueOf(first.expertId())));
		mvc.perform(post("/my/assignments/" + second + "/accept").session(first.expertSession()).with(csrf()));

		LocalDate day = base();
		plan(first.expertSession(), "/my/assignments/" + first.id() + "/sessions", day, "10:00", 60, null)
			.andExpect(flash().attribute("notice", "consulting.notice.scheduled"));
		plan(first.expertSession(), "/my/assignments/" + second + "/sessions", day, "10:30", 60, null)
			.andExpect(Flashes.error(containsString("다른 상담이 있어 이 시간에 일정을 잡을 수 없습니다")));
		plan(first.staff(), "/admin/consulting/requests/" + second + "/sessions", day, "09:30", 40, "급한 일정")
			.andExpect(Flashes.error(containsString("다른 상담이 있어")));
		assertThat(sessions(second)).isZero();
		plan(first.expertSession(), "/my/assignments/" + second + "/sessions", day, "11:00", 60, null)
			.andExpect(flash().attribute("notice", "consulting.notice.scheduled"));
		assertThat(sessions(second)).isEqualTo(1);
	}

	@Test
	void onePersonInTwoCentersPoolsCannotHaveOverlappingSessionsAcrossTheirRecords() throws Exception {
		// one account, one expert record in Gimhae's pool and one in Busan's: the sessions of both records count
		Case gimhaeCase = caseInProgress("IT");
		MockHttpSession busanStaff = login(BUSAN_STAFF);
		long busanRecord = expert(busanStaff, "busan", gimhaeCase.expert(), "IT");
		assertThat(busanRecord).isNotEqualTo(gimhaeCase.expertId());
		MockHttpSession busanClient = login(account("cons-cross-client"));
		long busanCase = submit(busanClient, "busan", unique("부산 겹침 사례"), "IT");
		mvc.perform(post("/admin/consulting/requests/" + busanCase + "/assign").session(busanStaff).with(csrf())
			.param("expertId", String.valueOf(busanRecord))).andExpect(flash().attribute("notice", "consulting.notice.assigned"));
		mvc.perform(post("/my/assignments/" + busanCase + "/accept").session(gimhaeCase.expertSession()).with(csrf()))
			.andExpect(flash().attribute("notice", "consulting.notice.accepted"));

		LocalDate day = base();
		plan(gimhaeCase.expertSession(), "/my/assignments/" + gimhaeCase.id() + "/sessions", day, "14:00", 60, null)
			.andExpect(flash().attribute("notice", "consulting.notice.scheduled"));
		plan(gimhaeCase.expertSession(), "/my/assignments/" + busanCase + "/sessions", day, "14:30", 60, null)
			.andExpect(Flashes.error(containsString("다른 상담이 있어 이 시간에 일정을 잡을 수 없습니다")));
		plan(busanStaff, "/admin/consulting/requests/" + busanCase + "/sessions", day, "13:30", 60, "급한 일정")
			.andExpect(Flashes.error(containsString("다른 상담이 있어")));
		assertThat(sessions(busanCase)).isZero();
		plan(busanStaff, "/admin/consulting/requests/" + busanCase + "/sessions", day, "15:00", 60, null)
			.andExpect(flash().attribute("notice", "consulting.notice.scheduled"));
		assertThat(sessions(busanCase)).isEqualTo(1);
	}

	@Test
	void hoursBeyondTheYearlyBudgetNeedAStaffOverrideWhichIsRecorded() throws Exception {
		Case c = caseInProgress("ACCOUNTING");
		LocalDate day = base();
		String path = "/my/assignments/" + c.id() + "/sessions";
		plan(c.expertSession(), path, day, "09:00", 600, null).andExpect(flash().attribute("notice", "consulting.notice.scheduled"));
		plan(c.expertSession(), path, day.plusDays(1), "09:00", 600, null)
			.andExpect(flash().attribute("notice", "consulting.notice.scheduled"));
		// 20 hours used: one more hour is beyond the budget
		plan(c.expertSession(), path, day.plusDays(2), "09:00", 60, null)
			.andExpect(Flashes.error(containsString("연간 지원 시간(20시간)을 넘습니다")));
		plan(c.expertSession(), path, day.plusDays(2), "09:00", 60, "전문가가 스스로 승인")
			.andExpect(Flashes.error(containsString("센터 직원이 사유를 적어 승인해야 합니다")));
		String staffPath = "/admin/consulting/requests/" + c.id() + "/sessions";
		plan(c.staff(), staffPath, day.plusDays(2), "09:00", 60, null)
			.andExpect(Flashes.error(containsString("연간 지원 시간")));
		plan(c.staff(), staffPath, day.plusDays(2), "09:00", 60, "   ")
			.andExpect(Flashes.error(containsString("연간 지원 시간")));
		assertThat(sessions(c.id())).isEqualTo(2);

		plan(c.staff(), staffPath, day.plusDays(2), "09:00", 60, "인증 심사 직전이라 추가 지원")
			.andExpect(flash().attribute("notice", "consulting.notice.scheduled"));
		assertThat(sessions(c.id())).isEqualTo(3);
		var override = jdbc.queryForMap("select override_reason, override_by, override_at from consulting_session "
				+ "where request_id = ? and override_reason is not null", c.id());
		assertThat(override.get("override_reason")).isEqualTo("인증 심사 직전이라 추가 지원");
		assertThat(((Number) override.get("override_by")).longValue()).isEqualTo(accountId(GIMHAE_STAFF));
		assertThat(override.get("override_at")).isNotNull();
		mvc.perform(get("/admin/consulting/requests/" + c.id()).session(c.staff()))
			.andExpect(content().string(containsString("인증 심사 직전이라 추가 지원")))
			.andExpect(content().string(containsString("20시간 중 21시간 사용")));
		// sessions within the budget never carry an override
		assertThat(jdbc.queryForObject("select count(*) from consulting_session where request_id = ? and override_reason is null",
				Integer.class, c.id())).isEqualTo(2);
	}

	@Test
	void anExpertCannotActOnSomeoneElsesCase() throws Exception {
		Case c = caseInProgress("IT");
		String otherExpert = account("cons-other-expert");
		expert(c.staff(), "gimhae", otherExpert, "IT");
		MockHttpSession other = login(otherExpert);
		mvc.perform(get("/my/assignments/" + c.id()).session(other)).andExpect(status().isNotFound());
		mvc.perform(get("/my/assignments").session(other)).andExpect(content().string(
				Matchers.not(containsString("/my/assignments/" + c.id() + "\""))));
		plan(other, "/my/assignments/" + c.id() + "/sessions", base(), "15:00", 60, null).andExpect(status().isNotFound());
		mvc.perform(post("/my/assignments/" + c.id() + "/complete").session(other).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/my/assignments/" + c.id() + "/decline").session(other).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(sessions(c.id())).isZero();
		assertThat(stateOf(c.id())).isEqualTo("IN_PROGRESS");
		// the client is not an expert of their own case either
		mvc.perform(get("/my/assignments/" + c.id()).session(c.clientSession())).andExpect(status().isNotFound());
	}

	@Test
	void aClientNeverReadsAnotherClientsRequestOrFile() throws Exception {
		String a = account("cons-file-a");
		String b = account("cons-file-b");
		MockHttpSession sessionA = login(a);
		MockHttpSession sessionB = login(b);
		long id = submit(sessionA, "gimhae", unique("파일 사례"), "DESIGN",
				new MockMultipartFile("files", "사업계획서.pdf", "application/pdf", pdf()));
		long fileId = jdbc.queryForObject("select id from consulting_attachment where request_id = ?", Long.class, id);

		mvc.perform(get("/consulting/files/" + fileId).session(sessionA)).andExpect(status().isOk())
			.andExpect(content().bytes(pdf()));
		mvc.perform(get("/my/consulting/" + id).session(sessionB)).andExpect(status().isNotFound());
		mvc.perform(get("/consulting/files/" + fileId).session(sessionB)).andExpect(status().isNotFound());
		mvc.perform(post("/my/consulting/" + id + "/withdraw").session(sessionB).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/consulting/files/" + fileId)).andExpect(status().is3xxRedirection());
		assertThat(stateOf(id)).isEqualTo("SUBMITTED");
		// staff of the center may read it, and that is written to the access log
		int logged = jdbc.queryForObject("select count(*) from identity_personal_data_access where detail like ?",
				Integer.class, "컨설팅 첨부파일 열람 (신청 " + id + ",%");
		mvc.perform(get("/consulting/files/" + fileId).session(login(GIMHAE_STAFF))).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select count(*) from identity_personal_data_access where detail like ?",
				Integer.class, "컨설팅 첨부파일 열람 (신청 " + id + ",%")).isEqualTo(logged + 1);
	}

	@Test
	void staffOfAnUnrelatedCenterSeeAndChangeNothing() throws Exception {
		String client = account("cons-unrelated");
		long id = submit(login(client), "gimhae", unique("다른 센터 사례"), "LEGAL",
				new MockMultipartFile("files", "a.pdf", "application/pdf", pdf()));
		long fileId = jdbc.queryForObject("select id from consulting_attachment where request_id = ?", Long.class, id);
		MockHttpSession busan = login(BUSAN_STAFF);
		long busanExpert = expert(busan, "busan", null, "LEGAL");
		mvc.perform(get("/admin/consulting/requests/" + id).session(busan)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/consulting/requests/" + id + "/assign").session(busan).with(csrf())
			.param("expertId", String.valueOf(busanExpert))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/consulting/requests/" + id + "/resolve").session(busan).with(csrf())
			.param("resolution", "끝")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/consulting?center=" + centerId("gimhae")).session(busan)).andExpect(status().isForbidden());
		mvc.perform(get("/consulting/files/" + fileId).session(busan)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/consulting").session(busan))
			.andExpect(content().string(Matchers.not(containsString("/admin/consulting/requests/" + id + "\""))));
		assertThat(stateOf(id)).isEqualTo("SUBMITTED");
		// Gimhae staff cannot assign Busan's expert either: no agreement shares that pool
		mvc.perform(post("/admin/consulting/requests/" + id + "/assign").session(login(GIMHAE_STAFF)).with(csrf())
			.param("expertId", String.valueOf(busanExpert)))
			.andExpect(Flashes.error(containsString("이 센터가 배정할 수 없는 전문가입니다")));
		assertThat(stateOf(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void aPoolIsUsableByAPartnerOnlyWhileTheAgreementIsInForce() throws Exception {
		MockHttpSession gimhae = login(GIMHAE_STAFF);
		MockHttpSession busan = login(BUSAN_STAFF);
		long gimhaeExpert = expert(gimhae, "gimhae", null, "FINANCE");
		String client = account("cons-shared");
		long id = submit(login(client), "busan", unique("공유 풀 사례"), "FINANCE");
		mvc.perform(post("/admin/consulting/requests/" + id + "/assign").session(busan).with(csrf())
			.param("expertId", String.valueOf(gimhaeExpert)))
			.andExpect(Flashes.error(containsString("배정할 수 없는 전문가")));

		LocalDate today = Seoul.today(clock);
		mvc.perform(post("/admin/consulting/agreements").session(gimhae).with(csrf())
			.param("center", String.valueOf(centerId("gimhae"))).param("partnerId", String.valueOf(centerId("busan")))
			.param("validFrom", today.toString()).param("note", "시험 협약"))
			.andExpect(flash().attribute("notice", "consulting.notice.agreementSaved"));
		long agreement = jdbc.queryForObject("select max(id) from consulting_pool_agreement where note = '시험 협약'", Long.class);
		mvc.perform(get("/admin/consulting/requests/" + id).session(busan))
			.andExpect(content().string(containsString("공유 협약으로 함께 쓰는 다른 센터의 전문가")));
		mvc.perform(post("/admin/consulting/requests/" + id + "/assign").session(busan).with(csrf())
			.param("expertId", String.valueOf(gimhaeExpert))).andExpect(flash().attribute("notice", "consulting.notice.assigned"));
		// Gimhae staff now see Busan's case assigned to their expert, read-only
		mvc.perform(get("/admin/consulting").session(gimhae)).andExpect(content().string(containsString("공유 사례")));
		mvc.perform(get("/admin/consulting/requests/" + id).session(gimhae)).andExpect(status().isOk())
			.andExpect(content().string(containsString("읽기만 할 수 있습니다")));
		mvc.perform(post("/admin/consulting/requests/" + id + "/resolve").session(gimhae).with(csrf())
			.param("resolution", "x")).andExpect(status().isForbidden());

		// Busan cannot end Gimhae's agreement; Gimhae can, and then the pool is closed again
		mvc.perform(post("/admin/consulting/agreements/" + agreement + "/end").session(busan).with(csrf())
			.param("center", String.valueOf(centerId("busan")))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/consulting/agreements/" + agreement + "/end").session(gimhae).with(csrf())
			.param("center", String.valueOf(centerId("gimhae"))))
			.andExpect(flash().attribute("notice", "consulting.notice.agreementEnded"));
		String client2 = account("cons-shared2");
		long id2 = submit(login(client2), "busan", unique("협약 종료 사례"), "FINANCE");
		mvc.perform(post("/admin/consulting/requests/" + id2 + "/assign").session(busan).with(csrf())
			.param("expertId", String.valueOf(gimhaeExpert)))
			.andExpect(Flashes.error(containsString("배정할 수 없는 전문가")));
		assertThat(stateOf(id2)).isEqualTo("SUBMITTED");
		// an agreement with oneself or ending before it starts is refused
		mvc.perform(post("/admin/consulting/agreements").session(gimhae).with(csrf())
			.param("center", String.valueOf(centerId("gimhae"))).param("partnerId", String.valueOf(centerId("gimhae")))
			.param("validFrom", today.toString()))
			.andExpect(Flashes.error("같은 센터끼리는 협약을 맺을 수 없습니다."));
		mvc.perform(post("/admin/consulting/agreements").session(gimhae).with(csrf())
			.param("center", String.valueOf(centerId("gimhae"))).param("partnerId", String.valueOf(centerId("busan")))
			.param("validFrom", today.toString()).param("validUntil", today.minusDays(1).toString()))
			.andExpect(Flashes.error("종료일은 시작일보다 빠를 수 없습니다."));
	}

	@Test
	void theDemoDongguExpertIsSuggestedToGimhaeWithReasonsInWords() throws Exception {
		String client = account("cons-suggest");
		long id = submit(login(client), "gimhae", unique("인증 준비"), "CERTIFICATION");
		mvc.perform(get("/admin/consulting/requests/" + id).session(login(GIMHAE_STAFF)))
			.andExpect(content().string(containsString("김멘토")))
			.andExpect(content().string(containsString("분야 일치: 인증·지정")))
			.andExpect(content().string(containsString("희망 요일 중 화요일 상담 가능")))
			.andExpect(content().string(containsString("공유 협약으로 함께 쓰는 다른 센터의 전문가")));
	}

	@Test
	void badInputGetsAKoreanMessageAndChangesNothing() throws Exception {
		String client = account("cons-bad");
		MockHttpSession session = login(client);
		String title = unique("잘못된 입력");
		mvc.perform(multipart("/c/gimhae/consulting").session(session).with(csrf()).param("kind", "CONSULTING")
			.param("field", "LABOR").param("title", "").param("description", "내용").param("people", "1"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("제목을 200자 이내로 적어 주세요.")));
		// the form comes back with what was typed: its "title" field is not the page's title
		mvc.perform(get("/c/gimhae/consulting").session(session))
			.andExpect(content().string(containsString("id=\"title\" name=\"title\" maxlength=\"200\" required value=\"\"")));
		mvc.perform(multipart("/c/gimhae/consulting").session(session).with(csrf()).param("kind", "NOPE")
			.param("field", "LABOR").param("title", title).param("description", "내용").param("people", "1"))
			.andExpect(content().string(containsString("신청 종류를 목록에서 선택해 주세요.")))
			.andExpect(content().string(containsString("required value=\"" + title + "\"")));
		mvc.perform(multipart("/c/gimhae/consulting").session(session).with(csrf()).param("kind", "MENTORING")
			.param("field", "LABOR").param("title", title).param("description", "내용").param("people", "많이"))
			.andExpect(content().string(containsString("참여 인원은 1명에서 500명 사이의 숫자로 적어 주세요.")));
		mvc.perform(multipart("/c/gimhae/consulting").file(new MockMultipartFile("files", "run.pdf", "application/pdf",
				"#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8))).session(session).with(csrf()).param("kind", "CONSULTING")
			.param("field", "LABOR").param("title", title).param("description", "내용").param("people", "1"))
			.andExpect(content().string(containsString("올릴 수 없는 파일 형식입니다.")));
		mvc.perform(multipart("/c/gimhae/consulting").file(new MockMultipartFile("files", "견적서.exe", "application/pdf",
				pdf())).session(session).with(csrf()).param("kind", "CONSULTING")
			.param("field", "LABOR").param("title", title).param("description", "내용").param("people", "1"))
			.andExpect(content().string(containsString("파일 이름의 형식(.exe)과 실제 내용이 다릅니다.")));
		mvc.perform(multipart("/c/gimhae/consulting").session(session).with(csrf()).param("kind", "CONSULTING")
			.param("field", "LABOR").param("title", title).param("description", "내용").param("people", "1")
			.param("organizationId", "1"))
			.andExpect(content().string(containsString("내가 관리하는 조직만 선택할 수 있습니다.")));
		assertThat(jdbc.queryForObject("select count(*) from consulting_request where title = ?", Integer.class, title)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from consulting_request where client_account_id = ?", Integer.class,
				accountId(client))).isZero();

		Case c = caseInProgress("STRATEGY");
		plan(c.expertSession(), "/my/assignments/" + c.id() + "/sessions", base(), "25:00", 60, null)
			.andExpect(Flashes.error("시작 시각을 14:00 형식으로 적어 주세요."));
		plan(c.expertSession(), "/my/assignments/" + c.id() + "/sessions", base(), "10:00", 5, null)
			.andExpect(Flashes.error("상담 길이는 10분에서 720분 사이로 적어 주세요."));
		mvc.perform(post("/my/assignments/" + c.id() + "/complete").session(c.expertSession()).with(csrf()))
			.andExpect(Flashes.error("진행한 상담 기록이 하나 이상 있어야 종료할 수 있습니다."));
		mvc.perform(post("/my/consulting/" + c.id() + "/rating").session(c.clientSession()).with(csrf()).param("rating", "4"))
			.andExpect(Flashes.error("완료된 신청만 평가할 수 있습니다."));
		plan(c.expertSession(), "/my/assignments/" + c.id() + "/sessions", base(), "10:00", 60, null);
		long future = jdbc.queryForObject("select id from consulting_session where request_id = ?", Long.class, c.id());
		mvc.perform(post("/my/assignments/" + c.id() + "/sessions/" + future + "/record").session(c.expertSession())
			.with(csrf()).param("content", "미리 적기")).andExpect(Flashes.error("아직 시작하지 않은 상담은 기록할 수 없습니다."));
		assertThat(stateOf(c.id())).isEqualTo("IN_PROGRESS");
		assertThat(jdbc.queryForObject("select status from consulting_session where id = ?", String.class, future))
			.isEqualTo("PLANNED");
		mvc.perform(post("/admin/consulting/experts/new").session(c.staff()).with(csrf())
			.param("center", String.valueOf(centerId("gimhae"))).param("name", "분야 없는 전문가").param("hourlyFeeWon", "0"))
			.andExpect(content().string(containsString("전문 분야를 하나 이상 골라 주세요.")));
		assertThat(jdbc.queryForObject("select count(*) from consulting_expert where name = '분야 없는 전문가'", Integer.class))
			.isZero();
	}

	@Test
	void anExpertWhoDeclinesSendsTheRequestBackAndStaffResolveADifficulty() throws Exception {
		String client = account("cons-decline");
		String expertEmail = account("cons-decline-expert");
		MockHttpSession staff = login(GIMHAE_STAFF);
		long expertId = expert(staff, "gimhae", expertEmail, "DESIGN");
		MockHttpSession clientSession = login(client);
		long id = submit(clientSession, "gimhae", unique("사양 사례"), "DESIGN");
		mvc.perform(post("/admin/consulting/requests/" + id + "/assign").session(staff).with(csrf())
			.param("expertId", String.valueOf(expertId)));
		mvc.perform(post("/my/assignments/" + id + "/decline").session(login(expertEmail)).with(csrf())
			.param("note", "일정이 맞지 않음")).andExpect(flash().attribute("notice", "consulting.notice.declined"));
		assertThat(stateOf(id)).isEqualTo("SUBMITTED");
		mvc.perform(get("/admin/consulting/requests/" + id).session(staff))
			.andExpect(content().string(containsString("일정이 맞지 않음")));
		mvc.perform(post("/admin/consulting/requests/" + id + "/resolve").session(staff).with(csrf()).param("resolution", ""))
			.andExpect(Flashes.error("처리 결과를 2,000자 이내로 적어 주세요."));
		mvc.perform(post("/admin/consulting/requests/" + id + "/resolve").session(staff).with(csrf())
			.param("resolution", "디자인 지원 사업으로 연결")).andExpect(flash().attribute("notice", "consulting.notice.resolved"));
		assertThat(stateOf(id)).isEqualTo("RESOLVED");
		assertThat(mails(client, "처리했습니다")).isEqualTo(1);
		mvc.perform(post("/my/consulting/" + id + "/rating").session(clientSession).with(csrf()).param("rating", "9"))
			.andExpect(Flashes.error("만족도를 1점에서 5점 중에 골라 주세요."));
		mvc.perform(post("/my/consulting/" + id + "/rating").session(clientSession).with(csrf()).param("rating", "4"))
			.andExpect(flash().attribute("notice", "consulting.notice.rated"));
	}

	@Test
	void theReminderTheDayBeforeGoesOutOnceHoweverOftenTheJobRuns() throws Exception {
		Case c = caseInProgress("PUBLIC_PROCUREMENT");
		LocalDate tomorrow = Seoul.today(clock).plusDays(1);
		plan(c.expertSession(), "/my/assignments/" + c.id() + "/sessions", tomorrow, "23:30", 20, null)
			.andExpect(flash().attribute("notice", "consulting.notice.scheduled"));
		plan(c.expertSession(), "/my/assignments/" + c.id() + "/sessions", tomorrow.plusDays(1), "00:00", 30, null)
			.andExpect(flash().attribute("notice", "consulting.notice.scheduled"));
		reminders.sendDue();
		reminders.sendDue();
		assertThat(mails(c.client(), "내일 상담이 있습니다")).isEqualTo(1);
		assertThat(mails(c.expert(), "내일 상담이 있습니다")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from consulting_session where request_id = ? and reminder_sent_at is not null",
				Integer.class, c.id())).isEqualTo(1);
	}

	@Test
	void staffViewsAreLoggedAndFiguresCountHeldSessionsPeopleHoursAndRatings() throws Exception {
		MockHttpSession staff = login(GIMHAE_STAFF);
		int before = jdbc.queryForObject("select count(*) from identity_personal_data_access where detail like '컨설팅 신청 목록 조회%'",
				Integer.class);
		mvc.perform(get("/admin/consulting").session(staff)).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select count(*) from identity_personal_data_access where detail like '컨설팅 신청 목록 조회%'",
				Integer.class)).isEqualTo(before + 1);
		// a held and rated session of this test's own, half an hour ago
		Case c = caseInProgress("DESIGN");
		LocalDateTime start = LocalDateTime.now(clock.withZone(Seoul.ZONE)).minusMinutes(30)
			.withSecond(0).withNano(0);
		plan(c.staff(), "/admin/consulting/requests/" + c.id() + "/sessions", start.toLocalDate(),
				start.toLocalTime().toString(), 20, null).andExpect(flash().attribute("notice", "consulting.notice.scheduled"));
		long sessionId = jdbc.queryForObject("select id from consulting_session where request_id = ?", Long.class, c.id());
		mvc.perform(post("/my/assignments/" + c.id() + "/sessions/" + sessionId + "/record").session(c.expertSession())
			.with(csrf()).param("content", "로고 시안 검토")).andExpect(flash().attribute("notice", "consulting.notice.recorded"));
		mvc.perform(post("/my/assignments/" + c.id() + "/complete").session(c.expertSession()).with(csrf()));
		mvc.perform(post("/my/consulting/" + c.id() + "/rating").session(c.clientSession()).with(csrf()).param("rating", "4"))
			.andExpect(flash().attribute("notice", "consulting.notice.rated"));

		long gimhae = centerId("gimhae");
		LocalDate today = start.toLocalDate();
		List<FigureTable> tables = providers.stream()
			.flatMap(p -> p.figures(new FigureScope(Set.of(gimhae), today)).stream())
			.filter(t -> t.id().startsWith("consulting-")).toList();
		assertThat(tables).extracting(FigureTable::id)
			.containsExactly("consulting-sessions", "consulting-hours", "consulting-satisfaction");
		Timestamp yearStart = Timestamp.from(today.withDayOfYear(1).atStartOfDay(Seoul.ZONE).toInstant());
		Timestamp dayEnd = Timestamp.from(today.plusDays(1).atStartOfDay(Seoul.ZONE).toInstant());
		long held = jdbc.queryForObject("select count(*) from consulting_session s join consulting_request r "
				+ "on r.id = s.request_id where r.center_id = ? and s.status = 'DONE' and s.starts_at >= ? and s.starts_at <= ?",
				Long.class, gimhae, yearStart, dayEnd);
		assertThat(tables.get(0).rows().get(0).value()).isEqualTo(held).isPositive();
		assertThat(tables.get(0).rows().get(1).value()).isGreaterThanOrEqualTo(2);
		long rated = jdbc.queryForObject("select count(*) from consulting_request where center_id = ? and rating is not null "
				+ "and completed_at >= ?", Long.class, gimhae, yearStart);
		assertThat(tables.get(2).rows().get(0).value()).isEqualTo(rated).isPositive();
		assertThat(tables.get(2).rows().get(1).value()).isBetween(10L, 50L);
		assertThat(tables.get(1).rows()).anySatisfy(row -> assertThat(row.labelKey()).isEqualTo("consulting.area.DESIGN"));
		assertThat(providers.stream().flatMap(p -> p.figures(new FigureScope(Set.of(9_999_999L), today)).stream())
			.filter(t -> t.id().startsWith("consulting-")).toList()).isEmpty();
	}

	@Test
	void staffActForAnExpertWithoutAnAccount() throws Exception {
		MockHttpSession staff = login(GIMHAE_STAFF);
		long expertId = expert(staff, "gimhae", null, "OTHER");
		String client = account("cons-record-only");
		MockHttpSession clientSession = login(client);
		long id = submit(clientSession, "gimhae", unique("계정 없는 전문가 사례"), "OTHER");
		mvc.perform(post("/admin/consulting/requests/" + id + "/assign").session(staff).with(csrf())
			.param("expertId", String.valueOf(expertId)));
		mvc.perform(post("/admin/consulting/requests/" + id + "/answer").session(staff).with(csrf()).param("accepted", "true"))
			.andExpect(flash().attribute("notice", "consulting.notice.answerAccepted"));
		assertThat(stateOf(id)).isEqualTo("IN_PROGRESS");
		plan(staff, "/admin/consulting/requests/" + id + "/sessions", Seoul.today(clock).minusDays(1), "16:00", 60, null)
			.andExpect(flash().attribute("notice", "consulting.notice.scheduled"));
		long sessionId = jdbc.queryForObject("select id from consulting_session where request_id = ?", Long.class, id);
		mvc.perform(get("/admin/consulting/requests/" + id).session(staff)).andExpect(content().string(
				containsString("/admin/consulting/requests/" + id + "/sessions/" + sessionId + "/record")));
		mvc.perform(post("/admin/consulting/requests/" + id + "/sessions/" + sessionId + "/record").session(staff)
			.with(csrf()).param("content", "전화 상담 대신 기록")).andExpect(flash().attribute("notice", "consulting.notice.recorded"));
		mvc.perform(post("/admin/consulting/requests/" + id + "/complete").session(staff).with(csrf()))
			.andExpect(flash().attribute("notice", "consulting.notice.completed"));
		assertThat(stateOf(id)).isEqualTo("COMPLETED");
		// the client cannot record sessions of their own case
		mvc.perform(post("/my/assignments/" + id + "/sessions/" + sessionId + "/record").session(clientSession).with(csrf())
			.param("content", "x")).andExpect(status().isNotFound());
	}

	@Test
	void closingACaseNeedsEveryPastSessionRecordedAndCancelsTheOnesStillAhead() throws Exception {
		Case c = caseInProgress("MARKETING");
		String path = "/my/assignments/" + c.id() + "/sessions";
		LocalDate yesterday = Seoul.today(clock).minusDays(1);
		plan(c.expertSession(), path, yesterday, "10:00", 30, null).andExpect(flash().attribute("notice", "consulting.notice.scheduled"));
		plan(c.expertSession(), path, yesterday, "14:00", 30, null).andExpect(flash().attribute("notice", "consulting.notice.scheduled"));
		plan(c.expertSession(), path, Seoul.today(clock).plusDays(3), "10:00", 30, null)
			.andExpect(flash().attribute("notice", "consulting.notice.scheduled"));
		List<Long> ids = jdbc.queryForList("select id from consulting_session where request_id = ? order by starts_at",
				Long.class, c.id());
		mvc.perform(post(path + "/" + ids.get(0) + "/record").session(c.expertSession()).with(csrf())
			.param("content", "판로 점검")).andExpect(flash().attribute("notice", "consulting.notice.recorded"));

		mvc.perform(post("/my/assignments/" + c.id() + "/complete").session(c.expertSession()).with(csrf()))
			.andExpect(Flashes.error("지난 상담 일정 중 기록하지 않은 회차가 있습니다. 기록하거나 취소한 뒤 종료해 주세요."));
		assertThat(stateOf(c.id())).isEqualTo("IN_PROGRESS");
		assertThat(sessionStates(c.id())).containsExactly("DONE", "PLANNED", "PLANNED");

		mvc.perform(post(path + "/" + ids.get(1) + "/cancel").session(c.expertSession()).with(csrf()))
			.andExpect(flash().attribute("notice", "consulting.notice.sessionCancelled"));
		int cancelMails = mails(c.client(), "상담 일정이 취소");
		int expertCancelMails = mails(c.expert(), "상담 일정이 취소");
		assertThat(expertCancelMails).as("the expert hears of the cancelled session too").isEqualTo(1);
		mvc.perform(post("/my/assignments/" + c.id() + "/complete").session(c.expertSession()).with(csrf()))
			.andExpect(flash().attribute("notice", "consulting.notice.completed"));

		assertThat(stateOf(c.id())).isEqualTo("COMPLETED");
		assertThat(sessionStates(c.id())).as("the session still ahead goes with the case").containsExactly("DONE", "CANCELLED",
				"CANCELLED");
		assertThat(mails(c.client(), "상담 일정이 취소")).isEqualTo(cancelMails + 1);
		assertThat(mails(c.expert(), "상담 일정이 취소")).isEqualTo(expertCancelMails + 1);
		assertThat(mails(c.client(), "만족도")).isEqualTo(1);
	}

	private List<String> sessionStates(long requestId) {
		return jdbc.queryForList("select status from consulting_session where request_id = ? order by starts_at", String.class,
				requestId);
	}

	@Test
	void theJsonApiShowsOnlyTheTokenOwnersRequests() throws Exception {
		String a = account("cons-api-a");
		String b = account("cons-api-b");
		String title = unique("API 사례");
		long id = submit(login(a), "gimhae", title, "IT");
		String tokenA = token(a);
		String tokenB = token(b);
		mvc.perform(get("/api/v1/consulting/requests").header("Authorization", "Bearer " + tokenA))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].title").value(title))
			.andExpect(jsonPath("$[0].status").value("SUBMITTED"));
		mvc.perform(get("/api/v1/consulting/requests/" + id).header("Authorization", "Bearer " + tokenA))
			.andExpect(status().isOk()).andExpect(jsonPath("$.field").value("IT"));
		mvc.perform(get("/api/v1/consulting/requests/" + id).header("Authorization", "Bearer " + tokenB))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/consulting/requests").header("Authorization", "Bearer " + tokenB))
			.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/v1/consulting/requests")).andExpect(status().isUnauthorized());
	}

	private String token(String email) throws Exception {
		var created = mvc.perform(post("/my/tokens").with(csrf()).session(login(email)).param("name", "컨설팅 시험")
			.param("days", "30")).andReturn();
		return (String) created.getFlashMap().get("newToken");
	}

	private static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	}
}
