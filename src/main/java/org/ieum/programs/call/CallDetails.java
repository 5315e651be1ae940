package org.ieum.programs.call;

import java.time.Instant;
import java.util.Set;

import org.ieum.enterprises.DesignationType;
import org.ieum.programs.CallKind;

/** What staff enter for a call; times are instants, read from Asia/Seoul local times by the form. */
public record CallDetails(CallKind kind, String title, String purpose, ApplicantType applicantType,
		Set<DesignationType> eligibleTypes, String eligibleRegion, String eligibleStage, long budgetWon, int awardCount,
		Instant opensAt, Instant closesAt, String requiredDocuments, boolean scoresVisible, boolean trimmedMean) {

	public CallDetails {
		eligibleTypes = Set.copyOf(eligibleTypes);
	}
}
