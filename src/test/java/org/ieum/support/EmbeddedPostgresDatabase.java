package org.ieum.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at the one embedded PostgreSQL 15 server of this JVM. The server
 * starts on first use (so H2-only runs never pay for it) and is shared by every
 * {@link IeumPostgresTest} class, which with the same configuration share the cached
 * Spring context too.
 *
 * <p>The server stops only after the last context using it has closed: when zonky's own
 * shutdown hook raced Spring's context-closing hook, the closing context could wait for
 * the pool's 30 s connection timeout on a server that was already gone.
 *
 * <p>The zonky binaries run as root (this container and the Debian CI run as root): unlike
 * a distribution's {@code initdb} and {@code postgres}, they carry no root check.
 */
public class EmbeddedPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String DATABASE = "ieum";

	private final String database;

	public EmbeddedPostgresDatabase() {
		this(DATABASE);
	}

	/** A context on a database of its own on the same server, created empty on first use (the cluster test). */
	public EmbeddedPostgresDatabase(String database) {
		this.database = database;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		EmbeddedPostgres server = Server.acquire();
		if (!DATABASE.equals(database)) {
			Server.createIfMissing(database);
		}
		if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
			// Registered before any bean, so destroyed after all of them, the connection pool included.
			registry.registerDisposableBean(EmbeddedPostgresDatabase.class.getName(), Server::release);
		}
		else {
			Server.release();
			throw new IllegalStateException("Unexpected bean factory " + context.getBeanFactory().getClass());
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
				"spring.datasource.url", server.getJdbcUrl("postgres", database),
				"spring.datasource.username", "postgres",
				"spring.datasource.password", "")));
	}

	private static final class Server {

		private static final long EXIT_WAIT_MILLIS = 15_000;

		private static EmbeddedPostgres instance;
		private static int users;
		private static boolean hookRegistered;

		static synchronized EmbeddedPostgres acquire() {
			if (instance == null) {
				instance = start();
				if (!hookRegistered) {
					// For a JVM that exits with contexts still open: give them time to close first.
					Runtime.getRuntime().addShutdownHook(new Thread(Server::stopAtExit, "embedded-postgres-stop"));
					hookRegistered = true;
				}
			}
			users++;
			return instance;
		}

		static synchronized void createIfMissing(String database) {
			try (Connection c = instance.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
				var exists = s.executeQuery("select 1 from pg_database where datname = '" + database + "'");
				if (!exists.next()) {
					s.execute("CREATE DATABASE " + database + " TEMPLATE template0 ENCODING 'UTF8'");
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create the test database " + database, ex);
			}
		}

		static synchronized void release() {
			users--;
			if (users <= 0) {
				stop();
			}
			Server.class.notifyAll();
		}

		private static synchronized void stopAtExit() {
			long deadline = System.currentTimeMillis() + EXIT_WAIT_MILLIS;
			try {
				while (users > 0 && System.currentTimeMillis() < deadline) {
					Server.class.wait(200);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			stop();
		}

		private static void stop() {
			if (instance != null) {
				try {
					instance.close();
				}
				catch (IOException ex) {
					// Exiting anyway; zonky deletes the data directory with the server.
				}
				instance = null;
				users = 0;
			}
		}

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
					.setRegisterShutdownHook(false)
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
