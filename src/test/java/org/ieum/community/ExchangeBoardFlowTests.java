package org.ieum.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The exchange board through the pages: managers of organizations post in their organization's
 * name, comment and write to each other through Ieum without ever seeing an e-mail address; someone
 * who manages no organization is refused with a reason and nothing is saved; who may read follows
 * the center's setting; a person reports a post once and staff confirm (the post is hidden),
 * dismiss, hide, restore and delete comments.
 */
@IeumSpringTest
class ExchangeBoardFlowTests {

	private static final String PASSWORD = "ieum2026!";
	private static final String GIMHAE_STAFF = "staff.gimhae@ieum.example";
	private static final String GUNSAN_STAFF = "staff.gunsan@ieum.example";
	private static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	/** A new account; with an organization index, it manages that organization (0 = the first, 1 = the second …). */
	private String person(String prefix, Integer organization) {
		String email = prefix + "-" + System.nanoTime() + "-" + SEQ.incrementAndGet() + "@example.kr";
		jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at, email_verified_at) "
				+ "select ?, password_hash, ?, 'ACTIVE', current_timestamp, current_timestamp from identity_account where email = ?",
				email, "교류 " + prefix, GIMHAE_STAFF);
		long account = jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
		jdbc.update("insert into identity_role_grant (account_id, role, granted_at) values (?, 'CITIZEN', current_timestamp)",
				account);
		if (organization != null) {
			jdbc.update("insert into enterprises_manager (organization_id, account_id, since) values (?, ?, current_timestamp)",
					organizationId(organization), account);
		}
		return email;
	}

	private long organizationId(int index) {
		List<Long> ids = jdbc.queryForList("select id from enterprises_organization order by id", Long.class);
		return ids.get(10 + index);
	}

	private String organizationName(int index) {
		return jdbc.queryForObject("select name from enterprises_organization where id = ?", String.class,
				organizationId(index));
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andReturn().getRequest().getSession();
	}

	private long center(String slug) {
		return jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, slug);
	}

	private int count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Integer.class, args);
	}

	private long publish(MockHttpSession session, String slug, String title) throws Exception {
		mvc.perform(post("/c/" + slug + "/exchange/new").session(session).with(csrf()).param("category", "SHARING")
			.param("title", title).param("body", "함께 나눌 물품이 있습니다.\n연락 주세요."))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "community.exchange.notice.posted"));
		return jdbc.queryForObject("select id from community_exchange_post where title = ?", Long.class, title);
	}

	@Test
	void managersPostCommentAndWriteToEachOtherWithoutSeeingAnEmailAddress() throws Exception {
		String poster = person("poster", 0);
		String writer = person("writer", 1);
		MockHttpSession posterSession = login(poster);
		MockHttpSession writerSession = login(writer);
		String title = "공동구매 제안 " + System.nanoTime();

		// a post without a title is refused and nothing is saved
		mvc.perform(post("/c/gimhae/exchange/new").session(posterSession).with(csrf()).param("category", "GROUP_BUYING")
			.param("title", " ").param("body", "내용"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("제목을 100자 안에서 적어 주세요.")));
		long id = publish(posterSession, "gimhae", title);
		String page = "/c/gimhae/exchange/" + id;
		assertThat(jdbc.queryForObject("select organization_name from community_exchange_post where id = ?", String.class, id))
			.isEqualTo(organizationName(0));
		mvc.perform(get("/c/gimhae/exchange").session(writerSession).param("category", "SHARING"))
			.andExpect(content().string(containsString(title)));
		mvc.perform(get("/c/gimhae/exchange").session(writerSession).param("category", "HIRING"))
			.andExpect(content().string(not(containsString(title))));

		// a comment in the writer's organization's name; markup stays text
		mvc.perform(post(page + "/comments").session(writerSession).with(csrf()).param("body", "<b>관심 있습니다</b>"))
			.andExpect(flash().attribute("notice", "community.exchange.notice.commented"));
		mvc.perform(get(page).session(posterSession))
			.andExpect(content().string(containsString("&lt;b&gt;관심 있습니다&lt;/b&gt;")))
			.andExpect(content().string(containsString(organizationName(1))))
			.andExpect(content().string(not(containsString(writer))));

		// the writer contacts the poster: a notification in the poster's name, without the writer's address
		mvc.perform(post(page + "/contact").session(writerSession).with(csrf()).param("body", "수량 20개 참여하고 싶습니다."))
			.andExpect(flash().attribute("notice", "community.exchange.notice.sent"));
		long posterAccount = jdbc.queryForObject("select id from identity_account where email = ?", Long.class, poster);
		String delivered = jdbc.queryForObject("select subject || ' ' || body from notification_message where account_id = ?"
				+ " and kind = 'EXCHANGE_MESSAGE'", String.class, posterAccount);
		assertThat(delivered).contains("수량 20개 참여하고 싶습니다.", organizationName(1), title).doesNotContain(writer);
		assertThat(jdbc.queryForObject("select email from notification_message where account_id = ? and kind = 'EXCHANGE_MESSAGE'",
				String.class, posterAccount)).isEqualTo(poster);
		// the poster cannot write to their own post
		mvc.perform(post(page + "/contact").session(posterSession).with(csrf()).param("body", "자기 자신"))
			.andExpect(Flashes.error("자기 조직이 올린 글에는 할 수 없습니다."));

		// the poster answers from My page; the writer receives it, still without the poster's address
		mvc.perform(get("/my/exchange").session(posterSession))
			.andExpect(content().string(containsString("수량 20개 참여하고 싶습니다.")))
			.andExpect(content().string(not(containsString(writer))));
		long message = jdbc.queryForObject("select id from community_exchange_message where recipient_account_id = ?",
				Long.class, posterAccount);
		mvc.perform(post("/my/exchange/messages/" + message + "/reply").session(writerSession).with(csrf())
			.param("body", "남의 메시지에 답장")).andExpect(status().isNotFound());
		mvc.perform(post("/my/exchange/messages/" + message + "/reply").session(posterSession).with(csrf())
			.param("body", "좋습니다. 051-000-0000으로 전화 주세요."))
			.andExpect(flash().attribute("notice", "community.exchange.notice.sent"));
		long writerAccount = jdbc.queryForObject("select id from identity_account where email = ?", Long.class, writer);
		String answer = jdbc.queryForObject("select body from notification_message where account_id = ? and kind = 'EXCHANGE_MESSAGE'",
				String.class, writerAccount);
		assertThat(answer).contains("051-000-0000", organizationName(0)).doesNotContain(poster);
		mvc.perform(get("/my/exchange").session(writerSession))
			.andExpect(content().string(containsString("051-000-0000")));
	}

	@Test
	void someoneWhoManagesNoOrganizationIsRefusedAndNothingIsSaved() throws Exception {
		MockHttpSession citizen = login(person("citizen", null));
		int before = count("select count(*) from community_exchange_post");
		mvc.perform(get("/c/gimhae/exchange/new").session(citizen))
			.andExpect(status().isForbidden()).andExpect(content().string(containsString("관리하는 조직이 없어")));
		mvc.perform(post("/c/gimhae/exchange/new").session(citizen).with(csrf()).param("category", "HIRING")
			.param("title", "조직 없는 글").param("body", "내용"))
			.andExpect(status().isForbidden()).andExpect(content().string(containsString("관리하는 조직이 없어")));
		assertThat(count("select count(*) from community_exchange_post")).isEqualTo(before);

		long id = publish(login(person("poster", 0)), "gimhae", "조직 없는 사람의 댓글 " + System.nanoTime());
		mvc.perform(post("/c/gimhae/exchange/" + id + "/comments").session(citizen).with(csrf()).param("body", "댓글"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/c/gimhae/exchange/" + id + "/contact").session(citizen).with(csrf()).param("body", "연락"))
			.andExpect(status().isForbidden());
		assertThat(count("select count(*) from community_exchange_comment where post_id = ?", id)).isZero();
		assertThat(count("select count(*) from community_exchange_message where post_id = ?", id)).isZero();
		// nor may a manager speak for an organization they do not manage
		MockHttpSession manager = login(person("other", 1));
		mvc.perform(post("/c/gimhae/exchange/" + id + "/comments").session(manager).with(csrf())
			.param("organizationId", String.valueOf(organizationId(0))).param("body", "남의 이름으로"))
			.andExpect(status().isForbidden());
		assertThat(count("select count(*) from community_exchange_comment where post_id = ?", id)).isZero();
	}

	@Test
	void managersReadTheBoardAndCitizensOnlyWhenTheCenterOpensIt() throws Exception {
		MockHttpSession manager = login(person("reader", 0));
		String title = "군산 협업 제안 " + System.nanoTime();
		long id = publish(manager, "gunsan", title);
		MockHttpSession citizen = login(person("citizen", null));
		MockHttpSession staff = login(GUNSAN_STAFF);
		String gunsan = String.valueOf(center("gunsan"));
		try {
			mvc.perform(post("/admin/community/exchange/settings").session(staff).with(csrf()).param("center", gunsan))
				.andExpect(flash().attribute("notice", "community.exchange.notice.settings"));
			mvc.perform(get("/c/gunsan/exchange")).andExpect(status().isForbidden())
				.andExpect(content().string(containsString("로그인한 조직 관리자와 센터 직원만")));
			mvc.perform(get("/c/gunsan/exchange/" + id).session(citizen)).andExpect(status().isForbidden());
			mvc.perform(get("/c/gunsan/exchange").session(manager)).andExpect(content().string(containsString(title)));
			mvc.perform(get("/c/gunsan/exchange/" + id).session(staff)).andExpect(status().isOk());

			mvc.perform(post("/admin/community/exchange/settings").session(staff).with(csrf()).param("center", gunsan)
				.param("citizensMayRead", "true"));
			mvc.perform(get("/c/gunsan/exchange")).andExpect(status().isOk()).andExpect(content().string(containsString(title)));
			mvc.perform(get("/c/gunsan/exchange/" + id)).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("연락하기"))));
			// reading is not writing
			mvc.perform(post("/c/gunsan/exchange/" + id + "/comments").session(citizen).with(csrf()).param("body", "댓글"))
				.andExpect(status().isForbidden());
		}
		finally {
			mvc.perform(post("/admin/community/exchange/settings").session(staff).with(csrf()).param("center", gunsan));
		}
	}

	@Test
	void aPersonReportsOnceAndStaffConfirmDismissHideRestoreAndDeleteComments() throws Exception {
		MockHttpSession poster = login(person("poster", 0));
		String title = "신고될 글 " + System.nanoTime();
		long id = publish(poster, "gimhae", title);
		String page = "/c/gimhae/exchange/" + id;
		MockHttpSession citizen = login(person("citizen", null));
		MockHttpSession other = login(person("other", null));
		MockHttpSession staff = login(GIMHAE_STAFF);
		String gimhae = String.valueOf(center("gimhae"));
		mvc.perform(post("/admin/community/exchange/settings").session(staff).with(csrf()).param("center", gimhae)
			.param("citizensMayRead", "true"));

		mvc.perform(post(page + "/report").session(poster).with(csrf()).param("reason", "내 글"))
			.andExpect(Flashes.error("자기 조직이 올린 글에는 할 수 없습니다."));
		mvc.perform(post(page + "/report").session(citizen).with(csrf()).param("reason", "광고성 글입니다"))
			.andExpect(flash().attribute("notice", "community.exchange.notice.reported"));
		mvc.perform(post(page + "/report").session(citizen).with(csrf()).param("reason", "다시"))
			.andExpect(Flashes.error("이미 신고한 글입니다. 한 글은 한 번만 신고할 수 있습니다."));
		assertThat(count("select count(*) from community_exchange_report where post_id = ?", id)).isEqualTo(1);
		mvc.perform(get(page).session(citizen)).andExpect(content().string(containsString("이 글을 신고했습니다.")));

		// a report alone hides nothing; staff dismiss it and the post stays
		mvc.perform(get("/c/gimhae/exchange")).andExpect(content().string(containsString(title)));
		mvc.perform(get("/admin/community/exchange").session(staff).param("center", gimhae))
			.andExpect(content().string(containsString("광고성 글입니다")));
		mvc.perform(post("/admin/community/exchange/" + id + "/dismiss").session(staff).with(csrf()).param("center", gimhae))
			.andExpect(flash().attribute("notice", "community.exchange.notice.dismissed"));
		mvc.perform(get("/c/gimhae/exchange")).andExpect(content().string(containsString(title)));
		mvc.perform(post(page + "/report").session(citizen).with(csrf()).param("reason", "또"))
			.andExpect(Flashes.error("이미 신고한 글입니다. 한 글은 한 번만 신고할 수 있습니다."));

		// another person's report, confirmed: the post is hidden from everyone but staff
		mvc.perform(post(page + "/report").session(other).with(csrf()).param("reason", "거짓 정보"));
		mvc.perform(post("/admin/community/exchange/" + id + "/dismiss").session(login(person("poster2", 1))).with(csrf())
			.param("center", gimhae)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/community/exchange/" + id + "/confirm").session(staff).with(csrf()).param("center", gimhae))
			.andExpect(flash().attribute("notice", "community.exchange.notice.confirmed"));
		mvc.perform(get("/c/gimhae/exchange")).andExpect(content().string(not(containsString(title))));
		mvc.perform(get(page).session(citizen)).andExpect(status().isNotFound());
		mvc.perform(get(page).session(staff)).andExpect(status().isOk()).andExpect(content().string(containsString("숨김")));
		mvc.perform(get("/my/exchange").session(poster)).andExpect(content().string(containsString("센터가 숨김")));
		mvc.perform(post("/admin/community/exchange/" + id + "/confirm").session(staff).with(csrf()).param("center", gimhae))
			.andExpect(Flashes.error("처리할 신고가 없는 글입니다."));

		// restore, then hide and restore on staff's own decision
		mvc.perform(post("/admin/community/exchange/" + id + "/restore").session(staff).with(csrf()).param("center", gimhae))
			.andExpect(flash().attribute("notice", "community.exchange.notice.restored"));
		mvc.perform(get("/c/gimhae/exchange")).andExpect(content().string(containsString(title)));
		mvc.perform(post("/admin/community/exchange/" + id + "/hide").session(staff).with(csrf()).param("center", gimhae));
		mvc.perform(get(page)).andExpect(status().isNotFound());
		mvc.perform(post("/admin/community/exchange/" + id + "/restore").session(staff).with(csrf()).param("center", gimhae));

		// staff delete a comment; staff of another center cannot
		MockHttpSession commenter = login(person("commenter", 1));
		mvc.perform(post(page + "/comments").session(commenter).with(csrf()).param("body", "지울 댓글입니다"));
		long comment = jdbc.queryForObject("select id from community_exchange_comment where post_id = ?", Long.class, id);
		mvc.perform(post("/admin/community/exchange/" + id + "/comments/" + comment + "/delete")
			.session(login("staff.busan@ieum.example")).with(csrf()).param("center", gimhae))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/community/exchange/" + id + "/comments/" + comment + "/delete").session(staff).with(csrf())
			.param("center", gimhae)).andExpect(flash().attribute("notice", "community.exchange.notice.commentDeleted"));
		mvc.perform(get(page)).andExpect(content().string(not(containsString("지울 댓글입니다"))));
	}
}
