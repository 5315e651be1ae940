/**
 * Incubation (창업보육): offices and virtual offices per site, tenancies offered when a call
 * of kind {@link org.ieum.programs.CallKind#INCUBATION} selects an awardee (it listens to
 * {@link org.ieum.programs.AwardeeSelected}), office assignment, extensions, the move-in
 * checklist, periodic tenant reports with reminders, exits and their outcomes, occupancy
 * and figures for statistics ({@link org.ieum.incubation.IncubationApi}). It uses
 * {@code programs} (its events), {@code identity}, {@code centers} and {@code shared}.
 * <p>
 * Publishes no events; listens to {@link org.ieum.programs.AwardeeSelected} and {@link
 * org.ieum.identity.AccountDeleted}; depends on {@code shared}, {@code identity}, {@code centers} and {@code
 * programs}.
 */
@ApplicationModule(displayName = "Incubation", allowedDependencies = { "shared", "shared :: *", "identity", "centers", "programs" })
package org.ieum.incubation;

import org.springframework.modulith.ApplicationModule;
