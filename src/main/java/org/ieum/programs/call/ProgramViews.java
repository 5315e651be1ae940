package org.ieum.programs.call;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ieum.enterprises.DesignationType;
import org.ieum.programs.CallKind;

/** What pages show; templates never receive entities. Times are Asia/Seoul local times. */
public final class ProgramViews {

	private ProgramViews() {
	}

	/** {@code announced} is false for a draft, which only the center's staff see. */
	public record CallCard(long id, long centerId, String centerSlug, String title, CallKind kind, CallStatus status,
			ApplicantType applicantType, LocalDateTime opensAt, LocalDateTime closesAt, long budgetWon,
			int awardCount, boolean announced) {
	}

	public record FieldView(long id, String label, FieldType type, boolean required, List<String> choices) {
	}

	public record CriterionView(long id, String name, int weight, int maxScore) {
	}

	public record CallView(CallCard card, String purpose, Set<DesignationType> eligibleTypes, String eligibleRegion,
			String eligibleStage, String requiredDocuments, boolean scoresVisible, boolean trimmedMean,
			List<FieldView> fields, List<FieldView> reportFields, List<CriterionView> criteria, int totalWeight) {
	}

	public record FileView(long id, long fieldId, String name, long sizeKb) {
	}

	public record ApplicationView(long id, long callId, String callTitle, String centerSlug, CallStatus callStatus,
			String applicantName, String applicantEmail, ApplicationStatus status, String receiptNumber,
			LocalDateTime submittedAt, Eligibility eligibility, String eligibilityReason, Decision decision,
			Integer reserveRank, LocalDate agreementOn, Long supportAmountWon, Map<Long, String> answers,
			Map<Long, List<FileView>> files, boolean editable, boolean withdrawable, boolean resultsPublished,
			LocalDateTime updatedAt) {
	}

	public record MyApplicationRow(long id, String callTitle, String centerSlug, long callId, String applicantName,
			ApplicationStatus status, String receiptNumber, LocalDateTime closesAt, CallStatus callStatus,
			Decision decision, boolean resultsPublished) {
	}

	/** A reviewer's scores; names are shown only to staff, never to applicants. */
	public record ReviewView(long id, String reviewerName, ReviewStatus status, Map<Long, Integer> scores, Double total) {
	}

	public record ReviewRow(long id, long applicationId, String callTitle, String applicantName, String receiptNumber,
			ReviewStatus status, LocalDateTime closesAt) {
	}

	public record RankRow(long applicationId, String applicantName, String receiptNumber, Eligibility eligibility,
			long reviewsSubmitted, long reviewsAssigned, Double score, Integer rank, Decision decision,
			Integer reserveRank) {
	}

	/** What an applicant sees of their scores when the call allows: averages per criterion and the final score. */
	public record OwnScores(List<CriterionAverage> criteria, Double score, Integer rank) {
	}

	public record CriterionAverage(String name, int maxScore, double average) {
	}
}
