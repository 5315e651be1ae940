/**
 * Community life at a center: small groups (소모임) that members propose and staff approve, with
 * members, their own board and meetings booked in the center's rooms; and the exchange board (기업 교류)
 * where managers of organizations post offers and needs, comment, write to each other through Ieum
 * and report posts that staff moderate.
 * <p>
 * The root package is the module's API ({@link org.ieum.community.CommunityApi}). Inside, the feature
 * {@code groups}, the feature {@code exchange} and the {@code demo} data.
 * <p>
 * Publishes no events; listens to none; depends on {@code shared} (the rooms port
 * {@code shared.rooms.RoomReservations}, which {@code spaces} implements, for every meeting's room; the
 * {@code Notifier} for messages between organizations), {@code identity}, {@code centers} (opening hours
 * of the room's site) and {@code enterprises} (which organizations a person manages, to post on the
 * exchange board in their name).
 */
@ApplicationModule(displayName = "Community", allowedDependencies = { "shared", "shared :: *", "identity", "centers",
		"enterprises" })
package org.ieum.community;

import org.springframework.modulith.ApplicationModule;
