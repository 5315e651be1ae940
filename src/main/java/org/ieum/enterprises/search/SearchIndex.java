package org.ieum.enterprises.search;

import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.Organization;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.ieum.shared.Seoul;
import org.ieum.shared.cluster.EveryNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upkeep of the organization index. Every committed change is indexed by Hibernate Search as
 * it happens; this class covers the rest: a first build when the index is empty (a new
 * installation, a deleted index directory, an upgrade that brought search), a rebuild on
 * request, and designations that stop being in force on a date without anyone saving anything.
 * <p>
 * The first build runs on its own thread so the application starts serving at once; until it
 * ends, the search page says the results may be incomplete (documents appear as they are built).
 */
@Component
public class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final EntityManagerFactory entityManagerFactory;
	private final EntityManager entityManager;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final IndexGeneration generation;
	private final AtomicBoolean building = new AtomicBoolean();
	private final AtomicReference<Build> lastBuild = new AtomicReference<>();

	/** When a full build ended, how long it took and how many organizations it wrote. */
	public record Build(Instant finishedAt, Duration took, long organizations, String failure) {
	}

	/** What the admin page shows. */
	public record Status(long indexed, long inDatabase, boolean building, Build lastBuild) {
	}

	SearchIndex(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
			PlatformTransactionManager transactionManager, Clock clock,
			IndexGeneration generation) {
		this.generation = generation;
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setReadOnly(true);
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void buildWhenEmpty(ApplicationReadyEvent event) {
		if (event.getSpringApplication().getWebApplicationType() == WebApplicationType.NONE) {
			// a command such as import organizations: the index belongs to the server
			return;
		}
		Status status = status();
		if (status.indexed() == 0 && status.inDatabase() > 0) {
			log.info("Search index is empty: building it for {} organizations in the background", status.inDatabase());
			rebuildInBackground();
		}
	}

	/** Starts a full rebuild unless one is running; returns whether this call started it. */
	public boolean rebuildInBackground() {
		if (!building.compareAndSet(false, true)) {
			return false;
		}
		Thread thread = new Thread(() -> {
			try {
				run();
			}
			finally {
				building.set(false);
			}
		}, "search-index-build");
		thread.setDaemon(true);
		thread.start();
		return true;
	}

	/** Rebuilds the whole index and waits for it; for the command line. */
	public Build rebuild() {
		if (!building.compareAndSet(false, true)) {
			throw new IllegalStateException("a build is already running");
		}
		try {
			return run();
		}
		finally {
			building.set(false);
		}
	}

	public boolean building() {
		return building.get();
	}

	public Status status() {
		return transactions.execute(tx -> new Status(
				Search.session(entityManager).search(Organization.class).where(f -> f.matchAll()).fetchTotalHitCount(),
				entityManager.createQuery("select count(o) from " + Organization.class.getName() + " o", Long.class)
					.getSingleResult(),
				building.get(), lastBuild.get()));
	}

	/**
	 * Designations stop being in force at midnight without any write the indexer could see:
	 * each night the organizations whose designation ended yesterday are written again, so the
	 * type facet and filter stay true.
	 */
	@EveryNode("refreshes the documents of the node's own index (a shared index takes the writes twice, harmlessly)")
	@Scheduled(cron = "0 5 0 * * *", zone = "Asia/Seoul")
	void refreshExpiredDesignations() {
		LocalDate yesterday = Seoul.today(clock).minusDays(1);
		refreshDesignationsEndedOn(yesterday);
	}

	int refreshDesignationsEndedOn(LocalDate day) {
		TransactionTemplate write = new TransactionTemplate(transactions.getTransactionManager());
		return write.execute(tx -> {
			List<Long> ids = entityManager
				.createQuery("select distinct d.organizationId from " + Designation.class.getName()
						+ " d where d.validUntil = :day", Long.class)
				.setParameter("day", day)
				.getResultList();
			SearchSession session = Search.session(entityManager);
			ids.forEach(id -> session.indexingPlan().addOrUpdate(entityManager.getReference(Organization.class, id)));
			return ids.size();
		});
	}

	private Build run() {
		long start = System.nanoTime();
		Build build;
		try (EntityManager em = entityManagerFactory.createEntityManager()) {
			Search.session(em).massIndexer(Organization.class)
				// two cores are shared with the web server: one loading thread is enough
				.threadsToLoadObjects(1)
				.batchSizeToLoadObjects(200)
				.startAndWait();
			long count = Search.session(em).search(Organization.class).where(f -> f.matchAll()).fetchTotalHitCount();
			build = new Build(Instant.now(clock), Duration.ofNanos(System.nanoTime() - start), count, null);
			log.info("Search index built: {} organizations in {} ms", count, build.took().toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			build = new Build(Instant.now(clock), Duration.ofNanos(System.nanoTime() - start), 0, "interrupted");
		}
		catch (RuntimeException e) {
			log.error("Search index build failed", e);
			build = new Build(Instant.now(clock), Duration.ofNanos(System.nanoTime() - start), 0,
					e.getClass().getSimpleName());
		}
		lastBuild.set(build);
		// the mass indexer writes past the indexing plan: remembered answers are out of date now
		generation.advance();
		return build;
	}
}
