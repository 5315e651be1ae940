package org.ieum.centers;

/** One place a center runs; {@code main} marks the site its portal shows first. */
public record SiteSummary(long id, long centerId, String name, String address, String phone, boolean main) {
}
