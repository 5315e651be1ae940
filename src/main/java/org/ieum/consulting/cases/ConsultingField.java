package org.ieum.consulting.cases;

/** The fields experts work in and requests ask about. */
public enum ConsultingField {
	ACCOUNTING, LABOR, LEGAL, MARKETING, CERTIFICATION, STRATEGY, DESIGN, IT, FINANCE, PUBLIC_PROCUREMENT, OTHER
}
