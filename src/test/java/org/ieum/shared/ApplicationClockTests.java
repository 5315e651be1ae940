package org.ieum.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An instant the application takes from its clock comes back from the database exactly as it went in, so a row
 * written "due now" is due when asked with the same instant (the JDK's clock reads nanoseconds; the database keeps
 * microseconds and rounds).
 */
@IeumSpringTest
class ApplicationClockTests {

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void instantsOfTheClockSurviveTheDatabaseUnchanged() {
		for (int i = 0; i < 200; i++) {
			Instant now = clock.instant();
			assertThat(now.getNano() % 1_000).isZero();
			Timestamp back = jdbc.queryForObject("select cast(? as timestamp with time zone)", Timestamp.class,
					Timestamp.from(now));
			assertThat(back.toInstant()).isEqualTo(now);
		}
	}
}
