package org.ieum.enterprises.search;

/** Names of the fields in the organization index, shared by the mapping and the queries. */
final class SearchFields {

	static final String NAME = "name";
	static final String NAME_SORT = "nameSort";
	static final String NAME_PREFIX = "namePrefix";
	static final String NAME_GRAMS = "nameGrams";
	static final String MAIN_BUSINESS = "mainBusiness";
	static final String ADDRESS = "address";
	static final String SIDO = "sido";
	static final String SIDO_TEXT = "sidoText";
	static final String SIGUNGU = "sigungu";
	static final String SIGUNGU_TEXT = "sigunguText";
	/** 시도 and 시군구 together, since district names repeat across provinces (중구, 동구...). */
	static final String REGION = "region";
	static final String INDUSTRY = "industry";
	static final String PURPOSE = "socialPurpose";
	static final String STATUS = "status";
	static final String CENTER = "center";
	static final String PRODUCTS = "products";
	static final String PRODUCT_DETAILS = "productDetails";
	/** Types of the designations in force on the day the document was written. */
	static final String TYPE = "type";
	/** The latest designation date among those in force, for the "recently designated" order. */
	static final String DESIGNATED_ON = "designatedOn";

	/** Full-text fields a query looks in, with how much a match there weighs. */
	static final String[] TEXT = { NAME, MAIN_BUSINESS, PRODUCTS, PRODUCT_DETAILS, ADDRESS, SIDO_TEXT, SIGUNGU_TEXT };

	private SearchFields() {
	}
}
