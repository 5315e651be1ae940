package org.ieum.shared;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.ieum.shared.mail.OutboxMessage;
import org.ieum.shared.mail.OutboxMessages;
import org.ieum.shared.mail.OutboxView;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What H2's PostgreSQL mode cannot prove: every migration runs on a real PostgreSQL 15, the
 * entities match the schema it produced ({@code ddl-auto=validate} would have stopped the
 * context), and data written through JPA comes back intact, Korean text included.
 */
@IeumPostgresTest
class PostgresMigrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	Flyway flyway;

	@Autowired
	Environment environment;

	@Autowired
	MailOutbox mailOutbox;

	@Autowired
	OutboxMessages outboxMessages;

	@Test
	void runsOnRealPostgresql() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
			assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(15);
		}
		assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
	}

	@Test
	void everyMigrationIsApplied() throws IOException {
		var resolver = new PathMatchingResourcePatternResolver();
		int shipped = resolver.getResources("classpath:db/migration/V*.sql").length
				+ resolver.getResources("classpath:db/vendor/postgresql/V*.sql").length;

		assertThat(flyway.info().pending()).as("pending migrations").isEmpty();
		assertThat(flyway.info().applied())
			.filteredOn(m -> m.getVersion() != null)
			.hasSize(shipped)
			.allSatisfy(m -> assertThat(m.getState().isFailed()).as(describe(m)).isFalse());
	}

	@Test
	void queuedMailIsStoredAndReadBack() {
		String recipient = "pg-" + UUID.randomUUID() + "@example.org";

		mailOutbox.queueNow(recipient, "교육 신청이 접수되었습니다", "안녕하세요.\n사회적경제 기초 교육 신청이 접수되었습니다.");

		assertThat(outboxMessages.list(recipient, PageRequest.of(0, 10)).getContent())
			.singleElement()
			.satisfies(m -> {
				assertThat(m.recipient()).isEqualTo(recipient);
				assertThat(m.subject()).isEqualTo("교육 신청이 접수되었습니다");
				assertThat(m.body()).isEqualTo("안녕하세요.\n사회적경제 기초 교육 신청이 접수되었습니다.");
				assertThat(m.status()).isEqualTo(OutboxMessage.Status.PENDING);
				assertThat(m.createdAt()).isNotNull();
			});
		assertThat(outboxMessages.list(recipient.toUpperCase(), PageRequest.of(0, 10)).getContent())
			.as("recipient search ignores case on PostgreSQL too")
			.extracting(OutboxView::recipient)
			.containsExactly(recipient);
	}

	private static String describe(MigrationInfo m) {
		return "V" + m.getVersion() + " " + m.getDescription() + ": " + m.getState();
	}
}
