package org.ieum.shared.figures;

import java.time.Year;
import java.util.List;
import java.util.Set;

/**
 * The statistics module's extension point: a module that has figures for the staff dashboard
 * declares a bean of this type, and {@code stats} shows what every provider returns. It lives in
 * {@code shared} so that modules contribute figures without depending on {@code stats}, which
 * reads everyone and is read by nobody.
 */
public interface FigureProvider {

	/** Figures about the centers in scope on its reference date; empty when the module has nothing to say. */
	List<FigureTable> figures(FigureScope scope);

	/**
	 * Figures about the centers over one whole calendar year (1 January to 31 December, Seoul), for
	 * the center's yearly performance report: what happened in that year, or the state on its last
	 * day where a figure is a state (offices occupied). Dashboard figures about the days ahead
	 * (terms or designations ending soon) do not belong here. Empty by default, so a provider that
	 * has nothing to report for a year need not say so, and an empty list is an honest "no records".
	 */
	default List<FigureTable> yearFigures(Set<Long> centerIds, Year year) {
		return List.of();
	}

	/**
	 * Figures a center publishes on its public statistics pages (and their downloads and API) for the centers in
	 * scope on the reference date: whole numbers only (rows with decimals are left out there) and nothing that names
	 * a person or an organization. Empty by default: dashboard figures are for staff unless a module says otherwise.
	 */
	default List<FigureTable> publicFigures(FigureScope scope) {
		return List.of();
	}
}
