package org.ieum.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one full application context the PostgreSQL tests share: the real application,
 * Flyway migrations and {@code ddl-auto=validate} on the JVM's single embedded PostgreSQL
 * 15 server ({@link EmbeddedPostgresDatabase}), a mock servlet environment (the security chain needs
 * one) but no server. Use it for repository
 * queries and anything else where H2's PostgreSQL mode could differ from the real thing.
 * Like {@link IeumSpringTest}: no {@code @MockitoBean}s, or each class starts its own
 * context. The database is shared by all test classes, so tests create their own data
 * and never assume an empty table.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({ "test", "postgres-test" })
@ContextConfiguration(initializers = EmbeddedPostgresDatabase.class)
public @interface IeumPostgresTest {
}
