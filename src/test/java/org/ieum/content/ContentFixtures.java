package org.ieum.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.jdbc.core.JdbcTemplate;

/** People and files for the content tests, which share one database with the demo network. */
public final class ContentFixtures {

	public static final String PASSWORD = "ieum2026!";

	private final JdbcTemplate jdbc;

	public ContentFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long centerId(String slug) {
		return jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, slug);
	}

	public long accountId(String email) {
		return jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
	}

	public long boardId(String centerSlug, String boardSlug) {
		return jdbc.queryForObject("select id from content_board where center_id = ? and slug = ?", Long.class,
				centerId(centerSlug), boardSlug);
	}

	/** An account of the tests' own with the demo password; CENTER_STAFF is granted at {@code centerSlug}. */
	public long person(String email, String name, String role, String centerSlug) {
		if (jdbc.queryForObject("select count(*) from identity_account where email = ?", Integer.class, email) == 0) {
			jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at) "
					+ "select ?, password_hash, ?, 'ACTIVE', current_timestamp from identity_account where email = ?",
					email, name, "admin@ieum.example");
			jdbc.update("insert into identity_role_grant (account_id, role, center_id, granted_at) values (?, ?, ?, current_timestamp)",
					accountId(email), role, "CENTER_STAFF".equals(role) ? centerId(centerSlug) : null);
		}
		return accountId(email);
	}

	public static byte[] pdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
