package org.ieum.enterprises.search;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.backend.work.execution.OperationSubmitter;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
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
 */
@Component("indexGeneration")
class IndexGeneration implements IndexingPlanSynchronizationStrategy {

	private final AtomicLong value = new AtomicLong();

	long current() {
		return value.get();
	}

	void advance() {
		value.incrementAndGet();
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
