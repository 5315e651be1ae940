package org.ieum.enterprises;

import java.util.Set;

/**
 * What a readiness checklist item links to in another module: the consultant who helps with a requirement (an expert
 * of the consulting module) or the course that prepares for it (education). Those modules depend on enterprises, so
 * the port is declared here and each provides one implementation for its kind; the checklist asks it before it keeps
 * an id and again to show the name.
 */
public interface ReadinessReferences {

	/** What an id of a checklist item names. */
	enum Kind {
		CONSULTANT, COURSE
	}

	/** Whether the checklist's centers may use what the id names. */
	enum Standing {
		/** It exists and the organization's center may use it. */
		USABLE,
		/** Nothing has this id. */
		UNKNOWN,
		/** It exists but belongs to no center of the organization (a consultant outside the pool, another center's course). */
		ELSEWHERE
	}

	/**
	 * What the id names, as the checklist shows it.
	 * @param label the consultant's name or the course's title; null when unknown
	 * @param staffPath the staff page about it; null when unknown
	 * @param publicPath a page the organization's managers may open, or null when there is none
	 */
	record Reference(Standing standing, String label, String staffPath, String publicPath) {

		public static Reference unknown() {
			return new Reference(Standing.UNKNOWN, null, null, null);
		}
	}

	Kind kind();

	/** What the id names, seen from the centers the organization belongs to. */
	Reference lookUp(Set<Long> centerIds, long id);
}
