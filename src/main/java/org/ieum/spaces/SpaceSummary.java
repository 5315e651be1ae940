package org.ieum.spaces;

/** What other modules may know about a space. */
public record SpaceSummary(long id, long centerId, long siteId, String name, SpaceKind kind, int capacity,
		boolean active) {
}
