package org.ieum.content.gnuboard;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A Gnuboard5 database read over JDBC (MariaDB or MySQL through the MariaDB driver), read only.
 * It never selects the writer's member id, name, e-mail, password or IP address: what is not
 * read cannot leak into a public page.
 */
final class GnuboardSource implements AutoCloseable {

	/** Gnuboard's own rule for a board's table name; anything else is never put into SQL. */
	static final Pattern BO_TABLE = Pattern.compile("[A-Za-z0-9_]{1,20}");

	record G5Board(String table, String subject, String skin, List<String> categories, List<Long> notices) {
	}

	/**
	 * A row of {@code g5_write_<bo_table>}: a post, a reply to one ({@code reply} not empty) or a
	 * comment ({@code comment}, its post in {@code parent}).
	 *
	 * @param datetime {@code wr_datetime} as the database prints it, Seoul time
	 */
	record G5Row(long id, long num, String reply, long parent, boolean comment, String category, String option,
			String subject, String content, String link1, String link2, long hits, String datetime) {

		boolean html() {
			return option.contains("html1") || option.contains("html2");
		}

		boolean secret() {
			return option.contains("secret");
		}
	}

	/** An attachment: {@code file} is the stored name under {@code data/file/<bo_table>/}. */
	record G5File(long postId, int number, String source, String file) {
	}

	private final Connection connection;

	private GnuboardSource(Connection connection) {
		this.connection = connection;
	}

	static GnuboardSource open(String url, String user, String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", user);
		properties.setProperty("password", password == null ? "" : password);
		// an unreachable server is a clear error within seconds, not a hanging command
		properties.setProperty("connectTimeout", "10000");
		Connection connection = DriverManager.getConnection(url, properties);
		connection.setReadOnly(true);
		return new GnuboardSource(connection);
	}

	List<G5Board> boards() throws SQLException {
		List<G5Board> boards = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(
				"select bo_table, bo_subject, bo_skin, bo_category_list, bo_notice from g5_board order by bo_order, bo_table");
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				boards.add(new G5Board(rows.getString(1), text(rows.getString(2)), text(rows.getString(3)),
						split(rows.getString(4), "\\|"), ids(rows.getString(5))));
			}
		}
		return boards;
	}

	boolean hasWriteTable(String table) throws SQLException {
		try (ResultSet found = connection.getMetaData().getTables(connection.getCatalog(), null, "g5_write_" + table,
				new String[] { "TABLE" })) {
			return found.next();
		}
	}

	/** The board's rows in the order Gnuboard lists them from the bottom: oldest thread first, replies after their post. */
	List<G5Row> rows(String table) throws SQLException {
		requireTableName(table);
		List<G5Row> result = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("""
				select wr_id, wr_num, wr_reply, wr_parent, wr_is_comment, ca_name, wr_option, wr_subject, wr_content,
				       wr_link1, wr_link2, wr_hit, cast(wr_datetime as char)
				from g5_write_%s order by wr_num desc, wr_reply asc, wr_id asc""".formatted(table));
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				result.add(new G5Row(rows.getLong(1), rows.getLong(2), text(rows.getString(3)), rows.getLong(4),
						rows.getInt(5) != 0, text(rows.getString(6)).strip(), text(rows.getString(7)),
						text(rows.getString(8)).strip(), text(rows.getString(9)), text(rows.getString(10)).strip(),
						text(rows.getString(11)).strip(), rows.getLong(12), text(rows.getString(13))));
			}
		}
		return result;
	}

	List<G5File> files(String table) throws SQLException {
		List<G5File> files = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(
				"select wr_id, bf_no, bf_source, bf_file from g5_board_file where bo_table = ? and bf_file <> '' order by wr_id, bf_no")) {
			statement.setString(1, table);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					files.add(new G5File(rows.getLong(1), rows.getInt(2), text(rows.getString(3)), text(rows.getString(4))));
				}
			}
		}
		return files;
	}

	static void requireTableName(String table) {
		if (!BO_TABLE.matcher(table).matches()) {
			throw new IllegalArgumentException("not a Gnuboard board name: " + table);
		}
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static List<String> split(String value, String separator) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return List.of(value.split(separator)).stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

	private static List<Long> ids(String value) {
		return split(value, ",").stream().filter(s -> s.matches("[0-9]{1,18}")).map(Long::valueOf).toList();
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}
}
