package org.ieum.identity.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ieum.identity.IdentityApi;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On My page a member has a code texted to their mobile number and types it: the number becomes
 * verified for SMS and 알림톡. The code goes to the number only (a queued text, not the member's mail or
 * in-app list); wrong, expired, used-up and reused codes are refused in Korean; a changed number is
 * unverified again.
 */
@IeumSpringTest
class PhoneVerificationFlowTests {

	private static final String PASSWORD = "Sample-pass1";

	private static final Pattern CODE = Pattern.compile("인증번호 ([0-9]{6})");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityApi identity;

	private long signUp(String email) throws Exception {
		mvc.perform(post("/signup").with(csrf()).param("email", email).param("password", PASSWORD)
			.param("passwordConfirm", PASSWORD).param("displayName", "휴대전화 회원").param("birthDate", "1990-01-01")
			.param("agreeTerms", "true").param("agreePrivacy", "true"));
		return jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
			.andReturn().getRequest().getSession();
	}

	private void askCode(MockHttpSession session, String phone) throws Exception {
		mvc.perform(post("/my/phone/code").with(csrf()).session(session).param("phone", phone))
			.andExpect(flash().attribute("notice", "phone.code.sent"));
	}

	private String confirm(MockHttpSession session, String code) throws Exception {
		var flash = mvc.perform(post("/my/phone/confirm").with(csrf()).session(session).param("code", code))
			.andReturn().getFlashMap();
		return flash.get("notice") != null ? "OK" : Flashes.errorText(flash);
	}

	/** The code as the text message says it (what the member reads on their phone). */
	private String textedCode(long account) {
		String body = jdbc.queryForObject("""
				select body from notification_message where account_id = ? and phone is not null order by id desc
				fetch first 1 rows only""", String.class, account);
		Matcher m = CODE.matcher(body);
		assertThat(m.find()).as(body).isTrue();
		return m.group(1);
	}

	/** As if the newest code had been sent this many minutes ago. */
	private void age(long account, int minutes) {
		jdbc.update("""
				update identity_phone_code set sent_at = dateadd('MINUTE', ?, sent_at), expires_at = dateadd('MINUTE', ?, expires_at)
				where account_id = ?""", -minutes, -minutes, account);
	}

	@Test
	void theRightCodeVerifiesTheNumberTheCodeWentTo() throws Exception {
		long account = signUp("phone-right@example.kr");
		MockHttpSession session = login("phone-right@example.kr");
		askCode(session, "010 2345 6789");

		assertThat(jdbc.queryForMap("""
				select m.kind, m.phone, m.email, d.channel, d.status, d.recipient from notification_message m
				join notification_delivery d on d.notification_id = m.id where m.account_id = ?""", account))
			.containsEntry("kind", "PHONE_VERIFICATION_CODE").containsEntry("phone", "010-2345-6789")
			.containsEntry("email", null).containsEntry("channel", "SMS").containsEntry("status", "QUEUED")
			.containsEntry("recipient", "010-2345-6789");
		String inbox = mvc.perform(get("/my/notifications").session(session)).andReturn().getResponse().getContentAsString();
		assertThat(inbox).doesNotContain("인증번호").contains("알림이 없습니다");
		assertThat(identity.verifiedPhone(account)).isEmpty();
		assertThat(mvc.perform(get("/my/account").session(session)).andReturn().getResponse().getContentAsString())
			.contains("name=\"code\"").doesNotContain(textedCode(account));

		assertThat(confirm(session, textedCode(account))).isEqualTo("OK");
		assertThat(identity.verifiedPhone(account)).contains("010-2345-6789");
		assertThat(mvc.perform(get("/my/account").session(session)).andReturn().getResponse().getContentAsString())
			.contains("010-2345-6789").contains("인증됨").doesNotContain("name=\"code\"");
	}

