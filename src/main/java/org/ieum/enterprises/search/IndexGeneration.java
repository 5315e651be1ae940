package org.ieum.enterprises.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.backend.work.execution.OperationSubmitter;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A number that changes whenever the organization index may have changed, so remembered
 * search answers ({@link SearchAnswers}) know when they are out of date.
 *
 * <p>It is Hibernate Search's indexing-plan synchronization strategy (configured as
 * {@code bean:indexGeneration}): Hibernate Search's own write-sync behaviour, unchanged, and
 * then, once a transaction's index writes are committed, the number moves on. Moving it
 * only after the writes are visible matters: an answer computed from the old index is
 * filed under the old number and never served again. The full rebuild moves it itself.
 *
 * <p>On one node the number lives in memory. With {@code ieum.search.shared-generation=true}
 * (profile {@code cluster}) it is the row of {@code enterprises_index_generation}, which every
 * node moves and reads, so a change made on one node makes every node forget what it
 * remembered. Reading it costs a query, so a node reads it at most once per
 * {@code ieum.search.shared-generation-check} (default 500 ms): another node's change reaches
 * the remembered answers and pages within that time; the node's own change at once.
 */
@Component("indexGeneration")
class IndexGeneration implements IndexingPlanSynchronizationStrategy {

	private static final Logger log = LoggerFactory.getLogger(IndexGeneration.class);

	private final AtomicLong value = new AtomicLong();
	/** Moves the node missed on the shared row, in the high bits, so an outage never repeats a number. */
	private final AtomicLong missed = new AtomicLong();
	private volatile long row;
	private final DataSource shared;
	private final long checkNanos;
	private volatile long readAt;
	private volatile boolean stale = true;

	/** A generation in memory, for one node and for tests. */
	IndexGeneration() {
		this.shared = null;
		this.checkNanos = 0;
	}

	@Autowired
	IndexGeneration(DataSource dataSource, @Value("${ieum.search.shared-generation:false}") boolean shared,
			@Value("${ieum.search.shared-generation-check:500ms}") Duration check) {
		this.shared = shared ? dataSource : null;
		this.checkNanos = check.toNanos();
	}

	long current() {
		if (shared == null) {
			return value.get();
		}
		if (stale || System.nanoTime() - readAt >= checkNanos) {
			readShared();
		}
		return row + (missed.get() << 40);
	}

	void advance() {
		if (shared == null) {
			value.incrementAndGet();
			return;
		}
		// its own connection, committed at once: this runs after the writer's transaction has ended
		try (Connection c = shared.getConnection();
				PreparedStatement update = c.prepareStatement(
						"update enterprises_index_generation set generation = generation + 1 where id = 1")) {
			if (!c.getAutoCommit()) {
				c.setAutoCommit(true);
			}
			update.executeUpdate();
		}
		catch (SQLException ex) {
			// this node's number still moves, so it never serves an old answer; other nodes
			// learn of the change with the next one that reaches the row
			log.warn("Could not move the shared search index generation: {}", ex.getMessage());
			missed.incrementAndGet();
		}
		stale = true;
	}

	private void readShared() {
		try (Connection c = shared.getConnection();
				PreparedStatement select = c.prepareStatement(
						"select generation from enterprises_index_generation where id = 1");
				ResultSet result = select.executeQuery()) {
			if (result.next()) {
				row = result.getLong(1);
			}
			readAt = System.nanoTime();
			stale = false;
		}
		catch (SQLException ex) {
			// the database is unreachable: keep answering from what this node has, and retry next time
			log.warn("Could not read the shared search index generation: {}", ex.getMessage());
			readAt = System.nanoTime();
		}
	}

	@Override
	public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
		IndexingPlanSynchronizationStrategy.writeSync().apply(new AdvanceAfterWrites(context));
	}

	/** Passes write-sync's settings through and wraps its future handler. */
	private final class AdvanceAfterWrites implements IndexingPlanSynchronizationStrategyConfigurationContext {

		private final IndexingPlanSynchronizationStrategyConfigurationContext delegate;

		AdvanceAfterWrites(IndexingPlanSynchronizationStrategyConfigurationContext delegate) {
			this.delegate = delegate;
		}

		@Override
		public void documentCommitStrategy(DocumentCommitStrategy strategy) {
			delegate.documentCommitStrategy(strategy);
		}

		@Override
		public void documentRefreshStrategy(DocumentRefreshStrategy strategy) {
			delegate.documentRefreshStrategy(strategy);
		}

		@Override
		public void indexingFutureHandler(
				Consumer<? super CompletableFuture<? extends SearchIndexingPlanExecutionReport>> handler) {
			delegate.indexingFutureHandler(future -> {
				try {
					handler.accept(future);
				}
				finally {
					advance();
				}
			});
		}

		@Override
		public FailureHandler failureHandler() {
			return delegate.failureHandler();
		}

		@Override
		public void operationSubmitter(OperationSubmitter submitter) {
			delegate.operationSubmitter(submitter);
		}
	}
}
