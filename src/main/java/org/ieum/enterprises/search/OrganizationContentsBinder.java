package org.ieum.enterprises.search;

import static org.ieum.enterprises.search.KoreanAnalysis.KOREAN;
import static org.ieum.enterprises.search.KoreanAnalysis.KOREAN_QUERY;

import org.ieum.enterprises.DesignationStatus;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.Product;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.hibernate.Session;
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
 * Writes an organization's products, designations in force and region into its document. They
 * are read with two small queries in the indexing session because products and designations
 * refer to their organization by ID only (no association to follow); the dependency is declared
 * on the organization alone, and {@link IndexFollowsContents} covers their changes.
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
		IndexFieldReference<String> types = schema
			.field(SearchFields.TYPE, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
			.multiValued().toReference();
		IndexFieldReference<LocalDate> designatedOn = schema
			.field(SearchFields.DESIGNATED_ON, f -> f.asLocalDate().sortable(Sortable.YES))
			.toReference();
		IndexFieldReference<String> region = schema
			.field(SearchFields.REGION, f -> f.asString().aggregable(Aggregable.YES))
			.toReference();
		context.bridge(Organization.class, new Bridge(clock, products, details, types, designatedOn, region));
	}

	private record Bridge(Clock clock, IndexFieldReference<String> products, IndexFieldReference<String> details,
			IndexFieldReference<String> types, IndexFieldReference<LocalDate> designatedOn,
			IndexFieldReference<String> region) implements TypeBridge<Organization> {

		@Override
		public void write(DocumentElement target, Organization organization, TypeBridgeWriteContext context) {
			Session session = context.extension(HibernateOrmExtension.get()).session();
			for (Object[] product : session
				.createSelectionQuery("select p.name, p.description from " + Product.class.getName()
						+ " p where p.organizationId = :id order by p.id", Object[].class)
				.setParameter("id", organization.getId())
				.setQueryFlushMode(QueryFlushMode.NO_FLUSH)
				.getResultList()) {
				target.addValue(products, (String) product[0]);
				if (product[1] != null) {
					target.addValue(details, (String) product[1]);
				}
			}
			LocalDate today = Seoul.today(clock);
			TreeSet<DesignationType> held = new TreeSet<>();
			LocalDate latest = null;
			for (Object[] d : session
				.createSelectionQuery("select d.type, d.status, d.validUntil, d.designatedOn from "
						+ Designation.class.getName() + " d where d.organizationId = :id", Object[].class)
				.setParameter("id", organization.getId())
				.setQueryFlushMode(QueryFlushMode.NO_FLUSH)
				.getResultList()) {
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
	}

	static String regionKey(String sido, String sigungu) {
		return sido + " " + sigungu;
	}
}
