package org.ieum.enterprises.search;

import static org.ieum.enterprises.search.OrganizationAnalysis.GRAMS;
import static org.ieum.enterprises.search.OrganizationAnalysis.GRAMS_QUERY;
import static org.ieum.enterprises.search.OrganizationAnalysis.KOREAN;
import static org.ieum.enterprises.search.OrganizationAnalysis.KOREAN_QUERY;
import static org.ieum.enterprises.search.OrganizationAnalysis.NAME_PREFIX;
import static org.ieum.enterprises.search.OrganizationAnalysis.NAME_PREFIX_QUERY;
import static org.ieum.enterprises.search.OrganizationAnalysis.SORT;

import org.ieum.enterprises.records.Organization;

import java.time.Clock;
import java.util.List;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.springframework.stereotype.Component;

/**
 * The shape of the organization index, declared here instead of with annotations on the
 * entity. Products and designations are separate aggregates that refer to their organization
 * by ID, so {@link OrganizationContentsBinder} adds them to the organization's document and
 * {@link IndexFollowsContents} reindexes the organization when they change.
 */
@Component("organizationSearchMapping")
class OrganizationSearchMapping implements HibernateOrmSearchMappingConfigurer {

	static final String INDEX = "organization";

	private final Clock clock;

	OrganizationSearchMapping(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		TypeMappingStep organization = context.programmaticMapping().type(Organization.class);
		organization.indexed().index(INDEX);
		organization.binder(new OrganizationContentsBinder(clock));
		List<Highlightable> highlight = List.of(Highlightable.ANY);
		organization.property("name")
			.fullTextField(SearchFields.NAME).analyzer(KOREAN).searchAnalyzer(KOREAN_QUERY).highlightable(highlight)
				.projectable(Projectable.YES)
			.keywordField(SearchFields.NAME_SORT).normalizer(SORT).sortable(Sortable.YES).searchable(Searchable.NO)
			.fullTextField(SearchFields.NAME_PREFIX).analyzer(NAME_PREFIX).searchAnalyzer(NAME_PREFIX_QUERY)
			.fullTextField(SearchFields.NAME_GRAMS).analyzer(GRAMS).searchAnalyzer(GRAMS_QUERY)
			.fullTextField(SearchFields.NAME_WORDS).analyzer(NAME_PREFIX_QUERY);
		organization.property("businessNumber").keywordField(SearchFields.BUSINESS_NUMBER);
		organization.property("mainBusiness")
			.fullTextField(SearchFields.MAIN_BUSINESS).analyzer(KOREAN).searchAnalyzer(KOREAN_QUERY)
				.highlightable(highlight).projectable(Projectable.YES)
			.fullTextField(SearchFields.BUSINESS_GRAMS).analyzer(GRAMS).searchAnalyzer(GRAMS_QUERY);
		organization.property("roadAddress")
			.fullTextField(SearchFields.ADDRESS).analyzer(KOREAN).searchAnalyzer(KOREAN_QUERY);
		organization.property("sido")
			.keywordField(SearchFields.SIDO).aggregable(Aggregable.YES).projectable(Projectable.YES)
			.fullTextField(SearchFields.SIDO_TEXT).analyzer(KOREAN).searchAnalyzer(KOREAN_QUERY);
		organization.property("sigungu")
			.keywordField(SearchFields.SIGUNGU).projectable(Projectable.YES)
			.fullTextField(SearchFields.SIGUNGU_TEXT).analyzer(KOREAN).searchAnalyzer(KOREAN_QUERY);
		organization.property("industry").keywordField(SearchFields.INDUSTRY).aggregable(Aggregable.YES);
		organization.property("socialPurpose").keywordField(SearchFields.PURPOSE).aggregable(Aggregable.YES);
		organization.property("status").keywordField(SearchFields.STATUS).projectable(Projectable.YES);
		organization.property("foundingTeam").genericField(SearchFields.FOUNDING_TEAM);
		organization.property("centerIds").genericField(SearchFields.CENTER).aggregable(Aggregable.YES);
	}
}
