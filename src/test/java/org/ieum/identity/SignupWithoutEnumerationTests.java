package org.ieum.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.ieum.identity.registration.MailThrottle;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sign-up answers the same for a new and a registered address and tells the owner by mail;
 * password-reset and sign-up mails stop at the per-address and per-client limits while the
 * answer stays the same.
 */
@IeumSpringTest
class SignupWithoutEnumerationTests {

	private static final String PASSWORD = "Sample-pass1";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Value("${ieum.base-url}")
	String baseUrl;

	private MvcResult signUp(String email, String name) throws Exception {
		return mvc.perform(post("/signup").with(csrf()).header("Host", "evil.example")
				.param("email", email).param("password", PASSWORD).param("passwordConfirm", PASSWORD)
				.param("displayName", name).param("birthDate", "1990-01-01")
				.param("agreeTerms", "true").param("agreePrivacy", "true"))
			.andExpect(redirectedUrl("/login"))
			.andReturn();
	}

	/** The page the person sees after signing up: the login page with the notice. */
	private String pageAfter(MvcResult signup) throws Exception {
		String html = mvc.perform(get("/login").flashAttrs(signup.getFlashMap())).andReturn().getResponse().getContentAsString();
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	private List<String> mailsTo(String address) {
		return jdbc.queryForList("select subject || ' | ' || body from shared_mail_outbox where recipient = ? order by id",
				String.class, address);
	}

	@Test
	void aRegisteredAddressGetsTheSamePageAndItsOwnerAMail() throws Exception {
		MvcResult fresh = signUp("first-time@example.kr", "처음 가입");
		String passwordBefore = null;
		mvc.perform(post("/signup").with(csrf()).param("email", "owner-here@example.kr").param("password", "Owner-pass-2026")
				.param("passwordConfirm", "Owner-pass-2026").param("displayName", "원래 주인").param("birthDate", "1980-05-05")
				.param("agreeTerms", "true").param("agreePrivacy", "true"));
		passwordBefore = jdbc.queryForObject("select password_hash from identity_account where email = 'owner-here@example.kr'", String.class);
		int accountsBefore = jdbc.queryForObject("select count(*) from identity_account", Integer.class);

		MvcResult again = signUp("Owner-Here@example.kr", "다른 사람");

		assertThat((Map<String, Object>) again.getFlashMap()).isEqualTo(fresh.getFlashMap());
		assertThat(pageAfter(again)).isEqualTo(pageAfter(fresh)).contains("메일을 확인해 주세요");
		assertThat(pageAfter(again)).doesNotContain("이미 가입된");
		assertThat(jdbc.queryForObject("select count(*) from identity_account", Integer.class)).isEqualTo(accountsBefore);
		assertThat(jdbc.queryForObject("select password_hash from identity_account where email = 'owner-here@example.kr'", String.class))
			.isEqualTo(passwordBefore);

		List<String> ownerMails = mailsTo("owner-here@example.kr");
		assertThat(ownerMails).last().asString().contains("가입을 시도했습니다").contains("원래 주인")
			.contains(baseUrl + "/password-reset").doesNotContain("evil.example").doesNotContain("다른 사람");
		assertThat(mailsTo("first-time@example.kr")).anySatisfy(m -> assertThat(m).contains(baseUrl + "/verify-email/"))
			.anySatisfy(m -> assertThat(m).contains("환영합니다"))
			.allSatisfy(m -> assertThat(m).doesNotContain("evil.example"));
	}

	@Test
	void resetMailsToOneAddressStopAtTheLimitWhileTheAnswerStaysTheSame() throws Exception {
		signUp("flooded@example.kr", "메일 폭탄");
		int before = mailsTo("flooded@example.kr").size();
		for (int i = 0; i < 20; i++) {
			mvc.perform(post("/password-reset").with(csrf()).param("email", "flooded@example.kr"))
				.andExpect(redirectedUrl("/password-reset"));
		}
		// the sign-up mail was the first of three in fifteen minutes
		assertThat(mailsTo("flooded@example.kr")).hasSize(before + 2);

		for (int i = 0; i < 5; i++) {
			signUp("flooded@example.kr", "다시 가입");
		}
		assertThat(mailsTo("flooded@example.kr")).hasSize(before + 2);
	}

	@Test
	void oneClientCannotMakeIeumMailManyAddresses() {
		Instant[] now = { Instant.parse("2026-12-06T01:00:00Z") };
		Clock clock = new Clock() {
			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now[0];
			}
		};
		MailThrottle throttle = new MailThrottle(jdbc, transactions, clock, 3, Duration.ofMinutes(15), 20, Duration.ofHours(1));
		int sent = 0;
		for (int i = 0; i < 52; i++) {
			if (throttle.allow(MailThrottle.Kind.PASSWORD_RESET, "victim" + i + "@example.kr", "198.51.100.7")) {
				sent++;
			}
		}
		assertThat(sent).isEqualTo(20);
		assertThat(throttle.allow(MailThrottle.Kind.PASSWORD_RESET, "someone@example.kr", "198.51.100.8")).isTrue();

		// the limits are windows: an hour later the client may ask again, and one address gets 3 per 15 minutes
		now[0] = now[0].plus(Duration.ofMinutes(61));
		assertThat(throttle.allow(MailThrottle.Kind.SIGNUP, "late@example.kr", "198.51.100.7")).isTrue();
		assertThat(throttle.allow(MailThrottle.Kind.PASSWORD_RESET, "late@example.kr", "198.51.100.9")).isTrue();
		assertThat(throttle.allow(MailThrottle.Kind.ALREADY_REGISTERED, "late@example.kr", "198.51.100.10")).isTrue();
		assertThat(throttle.allow(MailThrottle.Kind.PASSWORD_RESET, "late@example.kr", "198.51.100.11")).isFalse();
		now[0] = now[0].plus(Duration.ofMinutes(16));
		assertThat(throttle.allow(MailThrottle.Kind.PASSWORD_RESET, "late@example.kr", "198.51.100.11")).isTrue();
	}
}