	@Test
	void wrongExpiredUsedUpAndReusedCodesAreRefused() throws Exception {
		long account = signUp("phone-wrong@example.kr");
		MockHttpSession session = login("phone-wrong@example.kr");
		assertThat(confirm(session, "123456")).isEqualTo("먼저 인증번호를 받아 주세요.");

		askCode(session, "010-3456-7890");
		String code = textedCode(account);
		String wrong = code.equals("000000") ? "000001" : "000000";
		assertThat(confirm(session, "12a456")).isEqualTo("인증번호 6자리 숫자를 입력해 주세요.");
		assertThat(confirm(session, wrong)).isEqualTo("인증번호가 맞지 않습니다. 4번 더 입력할 수 있습니다.");
		for (int i = 0; i < 3; i++) {
			confirm(session, wrong);
		}
		assertThat(confirm(session, wrong))
			.isEqualTo("인증번호를 5번 잘못 입력해 이 인증번호는 더 쓸 수 없습니다. 새 인증번호를 받아 주세요.");
		assertThat(confirm(session, code))
			.isEqualTo("인증번호를 5번 잘못 입력해 이 인증번호는 더 쓸 수 없습니다. 새 인증번호를 받아 주세요.");
		assertThat(identity.verifiedPhone(account)).isEmpty();

		// a second code within a minute is refused; after a minute it comes, and expires after five
		mvc.perform(post("/my/phone/code").with(csrf()).session(session).param("phone", "010-3456-7890"))
			.andExpect(Flashes.error("인증번호는 1분에 한 번만 받을 수 있습니다. 잠시 후 다시 요청해 주세요."));
		age(account, 2);
		askCode(session, "010-3456-7890");
		String second = textedCode(account);
		age(account, 5);
		assertThat(confirm(session, second)).isEqualTo("인증번호의 유효 시간(5분)이 지났습니다. 새 인증번호를 받아 주세요.");
		assertThat(identity.verifiedPhone(account)).isEmpty();

		askCode(session, "010-3456-7890");
		String third = textedCode(account);
		assertThat(confirm(session, third)).isEqualTo("OK");
		assertThat(confirm(session, third)).isEqualTo("이미 사용한 인증번호입니다. 번호를 다시 인증하려면 새 인증번호를 받아 주세요.");
		assertThat(identity.verifiedPhone(account)).contains("010-3456-7890");
	}

	@Test
	void aMalformedNumberIsRefusedAndSendsNothing() throws Exception {
		long account = signUp("phone-malformed@example.kr");
		MockHttpSession session = login("phone-malformed@example.kr");
		mvc.perform(post("/my/phone/code").with(csrf()).session(session).param("phone", "02-123-4567"))
			.andExpect(Flashes.error("휴대전화 번호를 010-1234-5678 형식으로 입력해 주세요."));
		mvc.perform(post("/my/profile").with(csrf()).session(session).param("displayName", "휴대전화 회원")
			.param("phone", "010-12-345")).andExpect(Flashes.error("휴대전화 번호를 010-1234-5678 형식으로 입력해 주세요."));
		assertThat(jdbc.queryForObject("select count(*) from notification_message where account_id = ?", Long.class, account))
			.isZero();
		assertThat(jdbc.queryForObject("select phone from identity_account where id = ?", String.class, account)).isNull();
	}

	@Test
	void aChangedNumberIsUnverifiedAgain() throws Exception {
		long account = signUp("phone-changed@example.kr");
		MockHttpSession session = login("phone-changed@example.kr");
		askCode(session, "01045678901");
		assertThat(confirm(session, textedCode(account))).isEqualTo("OK");
		assertThat(identity.verifiedPhone(account)).contains("010-4567-8901");

		// saving the profile with the same number typed differently keeps it verified
		mvc.perform(post("/my/profile").with(csrf()).session(session).param("displayName", "새 이름")
			.param("phone", "010 4567 8901")).andExpect(flash().attribute("notice", "my.profile.saved"));
		assertThat(identity.verifiedPhone(account)).contains("010-4567-8901");

		mvc.perform(post("/my/profile").with(csrf()).session(session).param("displayName", "새 이름")
			.param("phone", "010-9999-8888")).andExpect(flash().attribute("notice", "my.profile.saved"));
		assertThat(identity.verifiedPhone(account)).isEmpty();
		assertThat(jdbc.queryForObject("select phone from identity_account where id = ?", String.class, account))
			.isEqualTo("010-9999-8888");
	}
}
