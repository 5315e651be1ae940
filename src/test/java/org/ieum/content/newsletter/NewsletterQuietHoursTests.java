package org.ieum.content.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.ieum.content.board.RichText;
import org.ieum.shared.AdvertisingRules;
import org.ieum.shared.Seoul;
import org.junit.jupiter.api.Test;

/** An issue sent during the quiet hours is kept as sending with its due time and queues nothing before 08:00. */
class NewsletterQuietHoursTests {

	private final AdvertisingRules rules = new AdvertisingRules(true);

	private static Instant seoul(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(Seoul.ZONE).toInstant();
	}

	private Issue sentAt(Instant now) {
		Issue issue = new Issue(1, "12월 소식", RichText.of("안녕하세요"), List.of(), 1L, now);
		issue.startSending(now, rules.dueAt(now));
		return issue;
	}

	@Test
	void sentAt2100ItWaitsUntilEightTheNextMorning() {
		Issue issue = sentAt(seoul("2026-12-07T21:00:00"));
		assertThat(issue.getStatus()).isEqualTo(Issue.Status.SENDING);
		assertThat(issue.getDueAt()).isEqualTo(seoul("2026-12-08T08:00:00"));
		assertThat(issue.waitsAt(seoul("2026-12-08T07:59:59"))).isTrue();
		assertThat(issue.waitsAt(seoul("2026-12-08T08:00:00"))).isFalse();
	}

	@Test
	void sentAt2059ItGoesAtOnce() {
		Issue issue = sentAt(seoul("2026-12-07T20:59:00"));
		assertThat(issue.getDueAt()).isNull();
		assertThat(issue.waitsAt(seoul("2026-12-07T20:59:00"))).isFalse();
	}
}
