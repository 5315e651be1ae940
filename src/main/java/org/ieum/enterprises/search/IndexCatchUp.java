package org.ieum.enterprises.search;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.ieum.enterprises.records.Organization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the organization index in step with bulk writes that bypass per-entity indexing (a
 * list import writes tens of thousands of organizations; building their documents inside its
 * transaction would hold them all in memory until the commit).
 * <p>
 * Such a writer calls {@link #exclude()} and then {@link #owe(Collection)} in its own
 * transaction: the organizations it wrote are recorded in {@code enterprises_index_debt} and
 * commit or roll back with them. {@link #settle()} indexes what is owed in batches and deletes
 * each batch's rows only after its documents are written, so a crash anywhere leaves debt
 * behind, never a gap. The server settles at start-up, every minute (a command such as
 * {@code import organizations} runs in its own process without touching the index, which the
 * server holds) and right after a web import.
 * <p>
 * At start-up it also compares the number of indexed documents with the number of
 * organizations, a cheap check, and rebuilds the index when they differ: that covers any other
 * write that bypassed indexing and recorded nothing (plain SQL, a restored backup).
 */
@Component
public class IndexCatchUp {

	private static final Logger log = LoggerFactory.getLogger(IndexCatchUp.class);

	static final int BATCH = 500;

	private final EntityManager entityManager;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final SearchIndex index;
	private final IndexGeneration generation;

	/** Set once a server (not a command) is up: only a server writes the index. */
	private volatile boolean serving;

	IndexCatchUp(EntityManager entityManager, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			SearchIndex index, IndexGeneration generation) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		// settle() also runs right after a bulk write's commit, where joining that finished
		// transaction would write nothing
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.index = index;
		this.generation = generation;
	}

	/**
	 * Within the caller's transaction, organizations (and their designations and products) are
	 * no longer indexed as they are written; the caller records what it wrote with {@link #owe}.
	 */
	public void exclude() {
		Search.session(entityManager).indexingPlanFilter(filter -> filter.exclude(Organization.class));
	}

	/** Records, in the caller's transaction, that these organizations' documents are to be rewritten. */
	public void owe(Collection<Long> organizationIds) {
		if (organizationIds.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("insert into enterprises_index_debt (organization_id) values (?)",
				organizationIds.stream().map(id -> new Object[] { id }).toList());
		settleAfterCommit();
	}

	/**
	 * On a server, what a transaction owes is indexed as soon as it commits (whoever wrote it: a
	 * web import, a service), so the directory shows it on the next page; a command leaves it to
	 * the server. Registered once per transaction.
	 */
	private void settleAfterCommit() {
		if (!serving || !TransactionSynchronizationManager.isSynchronizationActive()
				|| TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				settle();
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(IndexCatchUp.this);
			}
		});
	}

	/** How many organizations are owed. */
	public long owed() {
		Long count = jdbc.queryForObject("select count(distinct organization_id) from enterprises_index_debt", Long.class);
		return count == null ? 0 : count;
	}

	/** Indexes everything owed, a batch at a time; returns how many organizations were indexed. */
	public synchronized int settle() {
		int settled = 0;
		while (true) {
			Integer done = transactions.execute(tx -> settleBatch());
			if (done == null || done == 0) {
				break;
			}
			settled += done;
		}
		if (settled > 0) {
			// remembered search answers are out of date now
			generation.advance();
		}
		return settled;
	}

	private int settleBatch() {
		List<Long> ids = jdbc.queryForList(
				"select distinct organization_id from enterprises_index_debt order by organization_id fetch first "
						+ BATCH + " rows only",
				Long.class);
		if (ids.isEmpty()) {
			return 0;
		}
		SearchSession session = Search.session(entityManager);
		SearchIndexingPlan plan = session.indexingPlan();
		Set<Long> present = new HashSet<>(entityManager
			.createQuery("select o.id from Organization o where o.id in :ids", Long.class)
			.setParameter("ids", ids)
			.getResultList());
		for (Long id : ids) {
			if (present.contains(id)) {
				plan.addOrUpdate(entityManager.getReference(Organization.class, id));
			}
			else {
				// merged or deleted since: its document must go
				plan.purge(Organization.class, id, null);
			}
		}
		// written to the index before the rows go: a crash in between indexes them again, harmlessly
		plan.execute();
		jdbc.batchUpdate("delete from enterprises_index_debt where organization_id = ?",
				ids.stream().map(id -> new Object[] { id }).toList());
		entityManager.clear();
		return ids.size();
	}

	/** After a server start: settle what a killed process left owed, then compare counts. */
	@EventListener(ApplicationReadyEvent.class)
	void atStart(ApplicationReadyEvent event) {
		if (event.getSpringApplication().getWebApplicationType() == WebApplicationType.NONE) {
			// a command: the index belongs to the server, which settles at its next start or minute
			return;
		}
		serving = true;
		Thread thread = new Thread(this::check, "search-index-catch-up");
		thread.setDaemon(true);
		thread.start();
	}

	/** Settles debt, then rebuilds the whole index if its size still differs from the database's. */
	void check() {
		try {
			long owed = owed();
			if (owed > 0) {
				log.info("Search index owes {} organizations written by an interrupted bulk write: indexing them", owed);
				settle();
			}
			SearchIndex.Status status = index.status();
			if (status.indexed() > 0 && status.indexed() != status.inDatabase() && !status.building()) {
				log.warn("Search index holds {} organizations, the database {}: rebuilding it", status.indexed(),
						status.inDatabase());
				index.rebuildInBackground();
			}
		}
		catch (RuntimeException ex) {
			log.error("Search index catch-up failed", ex);
		}
	}

	/** A command run beside the server (or an import whose process died) leaves debt: the server takes it up. */
	@SchedulerLock(name = "enterprises-index-catch-up")
	@Scheduled(initialDelayString = "${ieum.search.catch-up-interval:1m}", fixedDelayString = "${ieum.search.catch-up-interval:1m}")
	void settleOwed() {
		if (serving && owed() > 0) {
			settle();
		}
	}
}
