package org.ieum.enterprises.search;

import static org.ieum.enterprises.search.OrganizationAnalysis.GRAMS;
import static org.ieum.enterprises.search.OrganizationAnalysis.GRAMS_QUERY;
import static org.ieum.enterprises.search.OrganizationAnalysis.INITIALS;
import static org.ieum.enterprises.search.OrganizationAnalysis.INITIALS_QUERY;
import static org.ieum.enterprises.search.OrganizationAnalysis.KOREAN;
import static org.ieum.enterprises.search.OrganizationAnalysis.KOREAN_QUERY;

import org.ieum.enterprises.DesignationStatus;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.Product;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.WeakHashMap;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.query.QueryFlushMode;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.ieum.shared.Seoul;

/**
 * Writes an organization's products (also as grams), designations in force, region and the
 * initial consonants of its name (초성) into its document. Products and designations are read
 * with two small queries in the indexing session because they refer to their organization by ID only (no association to follow); the dependency is declared
 * on the organization alone, and {@link IndexFollowsContents} covers their changes.
 * <p>
 * The bridge instance is shared by all sessions; the only state is the per-session prefetch of
 * a full rebuild, kept in a weak map so a closed session's entries go with it.
 */
class OrganizationContentsBinder implements TypeBinder {

	private final Clock clock;

