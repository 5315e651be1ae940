package org.ieum.enterprises.records;

/**
 * Published inside the merge's transaction, before the duplicate is deleted, so that each feature of the module
 * carries the duplicate's rows over to the kept organization or removes them; its listeners run synchronously and a
 * failure rolls the whole merge back.
 */
public record OrganizationsMerged(long keptId, long duplicateId) {
}
