package org.ieum.content.qna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;

import org.ieum.content.ContentFixtures;
import org.ieum.shared.mail.OutboxMessages;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The asker of a 1:1 question hears of the answer by mail, as the SMTP server receives it: a
 * link to the question on the center's portal, nothing about the staff member, one mail per
 * answer unless staff tick 다시 알림, and none to an address its owner never verified.
 */
@IeumSpringTest
class AnswerMailTests {

	private static final String STAFF = "qna-mail-busan@example.kr";
	private static final String ASKER = "qna-mail-asker@example.kr";
	private static final String UNVERIFIED = "qna-mail-unverified@example.kr";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OutboxMessages outbox;

	@Autowired
	GreenMail greenMail;

	@Value("${ieum.base-url}")
	String baseUrl;

	ContentFixtures fixtures;

	@BeforeEach
	void people() {
		fixtures = new ContentFixtures(jdbc);
		fixtures.person(STAFF, "부산답변담당자", "CENTER_STAFF", "busan");
		fixtures.person(ASKER, "메일받는사람", "CITIZEN", null);
		fixtures.person(UNVERIFIED, "확인안한사람", "CITIZEN", null);
		jdbc.update("update identity_account set email_verified_at = current_timestamp where email in (?, ?)", ASKER, STAFF);
		jdbc.update("update identity_account set email_verified_at = null where email = ?", UNVERIFIED);
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc
			.perform(formLogin("/login").userParameter("email").user(email).password(ContentFixtures.PASSWORD))
			.andReturn().getRequest().getSession();
	}

	private long ask(String email, String title) throws Exception {
		mvc.perform(post("/c/busan/boards/qna/ask").session(login(email)).with(csrf()).param("title", title)
			.param("body", "회의실 대관은 몇 시까지 되나요?").param("privatePost", "true"))
			.andExpect(status().is3xxRedirection());
		return jdbc.queryForObject("select id from content_post where title = ?", Long.class, title);
	}

	private void answer(MockHttpSession staff, long id, String text, boolean notifyAgain) throws Exception {
		var request = post("/admin/content/posts/" + id + "/answer").session(staff).with(csrf()).param("answer", text)
			.param("back", "/c/busan/boards/qna/" + id);
		if (notifyAgain) {
			request.param("notifyAgain", "true");
		}
		mvc.perform(request).andExpect(flash().attribute("notice", "content.notice.answered"));
		outbox.sendAllDue();
	}

	private List<MimeMessage> receivedBy(String email, String subjectPart) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(email))
						&& m.getSubject().contains(subjectPart);
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

	@Test
	void theAskerGetsOneMailWithTheQuestionsLinkAndAnEditSendsAnotherOnlyWhenStaffTickNotifyAgain() throws Exception {
		String title = "대관 시간 문의 " + System.nanoTime();
		long id = ask(ASKER, title);
		MockHttpSession staff = login(STAFF);
		String link = baseUrl + "/c/busan/boards/qna/" + id;

		answer(staff, id, "<p>평일 밤 9시까지 됩니다.</p>", false);

		List<MimeMessage> mails = receivedBy(ASKER, "문의하신 글에 답변이 등록되었습니다");
		assertThat(mails).hasSize(1);
		MimeMessage mail = mails.get(0);
		assertThat(mail.getSubject()).isEqualTo("[부산광역시 사회적경제지원센터] 문의하신 글에 답변이 등록되었습니다");
		assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(ASKER);
		String body = mail.getContent().toString();
		assertThat(body).contains(link, title).doesNotContain("부산답변담당자", STAFF, "밤 9시");

		// the answer page now offers 다시 알림; a second edit without it sends nothing
		String page = mvc.perform(get("/c/busan/boards/qna/" + id).session(staff)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("다시 알림", "name=\"notifyAgain\"");
		answer(staff, id, "<p>평일 밤 9시, 토요일 오후 6시까지 됩니다.</p>", false);
		assertThat(receivedBy(ASKER, "문의하신 글에 답변이 등록되었습니다")).hasSize(1);

		answer(staff, id, "<p>평일 밤 9시, 토요일 오후 5시까지 됩니다.</p>", true);
		assertThat(receivedBy(ASKER, "문의하신 글에 답변이 등록되었습니다")).hasSize(2);
	}

	@Test
	void anAskerWhoNeverVerifiedTheirAddressGetsNoMailButTheAnswerIsSaved() throws Exception {
		String title = "확인 안 된 주소의 문의 " + System.nanoTime();
		long id = ask(UNVERIFIED, title);
		answer(login(STAFF), id, "<p>답변입니다.</p>", true);

		assertThat(receivedBy(UNVERIFIED, "답변")).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = ?", Integer.class,
				UNVERIFIED)).isZero();
		assertThat(jdbc.queryForObject("select answer_html from content_post where id = ?", String.class, id))
			.contains("답변입니다.");
	}
}
