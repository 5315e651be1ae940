package org.ieum.enterprises;

import java.util.Set;

/**
 * An organization was registered by staff or by a list import.
 *
 * @param businessNumber normalized ten digits, or null for an organization imported from a list without numbers
 */
public record OrganizationRegistered(long organizationId, String businessNumber, Set<Long> centerIds) {
}
