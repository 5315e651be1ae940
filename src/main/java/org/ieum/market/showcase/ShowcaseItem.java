package org.ieum.market.showcase;

import java.util.List;

import org.ieum.enterprises.DesignationType;

/**
 * One product or service as the showcase, its product page and the JSON API show it.
 *
 * @param priceWon null when the price is quoted (견적)
 * @param photo the photo's address, or null
 * @param category the category's names from the top down (식품 > 떡), or null
 */
public record ShowcaseItem(long id, String name, String description, Long priceWon, String photo, long organizationId,
		String organizationName, String sido, String category, String minOrder, String deliveryRegion, boolean service,
		boolean featured, List<DesignationType> designations) {
}
