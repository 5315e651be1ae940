package org.ieum.market.catalog;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.ProductSummary;
import org.ieum.enterprises.ProductsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the showcase in step with the products organizations publish: a new product gets a listing,
 * a changed one its new name, price or photo, one that is gone (or whose organization closed) leaves
 * the showcase. The enterprises module announces each committed change of an organization's products
 * ({@link ProductsChanged}) and only those organizations are compared then; a server also compares
 * everything when it starts and every {@code ieum.market.refresh-interval} (default 6 hours), which
 * catches a change a node missed (one that stopped between the commit and the announcement).
 */
@Service
public class ListingRefresh {

	private static final Logger log = LoggerFactory.getLogger(ListingRefresh.class);

	private final EnterprisesApi enterprises;
	private final ListingRepository listings;
	private final Clock clock;
	private final TransactionTemplate transaction;
	private final TransactionTemplate separately;

	ListingRefresh(EnterprisesApi enterprises, ListingRepository listings, Clock clock,
			PlatformTransactionManager transactions) {
		this.enterprises = enterprises;
		this.listings = listings;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** How many listings were added, changed and removed. */
	public record Outcome(int added, int changed, int removed) {
	}

	/** Looks at every product now, in one transaction of its own. */
	public synchronized Outcome refresh() {
		return transaction.execute(status -> compare(enterprises.activeProducts(), listings.findAll()));
	}

	/**
	 * After a committed change in the enterprises module: compares only those organizations' products,
	 * in a new transaction (the one that announced it is already committed).
	 */
	@EventListener
	public synchronized void productsChanged(ProductsChanged changed) {
		if (changed.organizationIds().isEmpty()) {
			return;
		}
		try {
			separately.execute(status -> compare(enterprises.activeProductsOf(changed.organizationIds()),
					listings.findByOrganizationIdIn(changed.organizationIds())));
		}
		catch (RuntimeException e) {
			// the change itself is committed and must not fail for the showcase's sake (another node may
			// have compared the same organization at the same moment); the next full comparison settles it
			log.warn("Showcase not refreshed for organizations {}: {}", changed.organizationIds(), e.toString());
		}
	}

	private Outcome compare(List<ProductSummary> products, List<Listing> listed) {
		Map<Long, Listing> existing = new HashMap<>();
		listed.forEach(l -> existing.put(l.getProductId(), l));
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
	@Scheduled(initialDelayString = "${ieum.market.refresh-interval:6h}",
			fixedDelayString = "${ieum.market.refresh-interval:6h}")
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
