/**
 * The extension point of the site search (통합검색): each module that has something a visitor
 * may look for offers it as a {@link org.ieum.shared.search.SiteSearchSource}; the search page
 * (content) asks every source and shows one tab per kind. Matches are marked with
 * {@link org.ieum.shared.search.Marks} and drawn escaped. A source with a few rows per center
 * matches the words as written through {@link org.ieum.shared.search.LikeSearch}; every search
 * index reads Korean through {@link org.ieum.shared.search.KoreanAnalyzers}.
 */
package org.ieum.shared.search;
