package org.ieum.enterprises;

/** The duplicate no longer exists; anything that referred to it should now refer to the kept organization. */
public record OrganizationsMerged(long keptId, long removedId) {
}
