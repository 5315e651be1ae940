package org.ieum.content.board;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.annotation.PreDestroy;

import org.ieum.shared.cluster.EveryNode;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Views of posts, counted in memory and added to the database in one transaction on a
 * schedule (and when the application stops), so reading a post costs no write. A page shows
 * the stored count plus what is still waiting. If the application stops abruptly, the views
 * of the last interval are lost: a count, not a record.
 */
@Component
public class ViewCounter {

	private final Map<Long, LongAdder> waiting = new ConcurrentHashMap<>();
	private final PostRepository posts;
	private final TransactionTemplate transaction;

	ViewCounter(PostRepository posts, PlatformTransactionManager transactions) {
		this.posts = posts;
		this.transaction = new TransactionTemplate(transactions);
	}

	public void viewed(long postId) {
		waiting.computeIfAbsent(postId, id -> new LongAdder()).increment();
	}

	/** Views of the post not yet written to the database. */
	public long waiting(long postId) {
		LongAdder adder = waiting.get(postId);
		return adder == null ? 0 : adder.sum();
	}

	/** Writes the waiting views; a failed write keeps them for the next round. */
	@EveryNode("views are counted in each node's memory")
	@Scheduled(fixedDelayString = "${ieum.content.view-flush-interval:PT30S}",
			initialDelayString = "${ieum.content.view-flush-interval:PT30S}")
	@PreDestroy
	public void flush() {
		waiting.forEach((postId, adder) -> {
			long views = adder.sumThenReset();
			if (views == 0) {
				// an idle post leaves the map; a view racing with this removal may be lost, which a count tolerates
				waiting.remove(postId, adder);
				return;
			}
			try {
				transaction.executeWithoutResult(status -> posts.addViews(postId, views));
			}
			catch (RuntimeException ex) {
				adder.add(views);
			}
		});
	}
}
