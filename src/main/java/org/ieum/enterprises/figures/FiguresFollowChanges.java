package org.ieum.enterprises.figures;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.Organization;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A version of the directory that moves whenever an organization or a designation is written
 * through JPA, so {@link DirectoryFigures} knows its cached counts are stale. It moves when the
 * change is made and again after the commit, so a reader that cached between the two cannot keep
 * the old figures.
 */
@Component
class FiguresFollowChanges implements SmartInitializingSingleton, PostInsertEventListener, PostUpdateEventListener,
		PostDeleteEventListener {

	private final EntityManagerFactory entityManagerFactory;
	private final AtomicLong version = new AtomicLong();

	FiguresFollowChanges(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	long version() {
		return version.get();
	}

	@Override
	public void afterSingletonsInstantiated() {
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getEventListenerRegistry();
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		changed(event.getEntity());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		changed(event.getEntity());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		changed(event.getEntity());
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void changed(Object entity) {
		if (!(entity instanceof Organization) && !(entity instanceof Designation)) {
			return;
		}
		version.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					version.incrementAndGet();
				}
			});
		}
	}
}
