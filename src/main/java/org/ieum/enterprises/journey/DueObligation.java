package org.ieum.enterprises.journey;

import java.time.LocalDate;

import org.ieum.enterprises.DesignationType;

/**
 * One obligation a designation brings, due on a Seoul calendar day. The key names it for good (designation, kind,
 * rule and date), so what people did about it (closure, reminders) is found again however often it is derived.
 *
 * @param title the duty's own title for {@link ObligationKind#DUTY}; {@code null} for the kinds named by a message
 */
record DueObligation(String key, long organizationId, long designationId, DesignationType designationType,
		String designationNumber, ObligationKind kind, String title, LocalDate dueOn) {
}
