/**
 * Space reservations (공간 예약): the rooms a center rents out, free slots after the site's opening
 * hours, reservations with optional staff approval, cancellation, no-shows, iCal feeds and
 * usage figures. The database itself refuses two live reservations of one space that
 * overlap (docs/adr/0006). Other modules read it through {@link org.ieum.spaces.SpacesApi};
 * it uses {@code identity} and {@code centers}.
 * <p>
 * Publishes no events; listens to {@link org.ieum.identity.AccountDeleted}; depends on {@code shared}, {@code
 * identity} and {@code centers}.
 */
@ApplicationModule(displayName = "Spaces", allowedDependencies = { "shared", "shared :: *", "identity", "centers" })
package org.ieum.spaces;

import org.springframework.modulith.ApplicationModule;