	OrganizationContentsBinder(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().useRootOnly();
		IndexSchemaElement schema = context.indexSchemaElement();
		var text = context.typeFactory().asString().analyzer(KOREAN).searchAnalyzer(KOREAN_QUERY);
		IndexFieldReference<String> products = schema
			.field(SearchFields.PRODUCTS, text.highlightable(List.of(Highlightable.ANY)).projectable(Projectable.YES)
				.toIndexFieldType())
			.multiValued().toReference();
		IndexFieldReference<String> details = schema
			.field(SearchFields.PRODUCT_DETAILS,
					context.typeFactory().asString().analyzer(KOREAN).searchAnalyzer(KOREAN_QUERY).toIndexFieldType())
			.multiValued().toReference();
		IndexFieldReference<String> grams = schema
			.field(SearchFields.PRODUCT_GRAMS,
					context.typeFactory().asString().analyzer(GRAMS).searchAnalyzer(GRAMS_QUERY).toIndexFieldType())
			.multiValued().toReference();
		IndexFieldReference<String> initials = schema
			.field(SearchFields.INITIALS,
					context.typeFactory().asString().analyzer(INITIALS).searchAnalyzer(INITIALS_QUERY).toIndexFieldType())
			.toReference();
		IndexFieldReference<String> types = schema
			.field(SearchFields.TYPE, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
			.multiValued().toReference();
		IndexFieldReference<LocalDate> designatedOn = schema
			.field(SearchFields.DESIGNATED_ON, f -> f.asLocalDate().sortable(Sortable.YES))
			.toReference();
		IndexFieldReference<String> region = schema
			.field(SearchFields.REGION, f -> f.asString().aggregable(Aggregable.YES))
			.toReference();
		context.bridge(Organization.class, new Bridge(clock, products, details, grams, initials, types, designatedOn, region));
	}

	/** What the document needs of an organization's products and designations. */
	private record Contents(List<String> products, List<String> details, List<Object[]> designations) {

		static Contents empty() {
			return new Contents(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		}
	}

	private record Bridge(Clock clock, IndexFieldReference<String> products, IndexFieldReference<String> details,
			IndexFieldReference<String> grams, IndexFieldReference<String> initials,
			IndexFieldReference<String> types, IndexFieldReference<LocalDate> designatedOn,
			IndexFieldReference<String> region, Map<Session, Map<Long, Contents>> prefetched)
			implements TypeBridge<Organization> {

		Bridge(Clock clock, IndexFieldReference<String> products, IndexFieldReference<String> details,
				IndexFieldReference<String> grams, IndexFieldReference<String> initials,
				IndexFieldReference<String> types, IndexFieldReference<LocalDate> designatedOn,
				IndexFieldReference<String> region) {
			this(clock, products, details, grams, initials, types, designatedOn, region,
					Collections.synchronizedMap(new WeakHashMap<>()));
		}

		@Override
		public void write(DocumentElement target, Organization organization, TypeBridgeWriteContext context) {
			Session session = context.extension(HibernateOrmExtension.get()).session();
			Contents contents = contents(session, organization.getId());
			contents.products().forEach(p -> target.addValue(products, p));
			contents.details().forEach(d -> target.addValue(details, d));
			contents.products().forEach(p -> target.addValue(grams, p));
			contents.details().forEach(d -> target.addValue(grams, d));
			target.addValue(initials, SearchText.initialsOf(organization.getName()));
			LocalDate today = Seoul.today(clock);
			TreeSet<DesignationType> held = new TreeSet<>();
			LocalDate latest = null;
			for (Object[] d : contents.designations()) {
				LocalDate validUntil = (LocalDate) d[2];
				// the same rule as Designation.statusOn: past its date counts as expired
				boolean inForce = d[1] == DesignationStatus.ACTIVE && (validUntil == null || !validUntil.isBefore(today));
				if (inForce) {
					held.add((DesignationType) d[0]);
					LocalDate on = (LocalDate) d[3];
					if (on != null && (latest == null || on.isAfter(latest))) {
						latest = on;
					}
				}
			}
			held.forEach(t -> target.addValue(types, t.name()));
			target.addValue(designatedOn, latest);
			if (organization.getSido() != null && organization.getSigungu() != null) {
				target.addValue(region, regionKey(organization.getSido(), organization.getSigungu()));
			}
		}

		/**
		 * A change being committed reads its organization's contents fresh. A full rebuild (the mass
		 * indexer's sessions are read-only with manual flush, and nothing changes in them) reads them
		 * for the whole batch of organizations it loaded at once: two queries per batch, not per row.
		 */
		private Contents contents(Session session, long id) {
			if (!(session.isDefaultReadOnly() && session.getHibernateFlushMode() == FlushMode.MANUAL)) {
				return load(session, List.of(id)).getOrDefault(id, Contents.empty());
			}
			Map<Long, Contents> cache = prefetched.computeIfAbsent(session, s -> new HashMap<>());
			Contents found = cache.remove(id);
			if (found != null) {
				return found;
			}
			List<Long> batch = new ArrayList<>();
			batch.add(id);
			session.unwrap(SessionImplementor.class).getPersistenceContextInternal().getEntitiesByKey().values().stream()
				.filter(Organization.class::isInstance)
				.map(o -> ((Organization) o).getId())
				.filter(other -> other != id && !cache.containsKey(other))
				.limit(999)
				.forEach(batch::add);
			Map<Long, Contents> loaded = load(session, batch);
			batch.forEach(other -> cache.put(other, loaded.getOrDefault(other, Contents.empty())));
			return cache.remove(id);
		}

		private static Map<Long, Contents> load(Session session, List<Long> ids) {
			Map<Long, Contents> map = new HashMap<>();
			for (Object[] p : session
				.createSelectionQuery("select p.organizationId, p.name, p.description from " + Product.class.getName()
						+ " p where p.organizationId in :ids order by p.id", Object[].class)
				.setParameter("ids", ids)
				.setQueryFlushMode(QueryFlushMode.NO_FLUSH)
				.getResultList()) {
				Contents c = map.computeIfAbsent((Long) p[0], k -> Contents.empty());
				c.products().add((String) p[1]);
				if (p[2] != null) {
					c.details().add((String) p[2]);
				}
			}
			for (Object[] d : session
				.createSelectionQuery("select d.organizationId, d.type, d.status, d.validUntil, d.designatedOn from "
						+ Designation.class.getName() + " d where d.organizationId in :ids", Object[].class)
				.setParameter("ids", ids)
				.setQueryFlushMode(QueryFlushMode.NO_FLUSH)
				.getResultList()) {
				map.computeIfAbsent((Long) d[0], k -> Contents.empty()).designations()
					.add(new Object[] { d[1], d[2], d[3], d[4] });
			}
			return map;
		}
	}

	static String regionKey(String sido, String sigungu) {
		return sido + " " + sigungu;
	}
}
