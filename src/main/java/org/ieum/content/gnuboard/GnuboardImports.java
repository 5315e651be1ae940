package org.ieum.content.gnuboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.ieum.content.board.Board;
import org.ieum.content.board.BoardKind;
import org.ieum.content.board.BoardRepository;
import org.ieum.content.board.ContentFiles;
import org.ieum.content.board.Post;
import org.ieum.content.board.PostAttachment;
import org.ieum.content.board.PostAttachmentRepository;
import org.ieum.content.board.PostContent;
import org.ieum.content.board.PostPages;
import org.ieum.content.board.PostRepository;
import org.ieum.content.board.RichText;
import org.ieum.content.gnuboard.GnuboardReport.BoardLine;
import org.ieum.content.gnuboard.GnuboardSource.G5Board;
import org.ieum.content.gnuboard.GnuboardSource.G5File;
import org.ieum.content.gnuboard.GnuboardSource.G5Row;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a Gnuboard5 site's boards into a center: each board into a board of the center (made
 * here unless the operator mapped it onto one), its posts and replies as posts with their
 * dates, order, categories, pinned notices and view counts, comments as comments, attachments
 * through the same checks as an upload. Bodies are sanitized like any post; secret posts stay
 * private (only the center's staff read them); no Gnuboard member's name or e-mail is copied,
 * posts show the center as their author. Everything happens in one transaction: a failed read
 * writes nothing, and a dry run is the same run rolled back (files are checked, not stored).
 * Each row brought over is remembered by board and {@code wr_id}, so a second run adds only
 * what is new.
 */
@Service
class GnuboardImports {

	static final String ORIGIN = "gnuboard:";

	private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);
	private static final Pattern STORED_NAME = Pattern.compile("[^/\\\\]{1,255}");
	private static final int TITLE_LENGTH = 200;
	private static final int CATEGORY_LENGTH = 50;
	private static final int MAX_CATEGORIES = 20;
	private static final int COMMENT_LENGTH = 2000;
	private static final int CLEAR_EVERY = 200;

	/**
	 * What the operator asked for.
	 *
	 * @param map Gnuboard table to a kind word or the address of one of the center's boards
	 * @param files Gnuboard's {@code data/file} directory, or {@code null} to leave attachments behind
	 * @param host the old site's host name, for old links, or {@code null}
	 */
	record Request(long centerId, String centerSlug, Map<String, String> map, Path files, String host, boolean dryRun) {
	}

	private final BoardRepository boards;
	private final PostRepository posts;
	private final PostAttachmentRepository attachments;
	private final ContentFiles files;
	private final PostPages pages;
	private final JdbcTemplate jdbc;
	private final EntityManager entities;
	private final TransactionTemplate transaction;
	private final MessageSource messages;
	private final Clock clock;

	GnuboardImports(BoardRepository boards, PostRepository posts, PostAttachmentRepository attachments,
			ContentFiles files, PostPages pages, JdbcTemplate jdbc, EntityManager entities,
			PlatformTransactionManager transactions, MessageSource messages, Clock clock) {
		this.boards = boards;
		this.posts = posts;
		this.attachments = attachments;
		this.files = files;
		this.pages = pages;
		this.jdbc = jdbc;
		this.entities = entities;
		this.transaction = new TransactionTemplate(transactions);
		this.messages = messages;
		this.clock = clock;
	}

	/** Runs the import; {@link GnuboardRefused} when it cannot, and then nothing was written. */
	GnuboardReport run(Request request, GnuboardSource source) {
		GnuboardReport report;
		try {
			report = transaction.execute(status -> {
				try {
					GnuboardReport done = new Run(request, source).all();
					if (request.dryRun()) {
						status.setRollbackOnly();
					}
					return done;
				}
				catch (SQLException ex) {
					throw new GnuboardRefused("gnuboard.error.read", ex.getMessage());
				}
			});
		}
		finally {
			pages.forgetMenu(request.centerId());
		}
		return report;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.KOREAN);
	}

	/** One run: what it has seen and made so far. */
	private final class Run {

		private final Request request;
		private final GnuboardSource source;
		private final Instant now = clock.instant();
		private final List<String> skipped = new ArrayList<>();
		private int filesNotCopied;
		private int written;

		Run(Request request, GnuboardSource source) {
			this.request = request;
			this.source = source;
		}

		GnuboardReport all() throws SQLException {
			List<G5Board> found = source.boards();
			Set<String> tables = new HashSet<>();
			found.forEach(b -> tables.add(b.table()));
			for (Map.Entry<String, String> mapped : request.map().entrySet()) {
				if (!tables.contains(mapped.getKey())) {
					throw new GnuboardRefused("gnuboard.error.mapNoBoard", mapped.getKey());
				}
				if (boards.findByCenterIdAndSlug(request.centerId(), mapped.getValue()).isEmpty()
						&& BoardKinds.named(mapped.getValue()).isEmpty()) {
					throw new GnuboardRefused("gnuboard.error.mapTarget", mapped.getKey(), mapped.getValue());
				}
			}
			List<BoardLine> lines = new ArrayList<>();
			for (G5Board board : found) {
				lines.add(board(board));
			}
			return new GnuboardReport(lines, skipped, filesNotCopied, request.dryRun());
		}

		private BoardLine board(G5Board g5) throws SQLException {
			if (!GnuboardSource.BO_TABLE.matcher(g5.table()).matches() || !source.hasWriteTable(g5.table())) {
				skipped.add(text("gnuboard.skipped.board", g5.table(), text("gnuboard.reason.noWriteTable", g5.table())));
				return new BoardLine(g5.table(), g5.subject(), null, null, false, 0, 0, 0, 1, 0);
			}
			String table = g5.table();
			List<G5Row> rows = source.rows(table);
			List<G5File> g5Files = source.files(table);
			Target target = target(g5, !g5Files.isEmpty());
			Board board = target.board();
			Map<Long, Remembered> remembered = remembered(table);
			Set<Long> ids = new HashSet<>();
			rows.forEach(r -> ids.add(r.id()));
			Map<Long, List<G5File>> filesOf = new HashMap<>();
			g5Files.forEach(f -> filesOf.computeIfAbsent(f.postId(), id -> new ArrayList<>()).add(f));
			Set<Long> notices = new HashSet<>(g5.notices());
			Map<Long, Long> postIds = new HashMap<>();
			remembered.forEach((wrId, r) -> {
				if (r.commentId() == 0) {
					postIds.put(wrId, r.postId());
				}
			});
			int newPosts = 0;
			int newComments = 0;
			int newFiles = 0;
			int existing = 0;
			int skippedBefore = skipped.size();
			for (G5Row row : rows) {
				if (row.comment()) {
					continue;
				}
				if (remembered.containsKey(row.id())) {
					existing++;
					continue;
				}
				Optional<String> problem = problemOf(row, ids);
				Instant date = dateOf(row.datetime());
				if (problem.isEmpty() && date == null) {
					problem = Optional.of(text("gnuboard.reason.date", row.datetime()));
				}
				if (problem.isPresent()) {
					skipped.add(text("gnuboard.skipped.row", table, String.valueOf(row.id()), problem.get()));
					continue;
				}
				Post post = posts.save(Post.imported(board, content(row, date, notices.contains(row.id()), board),
						row.secret(), Math.max(0, row.hits()), ORIGIN + table, String.valueOf(row.id())));
				remember(table, row.id(), post.getId(), 0);
				postIds.put(row.id(), post.getId());
				newPosts++;
				newFiles += attach(table, row.id(), post.getId(), filesOf.getOrDefault(row.id(), List.of()));
				tidy();
			}
			for (G5Row row : rows) {
				if (!row.comment()) {
					continue;
				}
				if (remembered.containsKey(row.id())) {
					existing++;
					continue;
				}
				Optional<String> problem = commentProblem(row, ids, postIds);
				Instant date = dateOf(row.datetime());
				if (problem.isEmpty() && date == null) {
					problem = Optional.of(text("gnuboard.reason.date", row.datetime()));
				}
				if (problem.isPresent()) {
					skipped.add(text("gnuboard.skipped.row", table, String.valueOf(row.id()), problem.get()));
					continue;
				}
				long postId = postIds.get(row.parent());
				long commentId = comment(postId, row, date);
				remember(table, row.id(), postId, commentId);
				newComments++;
			}
			rememberBoard(table, board.getId());
			return new BoardLine(table, board.getName(), board.getKind(),
					PostPages.boardPath(request.centerSlug(), board.getSlug()), target.created(), newPosts, newComments,
					newFiles, skipped.size() - skippedBefore, existing);
		}

		private Optional<String> problemOf(G5Row row, Set<Long> ids) {
			if (row.subject().isBlank()) {
				return Optional.of(text("gnuboard.reason.noSubject"));
			}
			if (row.parent() != 0 && row.parent() != row.id() && !ids.contains(row.parent())) {
				return Optional.of(text("gnuboard.reason.noParent", String.valueOf(row.parent())));
			}
			return Optional.empty();
		}

		private Optional<String> commentProblem(G5Row row, Set<Long> ids, Map<Long, Long> postIds) {
			if (!ids.contains(row.parent())) {
				return Optional.of(text("gnuboard.reason.noParent", String.valueOf(row.parent())));
			}
			if (!postIds.containsKey(row.parent())) {
				return Optional.of(text("gnuboard.reason.parentSkipped", String.valueOf(row.parent())));
			}
			if (commentText(row).isBlank()) {
				return Optional.of(text("gnuboard.reason.emptyComment"));
			}
			return Optional.empty();
		}

		private PostContent content(G5Row row, Instant date, boolean pinned, Board board) {
			String body = row.html() ? row.content() : RichText.plain(row.content()).html();
			StringBuilder html = new StringBuilder(body);
			for (String link : List.of(row.link1(), row.link2())) {
				if (link.startsWith("http://") || link.startsWith("https://")) {
					String shown = escape(link);
					html.append("<p><a href=\"").append(shown).append("\">").append(shown).append("</a></p>");
				}
			}
			String category = row.category().isEmpty() ? null : cut(row.category(), CATEGORY_LENGTH);
			return new PostContent(cut(row.subject(), TITLE_LENGTH), RichText.of(html.toString()), category,
					pinned && board.getKind() != BoardKind.QNA, date, null, null, null);
		}

		private int attach(String table, long wrId, long postId, List<G5File> rowFiles) {
			if (rowFiles.isEmpty()) {
				return 0;
			}
			if (request.files() == null) {
				filesNotCopied += rowFiles.size();
				return 0;
			}
			int copied = 0;
			for (G5File file : rowFiles) {
				String shownName = file.source().isBlank() ? file.file() : file.source();
				Optional<String> problem = Optional.empty();
				Path path = null;
				if (!STORED_NAME.matcher(file.file()).matches() || file.file().equals("..") || file.file().equals(".")) {
					problem = Optional.of(text("gnuboard.reason.fileName"));
				}
				else {
					path = request.files().resolve(table).resolve(file.file());
					if (!Files.isRegularFile(path)) {
						problem = Optional.of(text("gnuboard.reason.fileMissing", path.toString()));
					}
				}
				if (problem.isEmpty()) {
					try {
						if (Files.size(path) > files.maxBytes()) {
							throw new Refusal("content.error.fileTooLarge", shownName, files.maxBytes() / (1024 * 1024));
						}
						byte[] bytes = Files.readAllBytes(path);
						if (request.dryRun()) {
							files.check(shownName, bytes);
						}
						else {
							attachments.save(new PostAttachment(postId, files.store(shownName, bytes), copied, now));
						}
						copied++;
					}
					catch (Refusal ex) {
						problem = Optional.of(messages.getMessage(ex.messageKey(), ex.args(), Locale.KOREAN));
					}
					catch (IOException ex) {
						problem = Optional.of(text("gnuboard.reason.fileUnreadable", String.valueOf(path), ex.getMessage()));
					}
				}
				problem.ifPresent(p -> skipped.add(text("gnuboard.skipped.file", table, String.valueOf(wrId), String.valueOf(file.number()), shownName, p)));
			}
			return copied;
		}

		private long comment(long postId, G5Row row, Instant date) {
			String author = text("gnuboard.commenter");
			String body = cut(commentText(row), COMMENT_LENGTH);
			GeneratedKeyHolder key = new GeneratedKeyHolder();
			jdbc.update(connection -> {
				PreparedStatement insert = connection.prepareStatement(
						"insert into content_comment (post_id, account_id, author_name, body, hidden, created_at) values (?, 0, ?, ?, ?, ?)",
						new String[] { "id" });
				insert.setLong(1, postId);
				insert.setString(2, author);
				insert.setString(3, body);
				// a secret comment was for the writer and the board's managers: staff still see it
				insert.setBoolean(4, row.secret());
				insert.setTimestamp(5, Timestamp.from(date));
				return insert;
			}, key);
			return key.getKeyAs(Number.class).longValue();
		}

		private String commentText(G5Row row) {
			return RichText.of(row.content()).text().strip();
		}

		private record Target(Board board, boolean created) {
		}

		private Target target(G5Board g5, boolean hasFiles) {
			List<Long> known = jdbc.queryForList(
					"select board_id from content_gnuboard_board where center_id = ? and bo_table = ?", Long.class,
					request.centerId(), g5.table());
			Optional<Board> earlier = known.isEmpty() ? Optional.empty() : boards.findById(known.get(0));
			if (earlier.isPresent()) {
				return new Target(earlier.get(), false);
			}
			String mapped = request.map().get(g5.table());
			if (mapped != null) {
				Optional<Board> existing = boards.findByCenterIdAndSlug(request.centerId(), mapped);
				if (existing.isPresent()) {
					return new Target(existing.get(), false);
				}
			}
			BoardKind kind = mapped != null ? BoardKinds.named(mapped).orElseThrow()
					: BoardKinds.guess(g5.table(), g5.subject(), g5.skin(), hasFiles);
			String base = BoardKinds.slugOf(g5.table());
			String slug = base;
			for (int n = 2; boards.existsByCenterIdAndSlug(request.centerId(), slug); n++) {
				slug = base + "-" + n;
			}
			int position = boards.findByCenterIdOrderByPositionAscIdAsc(request.centerId())
				.stream()
				.mapToInt(Board::getPosition)
				.max()
				.orElse(0) + 1;
			String name = cut(g5.subject().isBlank() ? g5.table() : g5.subject().strip(), 100);
			List<String> categories = g5.categories()
				.stream()
				.map(c -> cut(c, CATEGORY_LENGTH))
				.distinct()
				.limit(MAX_CATEGORIES)
				.toList();
			Board board = boards.save(new Board(request.centerId(), slug, kind, name, null, categories, position, now));
			return new Target(board, true);
		}

		private record Remembered(long postId, long commentId) {
		}

		private Map<Long, Remembered> remembered(String table) {
			Map<Long, Remembered> found = new LinkedHashMap<>();
			jdbc.query("select wr_id, post_id, comment_id from content_gnuboard_row where center_id = ? and bo_table = ?",
					rs -> {
						found.put(rs.getLong(1), new Remembered(rs.getLong(2), rs.getLong(3)));
					}, request.centerId(), table);
			return found;
		}

		private void remember(String table, long wrId, long postId, long commentId) {
			jdbc.update(
					"insert into content_gnuboard_row (center_id, bo_table, wr_id, post_id, comment_id) values (?, ?, ?, ?, ?)",
					request.centerId(), table, wrId, postId, commentId);
		}

		private void rememberBoard(String table, long boardId) {
			String host = request.host() == null ? null : request.host().toLowerCase(Locale.ROOT);
			int updated = jdbc.update(
					"update content_gnuboard_board set board_id = ?, old_host = coalesce(?, old_host), imported_at = ? where center_id = ? and bo_table = ?",
					boardId, host, Timestamp.from(now), request.centerId(), table);
			if (updated == 0) {
				jdbc.update(
						"insert into content_gnuboard_board (center_id, bo_table, board_id, old_host, imported_at) values (?, ?, ?, ?, ?)",
						request.centerId(), table, boardId, host, Timestamp.from(now));
			}
		}

		/** Keeps the persistence context small on boards of thousands of posts. */
		private void tidy() {
			if (++written % CLEAR_EVERY == 0) {
				entities.flush();
				entities.clear();
			}
		}
	}

	/** {@code wr_datetime} in Seoul time as an instant; {@code null} for Gnuboard's zero date or anything unreadable. */
	static Instant dateOf(String datetime) {
		try {
			LocalDateTime local = LocalDateTime.parse(datetime.strip(), DATETIME);
			return local.getYear() < 1990 ? null : local.atZone(Seoul.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String cut(String text, int length) {
		String clean = text.strip();
		return clean.length() <= length ? clean : clean.substring(0, length);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;");
	}
}
