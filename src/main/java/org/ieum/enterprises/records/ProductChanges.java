package org.ieum.enterprises.records;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.ieum.enterprises.ProductsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An entity listener of {@link Product}, {@link Organization} and {@link Designation}: whichever path
 * writes them (a manager's profile, staff, the import, a merge, the demo), the organizations touched in
 * a transaction are announced once with {@link ProductsChanged} after it commits. Nothing is announced
 * for a transaction that rolls back.
 */
@Component
public class ProductChanges {

	private static final Object KEY = new Object();

	private final ApplicationEventPublisher events;

	ProductChanges(ApplicationEventPublisher events) {
		this.events = events;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void written(Object entity) {
		Long organizationId = null;
		if (entity instanceof Product product) {
			organizationId = product.getOrganizationId();
		}
		else if (entity instanceof Organization organization) {
			organizationId = organization.getId();
		}
		else if (entity instanceof Designation designation) {
			organizationId = designation.getOrganizationId();
		}
		if (organizationId == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		@SuppressWarnings("unchecked")
		Set<Long> touched = (Set<Long>) TransactionSynchronizationManager.getResource(KEY);
		if (touched == null) {
			Set<Long> ids = new LinkedHashSet<>();
			TransactionSynchronizationManager.bindResource(KEY, ids);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					events.publishEvent(new ProductsChanged(ids));
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
				}
			});
			touched = ids;
		}
		touched.add(organizationId);
	}
}
