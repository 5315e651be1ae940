package org.ieum.incubation;

import java.time.LocalDate;
import java.util.List;

/**
 * One year's intake of a center's incubation (the tenants who moved in that year), without names: an intake forms a
 * cohort.
 *
 * @param startsOn the first move-in of the year
 * @param organizationIds the organizations the tenancies were placed for
 * @param tenantAccountIds the tenants' accounts where a tenancy names no organization (a founding team's founder)
 */
public record IntakeTenants(long centerId, int year, LocalDate startsOn, int tenancies, List<Long> organizationIds,
		List<Long> tenantAccountIds) {

	public IntakeTenants {
		organizationIds = List.copyOf(organizationIds);
		tenantAccountIds = List.copyOf(tenantAccountIds);
	}
}
