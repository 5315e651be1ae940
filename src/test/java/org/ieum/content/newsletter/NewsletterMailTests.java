package org.ieum.content.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.ieum.content.ContentFixtures;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Authorities;
import org.ieum.shared.mail.OutboxMessages;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** An issue as the SMTP server receives it: one recipient, and the one-click unsubscribe headers of RFC 8058. */
@IeumSpringTest
class NewsletterMailTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Newsletters newsletters;

	@Autowired
	OutboxMessages outbox;

	@Autowired
	GreenMail greenMail;

	@Value("${ieum.base-url}")
	String baseUrl;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private String subscriber(long centerId, String email) {
		String token = Subscriptions.secret();
		jdbc.update("""
				insert into content_newsletter_subscriber (center_id, email, confirmed, confirm_hash, confirm_sent_at,
				  confirmed_at, unsubscribe_token, consent_version, created_at)
				values (?, ?, true, ?, current_timestamp, current_timestamp, ?, '2026-12', current_timestamp)""", centerId,
				email, Subscriptions.sha256(Subscriptions.secret()), token);
		return token;
	}

	private MimeMessage receivedBy(String email) throws Exception {
		List<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	@Test
	void eachDeliveredIssueNamesOnlyItsRecipientAndCarriesOneClickUnsubscribeHeaders() throws Exception {
		ContentFixtures fixtures = new ContentFixtures(jdbc);
		long gunsan = fixtures.centerId("gunsan");
		jdbc.update("delete from content_newsletter_subscriber where center_id = ?", gunsan);
		String first = "mail-first-" + System.nanoTime() + "@example.kr";
		String second = "mail-second-" + System.nanoTime() + "@example.kr";
		String firstToken = subscriber(gunsan, first);
		String secondToken = subscriber(gunsan, second);
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("staff", null,
				AuthorityUtils.createAuthorityList(Authorities.CENTER_STAFF, Authorities.centerScope(gunsan))));
		Issue issue = newsletters.compose(gunsan, "군산 소식 1호", "새해 복 많이 받으세요.", List.of(),
				new CurrentUser(1, "staff@example.kr", "담당", Set.of(), Set.of(gunsan)));
		newsletters.send(issue.getId());

		outbox.sendAllDue();

		MimeMessage mail = receivedBy(first);
		assertThat(mail.getHeader("List-Unsubscribe")).containsExactly("<" + baseUrl + "/newsletter/unsubscribe/" + firstToken + ">");
		assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(first);
		assertThat(mail.getRecipients(Message.RecipientType.CC)).isNull();
		assertThat(mail.getSubject()).isEqualTo("(광고) 군산 소식 1호");
		String body = mail.getContent().toString();
		assertThat(body).contains("새해 복 많이 받으세요.", "/newsletter/unsubscribe/" + firstToken)
			.doesNotContain(second, secondToken);
		assertThat(receivedBy(second).getHeader("List-Unsubscribe"))
			.containsExactly("<" + baseUrl + "/newsletter/unsubscribe/" + secondToken + ">");
		assertThat(newsletters.issue(issue.getId()).tally().sent()).isEqualTo(2);
	}
}
