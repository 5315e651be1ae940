package org.ieum.enterprises;

import java.util.List;
import java.util.Set;

/**
 * What other modules may know about an organization: public facts only.
 *
 * @param businessNumber normalized ten digits, or null for an organization imported from a list without numbers
 * @param activeDesignations the types of its designations that are currently active
 */
public record OrganizationSummary(long id, String name, String businessNumber, String sido, String sigungu,
		OrganizationStatus status, Set<Long> centerIds, List<DesignationType> activeDesignations) {
}
