package org.ieum.enterprises;

import java.util.Set;

public record OrganizationRegistered(long organizationId, String businessNumber, Set<Long> centerIds) {
}
