package org.ieum.market.catalog;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.ProductSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the showcase in step with the products organizations publish: a new product gets a listing,
 * a changed one its new name, price or photo, one that is gone (or whose organization closed) leaves
 * the showcase. The enterprises module announces no product changes, so a server looks when it starts
 * and every few minutes ({@code ieum.market.refresh-interval}); staff pages look before they show.
 */
@Service
public class ListingRefresh {

	private static final Logger log = LoggerFactory.getLogger(ListingRefresh.class);

	private final EnterprisesApi enterprises;
	private final ListingRepository listings;
	private final Clock clock;
	private final TransactionTemplate transaction;

	ListingRefresh(EnterprisesApi enterprises, ListingRepository listings, Clock clock,
			PlatformTransactionManager transactions) {
		this.enterprises = enterprises;
		this.listings = listings;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** How many listings were added, changed and removed. */
	public record Outcome(int added, int changed, int removed) {
	}

	/** Looks at every product now, in one transaction of its own. */
	public synchronized Outcome refresh() {
		return transaction.execute(status -> compare());
	}

	private Outcome compare() {
		List<ProductSummary> products = enterprises.activeProducts();
		Map<Long, Listing> existing = new HashMap<>();
		listings.findAll().forEach(l -> existing.put(l.getProductId(), l));
		int added = 0;
		int changed = 0;
		for (ProductSummary product : products) {
			Listing listing = existing.remove(product.id());
			if (listing == null) {
				listings.save(new Listing(product, clock.instant()));
				added++;
			}
			else if (listing.copy(product, clock.instant())) {
				changed++;
			}
		}
		listings.deleteAll(existing.values());
		return new Outcome(added, changed, existing.size());
	}

	/** After the showcase index is checked, so what is refreshed here is indexed on top of it. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void atStart(ApplicationReadyEvent event) {
		if (event.getSpringApplication().getWebApplicationType() != WebApplicationType.NONE) {
			logged();
		}
	}

	@SchedulerLock(name = "market-listing-refresh")
	@Scheduled(initialDelayString = "${ieum.market.refresh-interval:5m}",
			fixedDelayString = "${ieum.market.refresh-interval:5m}")
	void everyFewMinutes() {
		logged();
	}

	private void logged() {
		Outcome outcome = refresh();
		if (outcome.added() + outcome.changed() + outcome.removed() > 0) {
			log.info("Showcase refreshed: {} added, {} changed, {} removed", outcome.added(), outcome.changed(),
					outcome.removed());
		}
	}
}
