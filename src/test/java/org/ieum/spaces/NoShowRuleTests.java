package org.ieum.spaces;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Three no-shows within 90 days bar booking for 30 days after the last of them (the default settings). */
class NoShowRuleTests {

	private static final Instant DAY0 = Instant.parse("2026-03-02T01:00:00Z");

	private final NoShowRule rule = new NoShowRule(null,
			new SpacesProperties(3, Duration.ofDays(90), Duration.ofDays(30), Duration.ofHours(1), 12));

	private static Instant day(int n) {
		return DAY0.plus(Duration.ofDays(n));
	}

	@Test
	void twoNoShowsDoNotBar() {
		assertThat(rule.bannedUntil(List.of(day(0), day(1)), day(2))).isEmpty();
	}

	@Test
	void theThirdNoShowWithinTheWindowBarsForThirtyDaysAfterIt() {
		List<Instant> noShows = List.of(day(0), day(10), day(20));
		assertThat(rule.bannedUntil(noShows, day(21))).contains(day(50));
		assertThat(rule.bannedUntil(noShows, day(49))).contains(day(50));
		// the bar ends exactly thirty days after the last no-show
		assertThat(rule.bannedUntil(noShows, day(50))).isEmpty();
	}

	@Test
	void theWindowIncludesItsLastDay() {
		assertThat(rule.bannedUntil(List.of(day(0), day(45), day(90)), day(91))).contains(day(120));
		assertThat(rule.bannedUntil(List.of(day(0), day(45), day(91)), day(92))).isEmpty();
	}

	@Test
	void anyThreeConsecutiveNoShowsInsideTheWindowCountAndTheLatestBarWins() {
		// the first three are spread too far; the last three fall within 90 days
		List<Instant> noShows = List.of(day(0), day(80), day(100), day(150));
		assertThat(rule.bannedUntil(noShows, day(151))).contains(day(180));
		// four close together: the bar runs from the latest, not the first triple
		assertThat(rule.bannedUntil(List.of(day(0), day(1), day(2), day(3)), day(4))).contains(day(33));
	}

	@Test
	void aLowerLimitBarsSooner() {
		NoShowRule strict = new NoShowRule(null,
				new SpacesProperties(1, Duration.ofDays(90), Duration.ofDays(7), Duration.ofHours(1), 12));
		assertThat(strict.bannedUntil(List.of(day(0)), day(1))).isEqualTo(Optional.of(day(7)));
		assertThat(strict.bannedUntil(List.of(), day(1))).isEmpty();
	}
}
