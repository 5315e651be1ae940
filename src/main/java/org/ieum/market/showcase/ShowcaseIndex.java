package org.ieum.market.showcase;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.ieum.market.catalog.Listing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every saved listing is indexed as it is committed; this rebuilds the showcase index when a server
 * starts and the index does not hold as many listings as the database (a deleted index directory,
 * listings written by plain SQL), before the listings are refreshed from the products.
 */
@Component
class ShowcaseIndex {

	private static final Logger log = LoggerFactory.getLogger(ShowcaseIndex.class);

	private final EntityManagerFactory entityManagerFactory;

	ShowcaseIndex(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void buildWhenBehind(ApplicationReadyEvent event) throws InterruptedException {
		if (event.getSpringApplication().getWebApplicationType() == WebApplicationType.NONE) {
			return;
		}
		try (EntityManager em = entityManagerFactory.createEntityManager()) {
			long indexed = Search.session(em).search(Listing.class).where(f -> f.matchAll()).fetchTotalHitCount();
			long stored = em.createQuery("select count(l) from Listing l", Long.class).getSingleResult();
			if (indexed != stored) {
				log.info("Showcase index holds {} of {} listings: rebuilding it", indexed, stored);
				Search.session(em).massIndexer(Listing.class).threadsToLoadObjects(1).purgeAllOnStart(true).startAndWait();
			}
		}
	}
}
