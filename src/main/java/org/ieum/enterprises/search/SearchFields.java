package org.ieum.enterprises.search;

/** Names of the fields in the organization index, shared by the mapping and the queries. */
final class SearchFields {

	static final String NAME = "name";
	static final String NAME_SORT = "nameSort";
	static final String NAME_PREFIX = "namePrefix";
	static final String NAME_GRAMS = "nameGrams";
	/** The name's words as written (whitespace only), a source of "did you mean" suggestions. */
	static final String NAME_WORDS = "nameWords";
	/** The initial consonants (초성) of the name's syllables. */
	static final String INITIALS = "initials";
	/** The ten digits of the business number. */
	static final String BUSINESS_NUMBER = "businessNumber";
	static final String MAIN_BUSINESS = "mainBusiness";
	static final String BUSINESS_GRAMS = "mainBusinessGrams";
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
	/** True for a founding team (예비창업팀) not yet founded: never found by a public search. */
	static final String FOUNDING_TEAM = "foundingTeam";
	static final String CENTER = "center";
	static final String PRODUCTS = "products";
	static final String PRODUCT_DETAILS = "productDetails";
	/** Product names and descriptions as two-letter grams. */
	static final String PRODUCT_GRAMS = "productGrams";
	/** Types of the designations in force on the day the document was written. */
	static final String TYPE = "type";
	/** The latest designation date among those in force, for the "recently designated" order. */
	static final String DESIGNATED_ON = "designatedOn";

	/** Fields whose terms "did you mean" offers instead of a word that finds nothing. */
	static final String[] SUGGESTED = { NAME, NAME_WORDS, MAIN_BUSINESS, PRODUCTS };

	private SearchFields() {
	}
}
