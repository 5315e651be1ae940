package org.ieum.programs;

import java.time.Instant;
import java.util.Set;

import org.ieum.enterprises.DesignationType;

/** What staff enter for a call; times are instants, read from Asia/Seoul local times by the form. */
record CallDetails(CallKind kind, String title, String purpose, ApplicantType applicantType,
		Set<DesignationType> eligibleTypes, String eligibleRegion, String eligibleStage, long budgetWon, int awardCount,
		Instant opensAt, Instant closesAt, String requiredDocuments, boolean scoresVisible, boolean trimmedMean) {

	CallDetails {
		eligibleTypes = Set.copyOf(eligibleTypes);
	}
}
