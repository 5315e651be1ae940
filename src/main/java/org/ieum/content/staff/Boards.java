package org.ieum.content.staff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.ieum.content.board.Board;
import org.ieum.content.board.BoardKind;
import org.ieum.content.board.BoardRepository;
import org.ieum.content.board.PostPages;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Staff set up their center's boards: create them, rename them, order them in the menu and
 * switch them on or off. The network's own boards are the system administrators'.
 */
@Service
@Transactional
public class Boards {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
	private static final int MAX_CATEGORIES = 20;

	private final BoardRepository boards;
	private final PostPages pages;
	private final Clock clock;

	Boards(BoardRepository boards, PostPages pages, Clock clock) {
		this.boards = boards;
		this.pages = pages;
		this.clock = clock;
	}

	/** 403 unless the current user manages the center's boards. */
	public static void requireManager(long centerId) {
		if (centerId == Board.NETWORK) {
			Authorities.requireSystemAdmin();
		}
		else {
			Authorities.requireCenterStaff(centerId);
		}
	}

	@Transactional(readOnly = true)
	public List<Board> of(long centerId) {
		requireManager(centerId);
		return boards.findByCenterIdOrderByPositionAscIdAsc(centerId);
	}

	@Transactional(readOnly = true)
	public Board toManage(long boardId) {
		Board board = boards.findById(boardId).orElseThrow(() -> Refusal.notFound("content.error.noBoard"));
		requireManager(board.getCenterId());
		return board;
	}

	/** A new board at the end of the menu; a member board (자유게시판) starts switched off. */
	public Board create(long centerId, BoardKind kind, String name, String slug, String description, String categories) {
		requireManager(centerId);
		if (kind == null) {
			throw new Refusal("content.error.boardKind");
		}
		String cleanSlug = slug == null ? "" : slug.strip();
		if (!SLUG.matcher(cleanSlug).matches()) {
			throw new Refusal("content.error.boardSlug");
		}
		if (boards.existsByCenterIdAndSlug(centerId, cleanSlug)) {
			throw new Refusal("content.error.boardSlugTaken");
		}
		int position = boards.findByCenterIdOrderByPositionAscIdAsc(centerId).stream()
			.mapToInt(Board::getPosition).max().orElse(0) + 1;
		Board board = new Board(centerId, cleanSlug, kind, checkedName(name), description, categoryList(categories),
				position, clock.instant());
		if (kind == BoardKind.FREE) {
			board.switchOff();
		}
		forgetMenuAfterCommit(centerId);
		return boards.save(board);
	}

	public void describe(long boardId, String name, String description, String categories) {
		Board board = toManage(boardId);
		board.describe(checkedName(name), description, categoryList(categories));
		forgetMenuAfterCommit(board.getCenterId());
	}

	public void switchOn(long boardId) {
		Board board = toManage(boardId);
		board.switchOn();
		forgetMenuAfterCommit(board.getCenterId());
	}

	public void switchOff(long boardId) {
		Board board = toManage(boardId);
		board.switchOff();
		forgetMenuAfterCommit(board.getCenterId());
	}

	/** Moves the board one place up ({@code -1}) or down ({@code 1}) in its center's menu. */
	public void move(long boardId, int step) {
		Board board = toManage(boardId);
		List<Board> order = new ArrayList<>(boards.findByCenterIdOrderByPositionAscIdAsc(board.getCenterId()));
		int at = order.indexOf(board);
		int to = at + Integer.signum(step);
		if (to < 0 || to >= order.size()) {
			return;
		}
		order.set(at, order.get(to));
		order.set(to, board);
		for (int i = 0; i < order.size(); i++) {
			order.get(i).moveTo(i + 1);
		}
		forgetMenuAfterCommit(board.getCenterId());
	}

	private static String checkedName(String name) {
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty() || clean.length() > 100) {
			throw new Refusal("content.error.boardName");
		}
		return clean;
	}

	static List<String> categoryList(String categories) {
		List<String> list = categories == null ? List.of()
				: Arrays.stream(categories.split("[\\n,]")).map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
		if (list.size() > MAX_CATEGORIES || list.stream().anyMatch(c -> c.length() > 50)) {
			throw new Refusal("content.error.categories");
		}
		return list;
	}

	private void forgetMenuAfterCommit(long centerId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			pages.forgetMenu(centerId);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				pages.forgetMenu(centerId);
			}
		});
	}
}
