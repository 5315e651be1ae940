package org.ieum.enterprises.search;

import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.Product;

import java.util.Objects;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

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
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Products and designations hold their organization's ID, not a reference Hibernate Search
 * could follow, so a change to one of them would leave the organization's document stale.
 * This listener adds the organization (both organizations when a product or designation
 * moves in a merge) to the same transaction's indexing plan; the document is rewritten
 * with everything else at commit. Whichever service makes the change, including future ones,
 * is covered; JPQL bulk updates and plain JDBC are not, and must reindex themselves.
 */
@Component
class IndexFollowsContents implements SmartInitializingSingleton, PostInsertEventListener, PostUpdateEventListener,
		PostDeleteEventListener {

	private final EntityManagerFactory entityManagerFactory;

	IndexFollowsContents(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void afterSingletonsInstantiated() {
		// before the demo loaders and any request: both run after singletons are instantiated
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getEventListenerRegistry();
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		reindex(event.getSession(), organizationOf(event.getEntity()));
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		Long now = organizationOf(event.getEntity());
		reindex(event.getSession(), now);
		Object[] old = event.getOldState();
		if (now != null && old != null) {
			Object before = old[event.getPersister().getPropertyIndex("organizationId")];
			if (before != null && !Objects.equals(before, now)) {
				reindex(event.getSession(), (Long) before);
			}
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		reindex(event.getSession(), organizationOf(event.getEntity()));
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private static Long organizationOf(Object entity) {
		if (entity instanceof Product product) {
			return product.getOrganizationId();
		}
		if (entity instanceof Designation designation) {
			return designation.getOrganizationId();
		}
		return null;
	}

	private static void reindex(SharedSessionContractImplementor source, Long organizationId) {
		// a StatelessSession has no indexing plan; nothing in Ieum writes these entities through one
		if (organizationId != null && source instanceof Session session) {
			Search.session(session).indexingPlan().addOrUpdate(session.getReference(Organization.class, organizationId));
		}
	}
}
