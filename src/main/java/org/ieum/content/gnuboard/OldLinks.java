package org.ieum.content.gnuboard;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.content.board.Board;
import org.ieum.content.board.BoardRepository;
import org.ieum.content.board.PostPages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an old Gnuboard address ({@code /bbs/board.php?bo_table=X&wr_id=N}) lives now. When
 * several centers imported a board of that name, the one whose old site host matches the
 * request's host wins; otherwise the most recent import. A comment's address leads to its post.
 */
@Service
@Transactional(readOnly = true)
class OldLinks {

	private final JdbcTemplate jdbc;
	private final BoardRepository boards;
	private final CentersApi centers;

	OldLinks(JdbcTemplate jdbc, BoardRepository boards, CentersApi centers) {
		this.jdbc = jdbc;
		this.boards = boards;
		this.centers = centers;
	}

	private record Imported(long centerId, long boardId, String host, Instant at) {
	}

	/** The new address of the board or post, or empty when it was never imported. */
	Optional<String> find(String host, String table, String wrId) {
		if (table == null || !GnuboardSource.BO_TABLE.matcher(table).matches()) {
			return Optional.empty();
		}
		boolean post = wrId != null && !wrId.isBlank();
		if (post && !wrId.strip().matches("[0-9]{1,18}")) {
			return Optional.empty();
		}
		List<Imported> imported = jdbc.query(
				"select center_id, board_id, old_host, imported_at from content_gnuboard_board where bo_table = ? order by imported_at desc, center_id",
				(rs, n) -> new Imported(rs.getLong(1), rs.getLong(2), rs.getString(3),
						rs.getTimestamp(4).toInstant()),
				table);
		if (imported.isEmpty()) {
			return Optional.empty();
		}
		String requestHost = host == null ? "" : host.toLowerCase(Locale.ROOT);
		Imported chosen = imported.stream()
			.filter(i -> i.host() != null && sameHost(i.host(), requestHost))
			.findFirst()
			.orElse(imported.get(0));
		Optional<Board> board = boards.findById(chosen.boardId()).filter(Board::isEnabled);
		Optional<String> slug = centers.findById(chosen.centerId()).map(CenterSummary::slug);
		if (board.isEmpty() || slug.isEmpty()) {
			return Optional.empty();
		}
		String path = PostPages.boardPath(slug.get(), board.get().getSlug());
		if (!post) {
			return Optional.of(path);
		}
		List<Long> postIds = jdbc.queryForList(
				"select post_id from content_gnuboard_row where center_id = ? and bo_table = ? and wr_id = ?", Long.class,
				chosen.centerId(), table, Long.parseLong(wrId.strip()));
		return postIds.isEmpty() ? Optional.empty() : Optional.of(path + "/" + postIds.get(0));
	}

	/** {@code example.or.kr} and {@code www.example.or.kr} are the same site. */
	static boolean sameHost(String stored, String requested) {
		return strip(stored).equals(strip(requested));
	}

	private static String strip(String host) {
		return host.startsWith("www.") ? host.substring(4) : host;
	}
}
