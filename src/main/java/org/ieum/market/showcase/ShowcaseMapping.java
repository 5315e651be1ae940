package org.ieum.market.showcase;

import static org.ieum.market.showcase.ShowcaseAnalysis.GRAMS;
import static org.ieum.market.showcase.ShowcaseAnalysis.GRAMS_QUERY;
import static org.ieum.market.showcase.ShowcaseAnalysis.KOREAN;
import static org.ieum.market.showcase.ShowcaseAnalysis.KOREAN_QUERY;
import static org.ieum.market.showcase.ShowcaseAnalysis.SORT;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.ieum.market.catalog.Listing;
import org.springframework.stereotype.Component;

/** The shape of the showcase index, declared here so the catalog core stays free of search. */
@Component("showcaseSearchMapping")
class ShowcaseMapping implements HibernateOrmSearchMappingConfigurer {

	static final String INDEX = "market_listing";
	static final String NAME = "name";
	static final String NAME_GRAMS = "name_grams";
	static final String NAME_SORT = "name_sort";
	static final String DESCRIPTION = "description";
	static final String ORGANIZATION = "organization";
	static final String ORGANIZATION_GRAMS = "organization_grams";
	static final String SIDO = "sido";
	static final String PRICE_RANGE = "price_range";
	static final String DESIGNATIONS = "designations";
	static final String CATEGORIES = "categories";
	static final String CENTERS = "centers";
	static final String SERVICE = "service";
	static final String FEATURED = "featured";

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		TypeMappingStep listing = context.programmaticMapping().type(Listing.class);
		listing.indexed().index(INDEX);
		listing.property("name")
			.fullTextField(NAME).analyzer(KOREAN).searchAnalyzer(KOREAN_QUERY)
			.fullTextField(NAME_GRAMS).analyzer(GRAMS).searchAnalyzer(GRAMS_QUERY)
			.keywordField(NAME_SORT).normalizer(SORT).sortable(Sortable.YES).searchable(Searchable.NO);
		listing.property("description").fullTextField(DESCRIPTION).analyzer(KOREAN).searchAnalyzer(KOREAN_QUERY);
		listing.property("organizationName")
			.fullTextField(ORGANIZATION).analyzer(KOREAN).searchAnalyzer(KOREAN_QUERY)
			.fullTextField(ORGANIZATION_GRAMS).analyzer(GRAMS).searchAnalyzer(GRAMS_QUERY);
		listing.property("sido").keywordField(SIDO).aggregable(Aggregable.YES);
		listing.property("priceRange").keywordField(PRICE_RANGE).aggregable(Aggregable.YES);
		listing.property("designations").keywordField(DESIGNATIONS).aggregable(Aggregable.YES);
		listing.property("categoryPath").genericField(CATEGORIES).aggregable(Aggregable.YES);
		listing.property("centerIds").genericField(CENTERS);
		listing.property("service").genericField(SERVICE);
		listing.property("featured").genericField(FEATURED).sortable(Sortable.YES);
	}
}
