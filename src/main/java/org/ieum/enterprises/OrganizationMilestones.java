package org.ieum.enterprises;

import java.time.LocalDate;

/**
 * The first dates an organization (or a founding team) reached the milestones of its way, read from its stage history
 * and its designations; {@code null} where it has not reached one.
 *
 * @param founded the first move to 설립 or a later stage, or its first designation if that came earlier
 * @param designated the first move to a 지정 stage or later, or its first designation of any kind
 * @param certified the first move to 인증 or a later stage, or its first social enterprise certification
 */
public record OrganizationMilestones(long organizationId, String name, LocalDate founded, LocalDate designated,
		LocalDate certified) {
}
