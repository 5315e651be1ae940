/**
 * Community life at a center: small groups (소모임) that members propose and staff approve, with
 * members, their own board and meetings booked in the center's rooms.
 * <p>
 * The root package is the module's API ({@link org.ieum.community.CommunityApi}). Inside, the feature
 * {@code groups} and the {@code demo} data.
 * <p>
 * Publishes no events; listens to none; depends on {@code shared} (the rooms port
 * {@code shared.rooms.RoomReservations}, which {@code spaces} implements, for every meeting's room),
 * {@code identity} and {@code centers} (opening hours of the room's site).
 */
@ApplicationModule(displayName = "Community", allowedDependencies = { "shared", "shared :: *", "identity", "centers" })
package org.ieum.community;

import org.springframework.modulith.ApplicationModule;
