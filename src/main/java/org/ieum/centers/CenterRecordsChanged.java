package org.ieum.centers;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Announced (inside this module) once a transaction that wrote a center, a site or opening hours has
 * committed; nothing for one that rolls back. The entity listener that announces it is a separate
 * instance from the application's beans (JPA creates its own), so it keeps no state and only publishes.
 */
record CenterRecordsChanged() {

	@Component
	static class Listener {

		private static final Object KEY = new Object();

		private final ApplicationEventPublisher events;

		Listener(ApplicationEventPublisher events) {
			this.events = events;
		}

		@PostPersist
		@PostUpdate
		@PostRemove
		void written(Object entity) {
			if (!TransactionSynchronizationManager.isSynchronizationActive()) {
				events.publishEvent(new CenterRecordsChanged());
				return;
			}
			if (TransactionSynchronizationManager.hasResource(KEY)) {
				return;
			}
			TransactionSynchronizationManager.bindResource(KEY, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					events.publishEvent(new CenterRecordsChanged());
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
				}
			});
		}
	}
}
