/**
 * Statistics: the public figures of each center and of the whole network (rolled up the
 * center hierarchy), open data as CSV, XLSX and JSON stamped with their reference date, a
 * printable summary, and the staff dashboard that shows what every module's
 * {@link org.ieum.shared.figures.FigureProvider} contributes. It reads other modules through
 * their APIs; no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package org.ieum.stats;
