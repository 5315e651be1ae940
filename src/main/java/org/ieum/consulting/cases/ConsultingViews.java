package org.ieum.consulting.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the consulting pages show; templates never receive entities. */
public final class ConsultingViews {

	private ConsultingViews() {
	}

	/** An expert proposed for a request, with the facts behind the rank in words. */
	public record Suggestion(long expertId, String name, String affiliation, double score, int openCases, Double averageRating,
			boolean shared, List<String> reasons) {
	}

	public record ExpertView(long id, long centerId, String centerName, String name, String email, String affiliation,
			String career, List<ConsultingField> fields, String days, String availabilityNote, long hourlyFeeWon,
			boolean active, boolean linkedAccount) {
	}

	public record AgreementView(long id, String ownerName, String partnerName, LocalDate validFrom, LocalDate validUntil,
			LocalDate endedOn, String note, boolean inForce, boolean owned) {
	}

	public record AttachmentView(long id, Long sessionId, String fileName, long sizeBytes) {
	}

	public record SessionView(long id, Instant startsAt, Instant endsAt, int minutes, SessionMode mode, SessionStatus status,
			String content, String nextSteps, String overrideReason, String overrideByName, Instant overrideAt,
			List<AttachmentView> attachments) {
	}

	/** How much of the yearly budget the request's organization (or founder) has used. */
	public record Budget(int year, int hoursAllowed, long minutesUsed) {

		public long minutesLeft() {
			return Math.max(0, hoursAllowed * 60L - minutesUsed);
		}

		public String hoursUsed() {
			return hours(minutesUsed);
		}

		public String hoursLeft() {
			return hours(minutesLeft());
		}

		public static String hours(long minutes) {
			return minutes % 60 == 0 ? String.valueOf(minutes / 60)
					: BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1,
							RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
		}
	}

	public record RequestView(long id, long centerId, String centerName, RequestKind kind, ConsultingField field, String title,
			String description, String preferredDays, String preferredTimes, int people, RequestStatus status,
			String clientName, String clientEmail, String organizationName, Long expertId, String expertName,
			String expertAffiliation, String declineNote, String resolution, Integer rating, String ratingComment,
			Instant createdAt, List<SessionView> sessions, List<AttachmentView> attachments, Budget budget) {

		public boolean rateable() {
			return (status == RequestStatus.COMPLETED || status == RequestStatus.RESOLVED) && rating == null;
		}

		public boolean withdrawable() {
			return status == RequestStatus.SUBMITTED || status == RequestStatus.ASSIGNED;
		}

		public boolean inProgress() {
			return status == RequestStatus.IN_PROGRESS;
		}
	}

	/** One line of a list of requests. */
	public record RequestRow(long id, String centerName, RequestKind kind, ConsultingField field, String title,
			RequestStatus status, String clientName, String expertName, boolean shared, Instant createdAt,
			Integer rating) {
	}
}
