package org.ieum.content.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.ieum.content.board.Post;
import org.ieum.shared.cluster.EveryNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every saved post is indexed as it is committed; this builds the post index when it is empty
 * or holds fewer posts than the database (an installation that had posts before site search,
 * a deleted index directory, posts written by plain SQL), on its own thread after a server starts.
 * A server also compares the counts every few minutes and indexes what is missing: a command
 * such as an import runs in its own process, whose indexing cannot reach the index the server holds.
 */
@Component
class PostIndex {

	private static final Logger log = LoggerFactory.getLogger(PostIndex.class);

	private final EntityManagerFactory entityManagerFactory;

	/** Set once a server (not a command) is up: only a server writes the index. */
	private volatile boolean serving;

	PostIndex(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@EventListener(ApplicationReadyEvent.class)
	void buildWhenBehind(ApplicationReadyEvent event) {
		if (event.getSpringApplication().getWebApplicationType() == WebApplicationType.NONE) {
			return;
		}
		serving = true;
		Thread thread = new Thread(() -> buildIfBehind(true), "post-index-build");
		thread.setDaemon(true);
		thread.start();
	}

	/** Between starts only what is missing is added: the documents visitors search stay in place. */
	@EveryNode("compares this node's own post index with the database")
	@Scheduled(initialDelayString = "${ieum.content.search.index-check-interval:5m}",
			fixedDelayString = "${ieum.content.search.index-check-interval:5m}")
	void catchUp() {
		if (serving) {
			buildIfBehind(false);
		}
	}

	/**
	 * Indexes the posts the index does not hold, found by id rather than by count: a post deleted
	 * and another written since the last look leave the counts equal.
	 */
	private void addMissing(EntityManager em) {
		Set<Long> indexed = new HashSet<>(Search.session(em).search(Post.class).select(f -> f.id(Long.class))
			.where(f -> f.matchAll()).fetchAllHits());
		List<Long> missing = em.createQuery("select p.id from " + Post.class.getName() + " p", Long.class)
			.getResultList().stream().filter(id -> !indexed.contains(id)).toList();
		if (missing.isEmpty()) {
			return;
		}
		log.info("Post index misses {} posts: adding them", missing.size());
		em.getTransaction().begin();
		try {
			var plan = Search.session(em).indexingPlan();
			for (Long id : missing) {
				Post post = em.find(Post.class, id);
				if (post != null) {
					plan.addOrUpdate(post);
				}
			}
			em.getTransaction().commit();
		}
		finally {
			if (em.getTransaction().isActive()) {
				em.getTransaction().rollback();
			}
		}
	}

	synchronized void buildIfBehind(boolean mayPurge) {
		try (EntityManager em = entityManagerFactory.createEntityManager()) {
			long indexed = Search.session(em).search(Post.class).where(f -> f.matchAll()).fetchTotalHitCount();
			long stored = em.createQuery("select count(p) from " + Post.class.getName() + " p", Long.class)
				.getSingleResult();
			if (!mayPurge) {
				addMissing(em);
				return;
			}
			if (indexed == stored) {
				return;
			}
			log.info("Post index holds {} of {} posts: building it in the background", indexed, stored);
			// documents of deleted posts must go; otherwise what is indexed stays searchable while it builds
			Search.session(em).massIndexer(Post.class).threadsToLoadObjects(1).batchSizeToLoadObjects(200)
				.purgeAllOnStart(mayPurge && indexed > stored)
				.startAndWait();
			log.info("Post index built");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException e) {
			log.error("Building the post index failed", e);
		}
	}
}
