package org.ieum.content.board;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each board's number of listed posts (its own posts, not hidden and not private), kept in the
 * board's row as Gnuboard keeps {@code bo_count_write}, so that a list's "N건" does not walk every
 * post of the board ({@link PostListings#count}). An entity listener of {@link Post}: any write of
 * a post, by whichever path (staff, members, questions, the Gnuboard import, the demo), notes its
 * board, and when that transaction commits, after Hibernate's last flush and before the database
 * commits, the board's number is counted again from the posts themselves, in the same transaction. A recount rather than plus and minus, so a number can never
 * drift; writes are rare next to reads.
 */
@Component
public class BoardCounts {

	private static final Object KEY = new Object();

	private final EntityManager entities;

	BoardCounts(EntityManager entities) {
		this.entities = entities;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void postWritten(Post post) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		@SuppressWarnings("unchecked")
		Set<Long> boards = (Set<Long>) TransactionSynchronizationManager.getResource(KEY);
		if (boards == null) {
			Set<Long> touched = new LinkedHashSet<>();
			TransactionSynchronizationManager.bindResource(KEY, touched);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
				}
			});
			// Hibernate runs this after its own last flush at the commit, which may be where this
			// write happens (a changed post is written then), and still in the transaction
			entities.unwrap(SessionImplementor.class)
				.getActionQueue()
				.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) session -> {
					for (Long board : List.copyOf(touched)) {
						recount(session, board);
					}
				});
			boards = touched;
		}
		boards.add(post.getBoardId());
	}

	/** Counts a board's listed posts again; for posts written with plain SQL (bulk loads, benchmarks). */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recount(long boardId) {
		entities.flush();
		recountNow(boardId);
	}

	private void recountNow(long boardId) {
		recount(entities.unwrap(SessionImplementor.class), boardId);
	}

	private static void recount(SharedSessionContractImplementor session, long boardId) {
		session.createNativeQuery("update content_board set listed_posts = (select count(*) from content_post p"
				+ " where p.board_id = :board and p.hidden = false and p.private_post = false) where id = :board")
			.setParameter("board", boardId)
			.addSynchronizedEntityClass(Board.class)
			.executeUpdate();
	}
}
