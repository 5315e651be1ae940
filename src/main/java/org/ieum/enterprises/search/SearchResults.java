package org.ieum.enterprises.search;

import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.OrganizationStatus;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * One page of found organizations with the facet counts of the whole result.
 *
 * @param hits the page, in the pager's shape
 * @param facets counts per facet, in display order
 * @param indexing true while the index is being built for the first time, so results may be incomplete
 * @param suggestion words that find something when the typed ones found nothing ("did you mean"), or null
 */
public record SearchResults(Page<Hit> hits, List<Facet> facets, boolean indexing, String suggestion) {

	/** The object particle that follows the suggestion in Korean (을 or 를). */
	public String suggestionParticle() {
		return SearchText.objectParticle(suggestion);
	}

	/**
	 * A found organization. {@code nameHtml} and {@code snippetHtml} are HTML-escaped text where
	 * only the matched words are wrapped in {@code <mark>}.
	 */
	public record Hit(long id, String name, String nameHtml, String snippetHtml, String sido, String sigungu,
			OrganizationStatus status, List<DesignationType> designations) {
	}

	/** A facet: the parameter it sets and its values with counts. */
	public record Facet(String param, String titleKey, List<FacetValue> values) {
	}

	/**
	 * @param value what goes in the URL
	 * @param label text to show when there is no message key (place and center names)
	 * @param labelKey message key of the label for coded values
	 */
	public record FacetValue(String value, String label, String labelKey, long count, boolean selected) {
	}
}
