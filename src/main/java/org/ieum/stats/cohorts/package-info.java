/**
 * Cohorts: a founding academy's completers (an education course), a year's incubation intake, or organizations staff
 * put together, followed from the cohort's start. How many of its organizations were founded, designated and
 * certified by the start and within 1, 2 and 3 years is computed from the enterprises module's stage history and
 * designations ({@link org.ieum.enterprises.EnterprisesApi#milestones}), shown to the center's staff with a CSV/XLSX
 * download and published as counts (no organization names) on the public statistics pages through
 * {@link org.ieum.shared.figures.FigureProvider#publicFigures}.
 * <p>
 * Depends on the {@code enterprises}, {@code education} and {@code incubation} APIs; nothing in {@code stats} depends
 * on it.
 */
package org.ieum.stats.cohorts;
