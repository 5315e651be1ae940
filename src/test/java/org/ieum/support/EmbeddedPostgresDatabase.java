package org.ieum.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at the one embedded PostgreSQL 15 server of this JVM. The server
 * starts on first use (so H2-only runs never pay for it) and stops when the JVM exits, so
 * every {@link IeumPostgresTest} class shares it and, with the same configuration, the
 * cached Spring context too.
 *
 * <p>The zonky binaries run as root here (the Debian CI container runs as root): they
 * carry no root check, unlike a stock {@code initdb}/{@code postgres}.
 */
public class EmbeddedPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String DATABASE = "ieum";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		EmbeddedPostgres server = Server.INSTANCE;
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
				"spring.datasource.url", server.getJdbcUrl("postgres", DATABASE),
				"spring.datasource.username", "postgres",
				"spring.datasource.password", "")));
	}

	/** The JDBC URL of the shared server's test database, for tests that need a raw connection. */
	public static String jdbcUrl() {
		return Server.INSTANCE.getJdbcUrl("postgres", DATABASE);
	}

	/** Holder idiom: the JVM starts the server once, on first access, thread-safely. */
	private static final class Server {

		static final EmbeddedPostgres INSTANCE = start();

		private static EmbeddedPostgres start() {
			try {
				EmbeddedPostgres server = EmbeddedPostgres.builder()
					// Durability is pointless for a throw-away test cluster and costs seconds of fsync.
					.setServerConfig("fsync", "off")
					.setServerConfig("synchronous_commit", "off")
					.setServerConfig("full_page_writes", "off")
					.setServerConfig("timezone", "UTC")
					.setLocaleConfig("encoding", "UTF8")
					.setLocaleConfig("locale", "C.UTF-8")
					.setRegisterShutdownHook(true)
					.start();
				try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
					s.execute("CREATE DATABASE " + DATABASE + " TEMPLATE template0 ENCODING 'UTF8'");
				}
				return server;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Embedded PostgreSQL did not start", ex);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create the test database on embedded PostgreSQL", ex);
			}
		}
	}
}
