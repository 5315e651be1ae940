/**
 * Statistics: the public figures of each center and of the whole network (rolled up the
 * center hierarchy), open data as CSV, XLSX and JSON stamped with their reference date, a
 * printable summary, and the staff dashboard that shows what every module's
 * {@link org.ieum.shared.figures.FigureProvider} contributes. It reads other modules through
 * their APIs; no module depends on it.
 * <p>
 * Publishes no events and listens to none; depends on {@code shared}, {@code centers} and {@code enterprises}, and
 * reads the other modules' figures through {@code shared.figures.FigureProvider} beans.
 */
@ApplicationModule(displayName = "Statistics", allowedDependencies = { "shared", "shared :: *", "centers", "enterprises" })
package org.ieum.stats;

import org.springframework.modulith.ApplicationModule;
