package org.ieum.shared.figures;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the figures are about: a set of centers (a center and those below it, for a roll-up)
 * and the reference date (기준일자) in Asia/Seoul.
 */
public record FigureScope(Set<Long> centerIds, LocalDate asOf) {

	public FigureScope {
		centerIds = Set.copyOf(centerIds);
	}
}
