package org.ieum.content.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ieum.content.ContentFixtures;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The newsletter as visitors and staff use it: double opt-in with a link that works once and
 * for seven days, the same answer for every address, one-click unsubscribe without a session,
 * issues queued in batches once, and staff kept to their own center.
 */
@IeumSpringTest
class NewsletterFlowTests {

	private static final Pattern CONFIRM_LINK = Pattern.compile("/newsletter/confirm/([A-Za-z0-9_-]+)");
	private static final String STAFF = "newsletter-busan@example.kr";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	Newsletters newsletters;

	ContentFixtures fixtures;

	@BeforeEach
	void people() {
		fixtures = new ContentFixtures(jdbc);
		fixtures.person(STAFF, "부산 소식지 담당", "CENTER_STAFF", "busan");
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private static String unique(String name) {
		return name + "-" + System.nanoTime() + "@example.kr";
	}

	private String subscribe(String portal, String email) throws Exception {
		return mvc.perform(post(portal + "/newsletter").with(csrf()).param("email", email).param("consent", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(portal + "/newsletter"))
			.andExpect(flash().attribute("notice", "content.newsletter.notice.checkMail"))
			.andReturn().getResponse().getRedirectedUrl();
	}

	private int mailsTo(String email) {
		return jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = ?", Integer.class, email);
	}

	private String confirmSecret(String email) {
		String body = jdbc.queryForObject("select body from shared_mail_outbox where recipient = ? order by id desc limit 1",
				String.class, email);
		Matcher link = CONFIRM_LINK.matcher(body);
		assertThat(link.find()).as("confirmation link in %s", body).isTrue();
		return link.group(1);
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private Boolean confirmed(long centerId, String email) {
		List<Boolean> rows = jdbc.queryForList(
				"select confirmed from content_newsletter_subscriber where center_id = ? and email = ?", Boolean.class,
				centerId, email);
		return rows.isEmpty() ? null : rows.get(0);
	}

	private void actAsStaffOf(String centerSlug) {
		long center = fixtures.centerId(centerSlug);
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(STAFF, null,
				AuthorityUtils.createAuthorityList(Authorities.CENTER_STAFF, Authorities.centerScope(center))));
	}

	private CurrentUser staffUser() {
		return new CurrentUser(fixtures.accountId(STAFF), STAFF, "부산 소식지 담당", Set.of(), Set.of(fixtures.centerId("busan")));
	}

	private long confirmedSubscriber(long centerId, String email) {
		jdbc.update("""
				insert into content_newsletter_subscriber (center_id, email, confirmed, confirm_hash, confirm_sent_at,
				  confirmed_at, unsubscribe_token, consent_version, created_at)
				values (?, ?, true, ?, current_timestamp, current_timestamp, ?, '2026-12', current_timestamp)""", centerId,
				email, Subscriptions.sha256(Subscriptions.secret()), Subscriptions.secret());
		return jdbc.queryForObject("select id from content_newsletter_subscriber where center_id = ? and email = ?",
				Long.class, centerId, email);
	}

	private String confirmByButton(String secret) throws Exception {
		return mvc.perform(post("/newsletter/confirm/" + secret).with(csrf())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void openingTheLinkOnlyShowsTheButtonWhosePostConfirmsOnceAndSaysSoWhenUsedAgain() throws Exception {
		String email = unique("opt-in");
		long busan = fixtures.centerId("busan");
		subscribe("/c/busan", email.toUpperCase());

		assertThat(confirmed(busan, email)).isFalse();
		assertThat(mailsTo(email)).isEqualTo(1);
		String secret = confirmSecret(email);

		// a mail scanner opening the link (twice) confirms nothing
		for (int i = 0; i < 2; i++) {
			String opened = page("/newsletter/confirm/" + secret);
			assertThat(opened).contains("부산광역시 사회적경제지원센터 소식지 구독을 신청하셨습니다", "구독 확인",
					"action=\"/newsletter/confirm/" + secret + "\"", "name=\"_csrf\"");
			assertThat(confirmed(busan, email)).isFalse();
		}
		mvc.perform(post("/newsletter/confirm/" + secret)).andExpect(status().isForbidden());
		assertThat(confirmed(busan, email)).isFalse();

		assertThat(confirmByButton(secret)).contains("소식지 구독을 확인했습니다", "부산광역시 사회적경제지원센터");
		assertThat(confirmed(busan, email)).isTrue();
		assertThat(page("/newsletter/confirm/" + secret)).contains("이미 확인된 구독입니다").doesNotContain("name=\"_csrf\"");
		assertThat(confirmByButton(secret)).contains("이미 확인된 구독입니다");
		assertThat(confirmed(busan, email)).isTrue();
	}

	@Test
	void everyAddressGetsTheSameAnswerAndAConfirmedOrJustMailedOneNoNewMail() throws Exception {
		String confirmedEmail = unique("known");
		String pendingEmail = unique("pending");
		subscribe("/c/busan", confirmedEmail);
		confirmByButton(confirmSecret(confirmedEmail));
		subscribe("/c/busan", pendingEmail);

		String again = subscribe("/c/busan", confirmedEmail);
		String pendingAgain = subscribe("/c/busan", pendingEmail);
		String fresh = subscribe("/c/busan", unique("fresh"));

		assertThat(again).isEqualTo(pendingAgain).isEqualTo(fresh);
		assertThat(mailsTo(confirmedEmail)).isEqualTo(1);
		assertThat(mailsTo(pendingEmail)).isEqualTo(1);
	}

	@Test
	void anAddressWithoutConsentOrMalformedIsRefusedInKoreanAndNothingIsStored() throws Exception {
		String email = unique("no-consent");
		String noConsent = mvc.perform(post("/c/busan/newsletter").with(csrf()).param("email", email))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(noConsent).contains("개인정보 수집·이용에 동의해야 소식지를 받을 수 있습니다.", email);
		String malformed = mvc.perform(post("/newsletter").with(csrf()).param("email", "이메일 아님").param("consent", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(malformed).contains("이메일 주소 형식이 올바르지 않습니다.");
		assertThat(jdbc.queryForObject("select count(*) from content_newsletter_subscriber where email in (?, ?)",
				Integer.class, email, "이메일 아님")).isZero();
		assertThat(mailsTo(email)).isZero();
		mvc.perform(post("/c/no-such-center/newsletter").with(csrf()).param("email", email).param("consent", "true"))
			.andExpect(status().isNotFound());
	}

	@Test
	void anExpiredLinkSaysSoWithAWayToAskAgainEvenAfterTheRequestIsDeletedAndAnUnknownOneIsA404() throws Exception {
		String email = unique("late");
		subscribe("", email);
		String secret = confirmSecret(email);
		jdbc.update("update content_newsletter_subscriber set confirm_sent_at = dateadd('DAY', -8, current_timestamp) "
				+ "where email = ?", email);

		String expired = page("/newsletter/confirm/" + secret);
		assertThat(expired).contains("확인 링크의 유효 기간(7일)이 지났습니다", "href=\"/newsletter\"", "다시 신청하기")
			.doesNotContain("구독 확인</button>");
		assertThat(confirmByButton(secret)).contains("확인 링크의 유효 기간(7일)이 지났습니다");
		assertThat(confirmed(0, email)).isFalse();

		subscriptions.forgetExpired();
		assertThat(confirmed(0, email)).isNull();
		assertThat(page("/newsletter/confirm/" + secret)).contains("확인 링크의 유효 기간(7일)이 지났습니다");

		String unknown = mvc.perform(get("/newsletter/confirm/no-such-link")).andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(unknown).contains("알 수 없는 확인 링크입니다.");
		mvc.perform(post("/newsletter/confirm/no-such-link").with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void theUnsubscribePageOnlyAsksAndAOneClickPostWithoutSessionOrCsrfEndsThatOneSubscription() throws Exception {
		long busan = fixtures.centerId("busan");
		String leaving = unique("leaving");
		String staying = unique("staying");
		long leavingId = confirmedSubscriber(busan, leaving);
		confirmedSubscriber(busan, staying);
		String token = jdbc.queryForObject("select unsubscribe_token from content_newsletter_subscriber where id = ?",
				String.class, leavingId);

		assertThat(page("/newsletter/unsubscribe/" + token)).contains("구독 해지", "l***@example.kr")
			.doesNotContain(leaving);
		assertThat(confirmed(busan, leaving)).isTrue();

		String done = mvc.perform(post("/newsletter/unsubscribe/" + token).param("List-Unsubscribe", "One-Click"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(done).contains("소식지 구독을 해지했습니다");
		assertThat(confirmed(busan, leaving)).isNull();
		assertThat(confirmed(busan, staying)).isTrue();
		mvc.perform(post("/newsletter/unsubscribe/" + token)).andExpect(status().isNotFound());
		// elsewhere CSRF still holds
		mvc.perform(post("/c/busan/newsletter").param("email", unique("forged")).param("consent", "true"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anIssueGoesToEveryConfirmedSubscriberInBatchesOnceAndNeverToThePending() {
		long gimhae = fixtures.centerId("gimhae");
		jdbc.update("delete from content_newsletter_subscriber where center_id = ?", gimhae);
		for (int i = 0; i < 450; i++) {
			confirmedSubscriber(gimhae, "batch-" + i + "@example.kr");
		}
		subscriptions.subscribe("gimhae", unique("batch-pending"), true);
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(STAFF, null,
				AuthorityUtils.createAuthorityList(Authorities.CENTER_STAFF, Authorities.centerScope(gimhae))));
		Issue issue = newsletters.compose(gimhae, "김해 12월 소식", "<p>한 해 고마웠습니다.</p><script>x()</script>", List.of(),
				staffUser());

		Newsletters.SendReport report = newsletters.send(issue.getId());

		assertThat(report).isEqualTo(new Newsletters.SendReport(450, 3));
		String tag = "newsletter-issue:" + issue.getId();
		assertThat(jdbc.queryForObject("select count(distinct recipient) from shared_mail_outbox where tag = ?",
				Integer.class, tag)).isEqualTo(450);
		assertThat(jdbc.queryForObject("select count(*) from shared_mail_outbox where tag = ? and recipient like 'batch-pending%'",
				Integer.class, tag)).isZero();
		assertThat(jdbc.queryForObject("select body from shared_mail_outbox where tag = ? and recipient = 'batch-7@example.kr'",
				String.class, tag)).contains("한 해 고마웠습니다.", "/newsletter/unsubscribe/").doesNotContain("x()", "batch-8@");
		Newsletters.IssueView view = newsletters.issue(issue.getId());
		assertThat(view.status()).isEqualTo(Issue.Status.SENT);
		assertThat(view.tally().waiting()).isEqualTo(450);

		assertThatThrownBy(() -> newsletters.send(issue.getId())).isInstanceOf(Refusal.class)
			.hasMessage("content.newsletter.error.alreadySent");
		assertThat(jdbc.queryForObject("select count(*) from shared_mail_outbox where tag = ?", Integer.class, tag))
			.isEqualTo(450);
		// the waiting messages are not this test's to deliver
		jdbc.update("delete from shared_mail_outbox where tag = ?", tag);
	}

	@Test
	void staffOfAnotherCenterCanNeitherSendReadNorDelete() {
		long gimhae = fixtures.centerId("gimhae");
		long subscriber = confirmedSubscriber(gimhae, unique("gimhae-reader"));
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(STAFF, null,
				AuthorityUtils.createAuthorityList(Authorities.CENTER_STAFF, Authorities.centerScope(gimhae))));
		Issue issue = newsletters.compose(gimhae, "김해 소식", "", List.of(), staffUser());
		int logged = jdbc.queryForObject("select count(*) from identity_personal_data_access", Integer.class);

		actAsStaffOf("busan");
		assertThatThrownBy(() -> newsletters.send(issue.getId())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> newsletters.subscribers(gimhae, 0)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> newsletters.deleteSubscriber(subscriber)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> newsletters.compose(gimhae, "남의 소식", "", List.of(), staffUser()))
			.isInstanceOf(AccessDeniedException.class);

		assertThat(jdbc.queryForObject("select status from content_newsletter_issue where id = ?", String.class,
				issue.getId())).isEqualTo("DRAFT");
		assertThat(jdbc.queryForObject("select count(*) from content_newsletter_subscriber where id = ?", Integer.class,
				subscriber)).isOne();
		assertThat(jdbc.queryForObject("select count(*) from identity_personal_data_access", Integer.class))
			.isEqualTo(logged);
	}

	@Test
	void staffComposePreviewTestAndSendFromTheirPagesAndReadingTheListIsLogged() throws Exception {
		long busan = fixtures.centerId("busan");
		String subscriber = unique("reader");
		confirmedSubscriber(busan, subscriber);
		MockHttpSession staff = (MockHttpSession) mvc
			.perform(formLogin("/login").userParameter("email").user(STAFF).password(ContentFixtures.PASSWORD))
			.andReturn().getRequest().getSession();
		long post = jdbc.queryForObject("""
				select max(p.id) from content_post p join content_board b on b.id = p.board_id
				where b.center_id = ? and b.slug = 'notice' and p.private_post = false and p.hidden = false""", Long.class, busan);

		String compose = mvc.perform(get("/admin/content/newsletter/new").param("center", String.valueOf(busan)).session(staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(compose).contains("name=\"post\"", "value=\"" + post + "\"");
		mvc.perform(post("/admin/content/newsletter/new").session(staff).with(csrf()).param("center", String.valueOf(busan))
			.param("subject", "").param("intro", "머리말"))
			.andExpect(status().isOk());
		String location = mvc.perform(post("/admin/content/newsletter/new").session(staff).with(csrf())
			.param("center", String.valueOf(busan)).param("subject", "부산 소식 1호").param("intro", "반갑습니다.")
			.param("post", String.valueOf(post)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String preview = mvc.perform(get(location).session(staff)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(preview).contains("부산 소식 1호", "반갑습니다.", "/c/busan/boards/notice/" + post, "나에게 시험 발송");

		mvc.perform(post(location + "/test").session(staff).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select subject from shared_mail_outbox where recipient = ? order by id desc limit 1",
				String.class, STAFF)).isEqualTo("[시험 발송] 부산 소식 1호");
		mvc.perform(post(location + "/send").session(staff).with(csrf()))
			.andExpect(flash().attribute("notice", "content.newsletter.notice.queued"));
		mvc.perform(post(location + "/send").session(staff).with(csrf()))
			.andExpect(flash().attribute("error", "content.newsletter.error.alreadySent"));
		assertThat(mailsTo(subscriber)).isOne();

		int logged = jdbc.queryForObject("select count(*) from identity_personal_data_access", Integer.class);
		String list = mvc.perform(get("/admin/content/newsletter/subscribers").param("center", String.valueOf(busan))
			.session(staff)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains(subscriber, "확인된 구독자");
		assertThat(jdbc.queryForObject("select count(*) from identity_personal_data_access", Integer.class))
			.isEqualTo(logged + 1);
		assertThat(mvc.perform(get("/admin/content/newsletter").param("center", String.valueOf(busan)).session(staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("부산 소식 1호", "발송함");
	}
}
