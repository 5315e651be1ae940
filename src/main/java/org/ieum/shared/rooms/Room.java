package org.ieum.shared.rooms;

/** A room a center can book for its own activities. */
public record Room(long id, String name, int capacity) {
}
