package org.ieum.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;

import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.ieum.identity.demo.IdentityDemoData;
import org.ieum.shared.mail.OutboxMessages;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IeumSpringTest
class IdentityFlowTests {

	private static final String PASSWORD = "Sample-pass1";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OutboxMessages outbox;

	@Autowired
	GreenMail greenMail;

	@Autowired
	ApplicationContext context;

	private void signUp(String email, String birthDate, String guardianName, String guardianContact) throws Exception {
		mvc.perform(post("/signup").with(csrf())
				.param("email", email).param("password", PASSWORD).param("passwordConfirm", PASSWORD)
				.param("displayName", "테스트 회원").param("birthDate", birthDate)
				.param("guardianName", guardianName).param("guardianContact", guardianContact)
				.param("agreeTerms", "true").param("agreePrivacy", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	private MockHttpSession login(String email, String password) throws Exception {
		// staff land on their admin home, everyone else on My page
		MvcResult result = mvc.perform(formLogin("/login").userParameter("email").user(email).password(password))
			.andExpect(result2 -> Assertions.assertThat(result2.getResponse().getRedirectedUrl()).isIn("/my", "/admin"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession();
	}

	private String loginErrorText(String email, String password) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").userParameter("email").user(email).password(password))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
		String html = mvc.perform(get("/login").param("error", "").session(session))
			.andReturn().getResponse().getContentAsString();
		Matcher m = Pattern.compile("<div class=\"form-errors\" role=\"alert\">([^<]*)</div>").matcher(html);
		return m.find() ? m.group(1) : "";
	}

	private static String text(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipients(MimeMessage message) {
		try {
			return GreenMailUtil.getAddressList(message.getAllRecipients());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Long accountId(String email) {
		return jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
	}

	@Test
	void signUpStoresEachConsentWithItsVersionAndTime() throws Exception {
		signUp("consent-check@example.kr", "1990-01-01", "", "");
		Long id = accountId("consent-check@example.kr");
		assertThat(jdbc.queryForList("select purpose || ' ' || text_version from identity_consent where account_id = ? and agreed_at is not null", String.class, id))
			.containsExactlyInAnyOrder("TERMS 2026-11", "PRIVACY 2026-12");
		assertThat(jdbc.queryForObject("select status from identity_account where id = ?", String.class, id)).isEqualTo("ACTIVE");
		assertThat(jdbc.queryForObject("select password_hash from identity_account where id = ?", String.class, id))
			.startsWith("{bcrypt}").doesNotContain(PASSWORD);
	}

	@Test
	void badSignUpsExplainInKoreanAndCreateNothing() throws Exception {
		signUp("taken@example.kr", "1990-01-01", "", "");
		int before = jdbc.queryForObject("select count(*) from identity_account", Integer.class);

		mvc.perform(post("/signup").with(csrf()).param("email", "weak@example.kr").param("password", "abcd1234")
				.param("passwordConfirm", "abcd1234").param("displayName", "약함").param("birthDate", "1990-01-01").param("agreeTerms", "true")
				.param("agreePrivacy", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("비밀번호가 너무 쉽습니다")));
		mvc.perform(post("/signup").with(csrf()).param("email", "noconsent@example.kr").param("password", PASSWORD)
				.param("passwordConfirm", PASSWORD).param("displayName", "미동의").param("birthDate", "1990-01-01").param("agreeTerms", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("필수 항목(이용약관, 개인정보 수집·이용)에 모두 동의해야")));
		mvc.perform(post("/signup").with(csrf()).param("email", "child@example.kr").param("password", PASSWORD)
				.param("passwordConfirm", PASSWORD).param("displayName", "어린이").param("birthDate", "2018-05-05")
				.param("agreeTerms", "true").param("agreePrivacy", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("보호자 이름과 연락처를 모두 입력해야")));

		assertThat(jdbc.queryForObject("select count(*) from identity_account", Integer.class)).isEqualTo(before);
	}

	@Test
	void aChildWaitsForStaffToConfirmTheGuardian() throws Exception {
		signUp("child-ok@example.kr", "2016-03-01", "보호자", "010-1234-5678");
		assertThat(loginErrorText("child-ok@example.kr", PASSWORD)).contains("보호자 동의를 확인한 뒤");

		long id = accountId("child-ok@example.kr");
		jdbc.update("update identity_account set home_center_id = (select id from centers_center where slug = 'gimhae') where id = ?", id);
		MockHttpSession busanStaff = login("staff.busan@ieum.example", IdentityDemoData.PASSWORD);
		mvc.perform(post("/admin/members/{id}/guardian", id).with(csrf()).session(busanStaff))
			.andExpect(status().isForbidden());

		MockHttpSession gimhaeStaff = login("staff.gimhae@ieum.example", IdentityDemoData.PASSWORD);
		mvc.perform(post("/admin/members/{id}/guardian", id).with(csrf()).session(gimhaeStaff))
			.andExpect(redirectedUrl("/admin/members/" + id));
		login("child-ok@example.kr", PASSWORD);
	}

	@Test
	void unknownEmailAndWrongPasswordLookTheSame() throws Exception {
		signUp("same-message@example.kr", "1990-01-01", "", "");
		String unknown = loginErrorText("nobody-here@example.kr", PASSWORD);
		String wrong = loginErrorText("same-message@example.kr", "Wrong-pass1");
		assertThat(unknown).isEqualTo(wrong).contains("이메일 또는 비밀번호가 올바르지 않습니다");
	}

	@Test
	void fiveFailuresLockTheAddressForTenMinutes() throws Exception {
		signUp("lockout@example.kr", "1990-01-01", "", "");
		for (int i = 0; i < 5; i++) {
			loginErrorText("lockout@example.kr", "Wrong-pass" + i);
		}
		assertThat(loginErrorText("lockout@example.kr", PASSWORD)).contains("10분 동안 로그인할 수 없습니다");

		// an unknown address locks the same way, so the lock tells nothing about who has an account
		for (int i = 0; i < 5; i++) {
			loginErrorText("ghost-lock@example.kr", "Wrong-pass" + i);
		}
		assertThat(loginErrorText("ghost-lock@example.kr", PASSWORD)).contains("10분 동안 로그인할 수 없습니다");

		jdbc.update("update identity_login_throttle set locked_until = ? where email_key = ?",
				Timestamp.from(Instant.now().minusSeconds(1)), "lockout@example.kr");
		login("lockout@example.kr", PASSWORD);
	}

	@Test
	void openingAMemberProfileIsLoggedAndOtherCentersGet403() throws Exception {
		long citizen = accountId("citizen@ieum.example");
		int before = jdbc.queryForObject(
				"select count(*) from identity_personal_data_access where subject_account_id = ? and action = 'VIEW'",
				Integer.class, citizen);

		MockHttpSession gimhaeStaff = login("staff.gimhae@ieum.example", IdentityDemoData.PASSWORD);
		mvc.perform(get("/admin/members/{id}", citizen).session(gimhaeStaff))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("citizen@ieum.example")));
		assertThat(jdbc.queryForObject(
				"select count(*) from identity_personal_data_access where subject_account_id = ? and action = 'VIEW' and actor_email = 'staff.gimhae@ieum.example' and ip_address is not null",
				Integer.class, citizen)).isEqualTo(before + 1);

		MockHttpSession busanStaff = login("staff.busan@ieum.example", IdentityDemoData.PASSWORD);
		mvc.perform(get("/admin/members/{id}", citizen).session(busanStaff)).andExpect(status().isForbidden());
		String list = mvc.perform(get("/admin/members").session(busanStaff)).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("member@ieum.example").doesNotContain("citizen@ieum.example");

		MockHttpSession citizenSession = login("citizen@ieum.example", IdentityDemoData.PASSWORD);
		mvc.perform(get("/admin/members/{id}", citizen).session(citizenSession)).andExpect(status().isForbidden());
	}

	@Test
	void exportNeedsAReasonAndLogsIt() throws Exception {
		MockHttpSession staff = login("staff.gimhae@ieum.example", IdentityDemoData.PASSWORD);
		mvc.perform(post("/admin/members/export").with(csrf()).session(staff).param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("사유를 5자 이상")));
		byte[] csv = mvc.perform(post("/admin/members/export").with(csrf()).session(staff).param("reason", "청소년 교육 참가자 연락"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF번호,이메일").contains("citizen@ieum.example").doesNotContain("member@ieum.example");
		assertThat(jdbc.queryForObject(
				"select count(*) from identity_personal_data_access where action = 'EXPORT' and reason = '청소년 교육 참가자 연락'",
				Integer.class)).isEqualTo(1);
	}

	@Test
	void passwordResetLinkWorksOnceAndExpires() throws Exception {
		signUp("reset-me@example.kr", "1990-01-01", "", "");
		mvc.perform(post("/password-reset").with(csrf()).param("email", "reset-me@example.kr"))
			.andExpect(redirectedUrl("/password-reset"));
		mvc.perform(post("/password-reset").with(csrf()).param("email", "nobody-reset@example.kr"))
			.andExpect(redirectedUrl("/password-reset"));
		outbox.sendAllDue();

		MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> recipients(m).contains("reset-me@example.kr"))
			.filter(m -> text(m).contains("/password-reset/"))
			.findFirst().orElseThrow();
		assertThat(Arrays.stream(greenMail.getReceivedMessages())
			.noneMatch(m -> recipients(m).contains("nobody-reset"))).isTrue();
		Matcher link = Pattern.compile("/password-reset/([A-Za-z0-9_\\-]+)").matcher(text(mail));
		assertThat(link.find()).isTrue();
		String token = link.group(1);

		mvc.perform(post("/password-reset/{t}", token).with(csrf()).param("password", "abc").param("passwordConfirm", "abc"))
			.andExpect(content().string(Matchers.containsString("비밀번호가 너무 쉽습니다")));
		mvc.perform(post("/password-reset/{t}", token).with(csrf()).param("password", "New-pass-2026").param("passwordConfirm", "New-pass-2026"))
			.andExpect(redirectedUrl("/login"));
		login("reset-me@example.kr", "New-pass-2026");
		mvc.perform(post("/password-reset/{t}", token).with(csrf()).param("password", "Other-pass-2026").param("passwordConfirm", "Other-pass-2026"))
			.andExpect(content().string(Matchers.containsString("만료되었거나 이미 사용되었습니다")));

		// a new link that runs out before it is used is refused, and the password stays as it was
		mvc.perform(post("/password-reset").with(csrf()).param("email", "reset-me@example.kr"));
		String late = linkIn("reset-me@example.kr", "/password-reset/");
		assertThat(late).isNotEqualTo(token);
		jdbc.update("update identity_single_use_link set expires_at = ? where used_at is null and purpose = 'PASSWORD_RESET' and account_id = ?",
				Timestamp.from(Instant.now().minusSeconds(1)), accountId("reset-me@example.kr"));
		mvc.perform(get("/password-reset/{t}", late)).andExpect(content().string(Matchers.containsString("만료되었거나 이미 사용되었습니다")));
		mvc.perform(post("/password-reset/{t}", late).with(csrf()).param("password", "Expired-pass-1").param("passwordConfirm", "Expired-pass-1"))
			.andExpect(content().string(Matchers.containsString("만료되었거나 이미 사용되었습니다")));
		login("reset-me@example.kr", "New-pass-2026");
	}

	@Test
	void apiTokenActsAsItsOwnerUntilRevoked() throws Exception {
		signUp("api-user@example.kr", "1990-01-01", "", "");
		MockHttpSession session = login("api-user@example.kr", PASSWORD);
		MvcResult created = mvc.perform(post("/my/tokens").with(csrf()).session(session).param("name", "키오스크").param("days", "30"))
			.andExpect(redirectedUrl("/my/developer#tokens")).andReturn();
		String token = (String) created.getFlashMap().get("newToken");
		assertThat(token).startsWith("ieum_");
		assertThat(jdbc.queryForObject("select count(*) from identity_api_token where token_hash = ?", Integer.class, token)).isZero();

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value("api-user@example.kr"))
			.andExpect(jsonPath("$.roles[0]").value("CITIZEN"));
		mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer ieum_not-a-real-token")).andExpect(status().isUnauthorized());

		long tokenId = jdbc.queryForObject("select id from identity_api_token where account_id = ?", Long.class, accountId("api-user@example.kr"));
		MockHttpSession other = login("citizen@ieum.example", IdentityDemoData.PASSWORD);
		mvc.perform(post("/my/tokens/{id}/revoke", tokenId).with(csrf()).session(other));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

		mvc.perform(post("/my/tokens/{id}/revoke", tokenId).with(csrf()).session(session)).andExpect(redirectedUrl("/my/developer#tokens"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void formsWithoutCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/signup").param("email", "csrf@example.kr")).andExpect(status().isForbidden());
	}

	@Test
	void roleChangesAreAuditedAndEndSessions() throws Exception {
		signUp("promote@example.kr", "1990-01-01", "", "");
		long id = accountId("promote@example.kr");
		MockHttpSession userSession = login("promote@example.kr", PASSWORD);
		MockHttpSession admin = login("admin@ieum.example", IdentityDemoData.PASSWORD);
		long gimhae = jdbc.queryForObject("select id from centers_center where slug = 'gimhae'", Long.class);

		mvc.perform(post("/admin/members/{id}/roles", id).with(csrf()).session(admin).param("role", "CENTER_STAFF"))
			.andExpect(redirectedUrl("/admin/members/" + id));
		assertThat(jdbc.queryForObject("select count(*) from identity_role_grant where account_id = ? and role = 'CENTER_STAFF'", Integer.class, id)).isZero();

		mvc.perform(post("/admin/members/{id}/roles", id).with(csrf()).session(admin).param("role", "CENTER_STAFF").param("centerId", String.valueOf(gimhae)))
			.andExpect(redirectedUrl("/admin/members/" + id));
		assertThat(jdbc.queryForObject(
				"select count(*) from identity_role_audit where subject_account_id = ? and action = 'GRANT' and role = 'CENTER_STAFF' and center_id = ? and actor_email = 'admin@ieum.example'",
				Integer.class, id, gimhae)).isEqualTo(1);
		mvc.perform(get("/my").session(userSession)).andExpect(redirectedUrl("/login?expired"));

		MockHttpSession staffSession = login("promote@example.kr", PASSWORD);
		mvc.perform(get("/admin/members").session(staffSession)).andExpect(status().isOk());

		MockHttpSession gimhaeStaff = login("staff.gimhae@ieum.example", IdentityDemoData.PASSWORD);
		mvc.perform(post("/admin/members/{id}/roles/revoke", id).with(csrf()).session(gimhaeStaff).param("role", "CENTER_STAFF").param("centerId", String.valueOf(gimhae)))
			.andExpect(status().isForbidden());

		mvc.perform(post("/admin/members/{id}/roles/revoke", id).with(csrf()).session(admin).param("role", "CENTER_STAFF").param("centerId", String.valueOf(gimhae)))
			.andExpect(redirectedUrl("/admin/members/" + id));
		assertThat(jdbc.queryForObject("select count(*) from identity_role_audit where subject_account_id = ? and action = 'REVOKE'", Integer.class, id)).isEqualTo(1);
		mvc.perform(get("/admin/members").session(staffSession)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void deletingAnAccountAnonymizesItButKeepsTheRow() throws Exception {
		signUp("leave@example.kr", "1990-01-01", "", "");
		long id = accountId("leave@example.kr");
		MockHttpSession session = login("leave@example.kr", PASSWORD);
		mvc.perform(post("/my/delete").with(csrf()).session(session).param("password", "Wrong-pass1").param("confirm", "true"))
			.andExpect(redirectedUrl("/my/delete"));
		mvc.perform(post("/my/delete").with(csrf()).session(session).param("password", PASSWORD).param("confirm", "true"))
			.andExpect(redirectedUrl("/login"));
		var row = jdbc.queryForMap("select email, display_name, password_hash, status from identity_account where id = ?", id);
		assertThat(row.get("email")).isEqualTo("deleted-" + id + "@deleted.invalid");
		assertThat(row.get("display_name")).isEqualTo("탈퇴한 회원");
		assertThat(row.get("password_hash")).isNull();
		assertThat(jdbc.queryForObject("select count(*) from identity_consent where account_id = ? and withdrawn_at is null", Integer.class, id)).isZero();
		loginErrorText("leave@example.kr", PASSWORD);
	}

	@Test
	void optionalConsentCanBeWithdrawnButRequiredCannot() throws Exception {
		signUp("withdraw@example.kr", "1990-01-01", "", "");
		long id = accountId("withdraw@example.kr");
		MockHttpSession session = login("withdraw@example.kr", PASSWORD);
		mvc.perform(post("/my/consents/MARKETING/agree").with(csrf()).session(session));
		mvc.perform(post("/my/consents/MARKETING/withdraw").with(csrf()).session(session));
		mvc.perform(post("/my/consents/PRIVACY/withdraw").with(csrf()).session(session));
		assertThat(jdbc.queryForObject("select count(*) from identity_consent where account_id = ? and purpose = 'MARKETING' and withdrawn_at is not null", Integer.class, id)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from identity_consent where account_id = ? and purpose = 'PRIVACY' and withdrawn_at is null", Integer.class, id)).isEqualTo(1);
	}

	@Test
	void actuatorIsForSystemAdministratorsButHealthIsPublic() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/metrics")).andExpect(status().is4xxClientError());
		mvc.perform(get("/actuator/metrics").session(login("staff.busan@ieum.example", IdentityDemoData.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/metrics").session(login("admin@ieum.example", IdentityDemoData.PASSWORD)))
			.andExpect(status().isOk());
	}

	private String linkIn(String recipient, String path) {
		outbox.sendAllDue();
		MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> recipients(m).contains(recipient))
			.filter(m -> text(m).contains(path))
			.reduce((first, second) -> second).orElseThrow();
		Matcher link = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_\\-]+)").matcher(text(mail));
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	@Test
	void anAddressIsVerifiedByTheLinkMailedAtSignUpOnlyOnce() throws Exception {
		signUp("verify-me@example.kr", "1990-01-01", "", "");
		long id = accountId("verify-me@example.kr");
		assertThat(jdbc.queryForObject("select email_verified_at from identity_account where id = ?", Timestamp.class, id)).isNull();
		String token = linkIn("verify-me@example.kr", "/verify-email/");

		mvc.perform(get("/verify-email/{t}", token)).andExpect(content().string(Matchers.containsString("이메일 주소를 확인했습니다")));
		assertThat(jdbc.queryForObject("select email_verified_at from identity_account where id = ?", Timestamp.class, id)).isNotNull();
		mvc.perform(get("/verify-email/{t}", token)).andExpect(content().string(Matchers.containsString("만료되었거나 이미 사용되었습니다")));
		// the link is a secret: once delivered its body is erased from the outbox
		assertThat(jdbc.queryForList("select body from shared_mail_outbox where recipient = ? and sensitive = true", String.class,
				"verify-me@example.kr")).allSatisfy(body -> assertThat(body).doesNotContain(token));
	}

	@Test
	void theLastSystemAdministratorCannotDeleteTheirAccount() throws Exception {
		MockHttpSession admin = login("admin@ieum.example", IdentityDemoData.PASSWORD);
		MvcResult result = mvc.perform(post("/my/delete").with(csrf()).session(admin).param("password", IdentityDemoData.PASSWORD)
				.param("confirm", "true"))
			.andExpect(redirectedUrl("/my/delete")).andReturn();
		assertThat(result.getFlashMap().get("error")).isEqualTo("my.delete.lastAdmin");
		assertThat(jdbc.queryForObject("select status from identity_account where email = 'admin@ieum.example'", String.class)).isEqualTo("ACTIVE");
	}

	@Test
	void aDeletedDemoAccountDoesNotComeBackOnTheNextStart() throws Exception {
		MockHttpSession expert = login("expert@ieum.example", IdentityDemoData.PASSWORD);
		mvc.perform(post("/my/delete").with(csrf()).session(expert).param("password", IdentityDemoData.PASSWORD).param("confirm", "true"))
			.andExpect(redirectedUrl("/login"));
		context.getBean(IdentityDemoData.class).run(new DefaultApplicationArguments());
		assertThat(jdbc.queryForObject("select count(*) from identity_account where email = 'expert@ieum.example'", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = 'expert@ieum.example'", Integer.class)).isZero();
	}

	@Test
	void changingThePasswordSignsOutOtherSessionsButNotThisOne() throws Exception {
		signUp("two-devices@example.kr", "1990-01-01", "", "");
		MockHttpSession phone = login("two-devices@example.kr", PASSWORD);
		MockHttpSession laptop = login("two-devices@example.kr", PASSWORD);
		mvc.perform(post("/my/password").with(csrf()).session(laptop).param("currentPassword", PASSWORD)
				.param("newPassword", "Changed-pass1").param("newPasswordConfirm", "Changed-pass1"))
			.andExpect(redirectedUrl("/my/account#password"));
		mvc.perform(get("/my").session(laptop)).andExpect(status().isOk());
		mvc.perform(get("/my").session(phone)).andExpect(redirectedUrl("/login?expired"));
	}
}
