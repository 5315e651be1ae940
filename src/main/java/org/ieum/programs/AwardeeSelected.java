package org.ieum.programs;

import java.time.Instant;

/**
 * Published once per awardee when staff publish a call's results (reserves are not
 * awardees). Incubation listens for calls of kind {@link CallKind#INCUBATION}. A listener
 * must tolerate a repeated delivery: {@code applicationId} identifies the award.
 *
 * @param organizationId the organization the application was made for, or {@code null}
 *     for a founder's (citizen's) application
 * @param applicantName the organization's name, or the founder's display name
 */
public record AwardeeSelected(long callId, CallKind kind, long centerId, long applicationId, String receiptNumber,
		String callTitle, long applicantAccountId, Long organizationId, String applicantName, Instant publishedAt) {
}
