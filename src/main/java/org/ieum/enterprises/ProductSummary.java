package org.ieum.enterprises;

import java.util.List;
import java.util.Set;

/**
 * What other modules may know about a product or service an organization publishes, with the public
 * facts of its organization that a showcase lists beside it.
 *
 * @param priceWon the price in won, or null when the product is quoted (견적)
 * @param hasPhoto whether {@code /organizations/photos/{id}} answers with a photo
 */
public record ProductSummary(long id, long organizationId, String name, String description, Long priceWon,
		boolean hasPhoto, String organizationName, String sido, Set<Long> centerIds,
		List<DesignationType> activeDesignations) {
}
