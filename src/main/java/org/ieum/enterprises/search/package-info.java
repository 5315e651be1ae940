/**
 * Korean full-text search over organizations: Hibernate Search with the Lucene backend and
 * the Nori analyzer, facets, highlighting, autocomplete, the public search page that is each
 * center's directory, the JSON search API and the index's upkeep (built at startup when empty,
 * rebuilt on demand by an administrator or {@code java -jar ieum.jar reindex organizations}).
 * <p>
 * The entities stay free of search annotations: {@link org.ieum.enterprises.search.OrganizationSearchMapping}
 * maps them programmatically, so the index's shape is read in one place.
 */
package org.ieum.enterprises.search;
