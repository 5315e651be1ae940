package org.ieum.enterprises;

/** A member may now manage the organization's profile and products. */
public record ManagerApproved(long organizationId, long accountId) {
}
