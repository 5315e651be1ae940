package org.ieum.notifications.policy;

import org.ieum.shared.AdvertisingRules;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;

import org.ieum.shared.Seoul;
import org.junit.jupiter.api.Test;

/** Advertising waits out 21:00 to 08:00 Seoul time and reads "(광고) …" with how to refuse at the end. */
class AdvertisingRulesTests {

	private final AdvertisingRules rules = new AdvertisingRules(true);

	private static Instant seoul(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(Seoul.ZONE).toInstant();
	}

	@Test
	void at2059ItGoesAtOnce() {
		Instant now = seoul("2026-12-07T20:59:59");
		assertThat(rules.dueAt(now)).isEqualTo(now);
		assertThat(rules.mayGoAt(now)).isTrue();
	}

	@Test
	void at2100ItWaitsUntilEightTheNextMorning() {
		assertThat(rules.dueAt(seoul("2026-12-07T21:00:00"))).isEqualTo(seoul("2026-12-08T08:00:00"));
		assertThat(rules.mayGoAt(seoul("2026-12-07T21:00:00"))).isFalse();
	}

	@Test
	void acrossMidnightItWaitsUntilEightTheSameMorning() {
		assertThat(rules.dueAt(seoul("2026-12-07T23:59:59"))).isEqualTo(seoul("2026-12-08T08:00:00"));
		assertThat(rules.dueAt(seoul("2026-12-08T00:00:00"))).isEqualTo(seoul("2026-12-08T08:00:00"));
		assertThat(rules.dueAt(seoul("2026-12-31T22:00:00"))).isEqualTo(seoul("2027-01-01T08:00:00"));
	}

	@Test
	void at0759ItWaitsAMinuteAndAt0800ItGoes() {
		assertThat(rules.dueAt(seoul("2026-12-08T07:59:00"))).isEqualTo(seoul("2026-12-08T08:00:00"));
		Instant eight = seoul("2026-12-08T08:00:00");
		assertThat(rules.dueAt(eight)).isEqualTo(eight);
		assertThat(rules.mayGoAt(eight)).isTrue();
	}

	@Test
	void withoutQuietHoursEverythingGoesAtOnce() {
		Instant night = seoul("2026-12-07T23:00:00");
		assertThat(new AdvertisingRules(false).dueAt(night)).isEqualTo(night);
	}

	@Test
	void theTitleSaysAdvertisingOnceAndTheTextEndsWithHowToRefuse() {
		assertThat(AdvertisingRules.subject("12월 교육 안내")).isEqualTo("(광고) 12월 교육 안내");
		assertThat(AdvertisingRules.subject("(광고) 12월 교육 안내")).isEqualTo("(광고) 12월 교육 안내");
		assertThat(AdvertisingRules.body("본문\n", "수신 거부: 링크")).isEqualTo("본문\n\n수신 거부: 링크").endsWith("수신 거부: 링크");
	}
}
