package org.ieum.shared.figures;

import java.util.List;

/**
 * The statistics module's extension point: a module that has figures for the staff dashboard
 * declares a bean of this type, and {@code stats} shows what every provider returns. It lives in
 * {@code shared} so that modules contribute figures without depending on {@code stats}, which
 * reads everyone and is read by nobody.
 */
public interface FigureProvider {

	/** Figures about the centers in scope on its reference date; empty when the module has nothing to say. */
	List<FigureTable> figures(FigureScope scope);
}
