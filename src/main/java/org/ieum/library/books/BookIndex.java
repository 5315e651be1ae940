package org.ieum.library.books;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Searching the catalogue, and its upkeep: every saved book is indexed as it is committed; when
 * the index is empty but books exist (a new installation, a deleted index directory) it is built
 * once in the background.
 */
@Component
public class BookIndex {

	static final String INDEX = "library_book";
	static final String TITLE = "title";
	static final String TITLE_GRAMS = "title_grams";
	static final String AUTHORS = "authors";
	static final String AUTHORS_GRAMS = "authors_grams";
	static final String SUBJECT = "subject";
	static final String CENTER = "center";

	private static final Logger log = LoggerFactory.getLogger(BookIndex.class);

	/** The ids of one page of books found, best first, and how many were found in all. */
	public record Found(long total, List<Long> ids) {
	}

	private final EntityManager entityManager;
	private final EntityManagerFactory entityManagerFactory;
	private final TransactionTemplate readOnly;

	BookIndex(EntityManager entityManager, EntityManagerFactory entityManagerFactory,
			PlatformTransactionManager transactions) {
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Books of the center whose title, authors or subject hold every word of the query. */
	public Found search(long centerId, String query, int offset, int limit) {
		SearchResult<Long> result = Search.session(entityManager).search(Book.class)
			.select(f -> f.id(Long.class))
			.where(f -> f.bool()
				.must(f.or(
						f.simpleQueryString().field(TITLE).boost(3f).field(AUTHORS).boost(2f).field(SUBJECT)
							.matching(query).defaultOperator(BooleanOperator.AND).toPredicate(),
						f.simpleQueryString().field(TITLE_GRAMS).boost(2f).field(AUTHORS_GRAMS).matching(query)
							.defaultOperator(BooleanOperator.AND).toPredicate()))
				.filter(f.match().field(CENTER).matching(centerId)))
			.fetch(offset, limit);
		return new Found(result.total().hitCount(), result.hits());
	}

	@EventListener(ApplicationReadyEvent.class)
	void buildWhenEmpty(ApplicationReadyEvent event) {
		if (event.getSpringApplication().getWebApplicationType() == WebApplicationType.NONE) {
			return;
		}
		boolean empty = Boolean.TRUE.equals(readOnly.execute(tx -> Search.session(entityManager).search(Book.class)
			.where(f -> f.matchAll()).fetchTotalHitCount() == 0
				&& entityManager.createQuery("select count(b) from Book b", Long.class).getSingleResult() > 0));
		if (!empty) {
			return;
		}
		Thread thread = new Thread(() -> {
			try (EntityManager em = entityManagerFactory.createEntityManager()) {
				Search.session(em).massIndexer(Book.class).threadsToLoadObjects(1).batchSizeToLoadObjects(200)
					.startAndWait();
				log.info("Library catalogue index built");
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException e) {
				log.error("Library catalogue index build failed", e);
			}
		}, "library-index-build");
		thread.setDaemon(true);
		thread.start();
	}
}
