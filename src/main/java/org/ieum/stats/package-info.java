/**
 * Statistics: the public figures of each center and of the whole network (rolled up the
 * center hierarchy), open data as CSV, XLSX and JSON stamped with their reference date, a
 * printable summary, and the staff dashboard that shows what every module's
 * {@link org.ieum.shared.figures.FigureProvider} contributes. It reads other modules through
 * their APIs; no module depends on it.
 * <p>
 * Cohorts ({@code stats.cohorts}): staff follow a founding academy's or an incubation intake's organizations and
 * see how many were founded, designated and certified within 1, 2 and 3 years; the counts are public figures.
 * <p>
 * Publishes no events and listens to none; depends on {@code shared}, {@code centers}, {@code enterprises}, and for
 * cohorts on {@code identity} (the staff center chooser), {@code education} and {@code incubation} through their APIs;
 * reads the other modules' figures through {@code shared.figures.FigureProvider} beans.
 */
@ApplicationModule(displayName = "Statistics", allowedDependencies = { "shared", "shared :: *", "centers", "enterprises",
		"identity", "education", "incubation" })
package org.ieum.stats;

import org.springframework.modulith.ApplicationModule;
