package org.ieum.shared.rooms;

/** A room a center can book for its own activities, and the site whose opening hours it keeps. */
public record Room(long id, String name, int capacity, long siteId) {
}
