package org.ieum.programs.call;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;

/**
 * One applicant's application to a call, from draft to result. Every change that the
 * deadline governs asks the call, with the server's clock, whether it is still open.
 */
@Entity
@Table(name = "programs_application")
public class Application {

	public static final String FORGOTTEN_NAME = "탈퇴한 회원";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "call_id", nullable = false)
	private long callId;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(name = "applicant_key", nullable = false)
	private String applicantKey;

	@Column(name = "applicant_account_id", nullable = false)
	private long applicantAccountId;

	@Column(name = "applicant_email", nullable = false)
	private String applicantEmail;

	@Column(name = "applicant_name", nullable = false)
	private String applicantName;

	@Column(name = "organization_id")
	private Long organizationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ApplicationStatus status;

	@Column(name = "receipt_number")
	private String receiptNumber;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Eligibility eligibility;

	@Column(name = "eligibility_reason")
	private String eligibilityReason;

	@Column(name = "screened_at")
	private Instant screenedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Decision decision;

	@Column(name = "reserve_rank")
	private Integer reserveRank;

	@Column(name = "agreement_on")
	private LocalDate agreementOn;

	@Column(name = "support_amount_won")
	private Long supportAmountWon;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "programs_answer", joinColumns = @JoinColumn(name = "application_id"))
	@MapKeyColumn(name = "field_id")
	@Column(name = "answer")
	private Map<Long, String> answers = new HashMap<>();

	protected Application() {
	}

	public Application(ProgramCall call, long applicantAccountId, String applicantEmail, String applicantName,
			Long organizationId, Instant now) {
		this.callId = call.getId();
		this.centerId = call.getCenterId();
		this.applicantAccountId = applicantAccountId;
		this.applicantEmail = applicantEmail;
		this.applicantName = applicantName;
		this.organizationId = organizationId;
		this.applicantKey = keyOf(applicantAccountId, organizationId);
		this.status = ApplicationStatus.DRAFT;
		this.eligibility = Eligibility.UNSCREENED;
		this.decision = Decision.NONE;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** One application per organization (whichever manager starts it) or per founder. */
	public static String keyOf(long accountId, Long organizationId) {
		return organizationId != null ? "O" + organizationId : "A" + accountId;
	}

	public void saveAnswers(ProgramCall call, Map<Long, String> normalized, Instant now) {
		requireEditable(call, now);
		normalized.forEach((field, value) -> {
			if (value.isEmpty()) {
				answers.remove(field);
			}
			else {
				answers.put(field, value);
			}
		});
		updatedAt = now;
	}

	/** Drafts are edited, and files added or removed, only while the call is open. */
	public void requireEditable(ProgramCall call, Instant now) {
		if (status != ApplicationStatus.DRAFT) {
			throw new Refusal("programs.error.notDraft");
		}
		if (!call.acceptsAt(now)) {
			throw new Refusal("programs.error.closed");
		}
	}

	public void submit(ProgramCall call, Instant now) {
		requireEditable(call, now);
		status = ApplicationStatus.SUBMITTED;
		submittedAt = now;
		if (receiptNumber == null) {
			receiptNumber = "%d-%04d-%06d".formatted(Seoul.at(now).getYear(), callId, id);
		}
		updatedAt = now;
	}

	public void withdraw(ProgramCall call, Instant now) {
		if (status != ApplicationStatus.SUBMITTED) {
			throw new Refusal("programs.error.notSubmitted");
		}
		if (!call.acceptsAt(now)) {
			throw new Refusal("programs.error.closed");
		}
		status = ApplicationStatus.WITHDRAWN;
		updatedAt = now;
	}

	/** A withdrawn application may be taken up again as a draft while the call is open. */
	public void reopen(ProgramCall call, Instant now) {
		if (status != ApplicationStatus.WITHDRAWN) {
			return;
		}
		if (!call.acceptsAt(now)) {
			throw new Refusal("programs.error.closed");
		}
		status = ApplicationStatus.DRAFT;
		updatedAt = now;
	}

	public void screen(boolean eligible, String reason, Instant now) {
		if (status != ApplicationStatus.SUBMITTED) {
			throw new Refusal("programs.error.notSubmitted");
		}
		if (!eligible && (reason == null || reason.isBlank())) {
			throw new Refusal("programs.error.reasonRequired");
		}
		eligibility = eligible ? Eligibility.ELIGIBLE : Eligibility.INELIGIBLE;
		eligibilityReason = reason == null || reason.isBlank() ? null : reason.strip();
		screenedAt = now;
		if (!eligible) {
			decision = Decision.NONE;
			reserveRank = null;
		}
		updatedAt = now;
	}

	public void decide(Decision decision, Integer reserveRank, Instant now) {
		if (status != ApplicationStatus.SUBMITTED || eligibility != Eligibility.ELIGIBLE) {
			throw new Refusal("programs.error.notEligible");
		}
		if (decision == Decision.RESERVE && (reserveRank == null || reserveRank < 1)) {
			throw new Refusal("programs.error.reserveRank");
		}
		this.decision = decision;
		this.reserveRank = decision == Decision.RESERVE ? reserveRank : null;
		updatedAt = now;
	}

	public void agree(LocalDate agreementOn, long supportAmountWon, Instant now) {
		if (decision != Decision.AWARDED) {
			throw new Refusal("programs.error.notAwarded");
		}
		if (supportAmountWon < 0) {
			throw new Refusal("programs.error.amount");
		}
		this.agreementOn = agreementOn;
		this.supportAmountWon = supportAmountWon;
		updatedAt = now;
	}

	/**
	 * The account was deleted: its address goes, and a founder's own name with it; an
	 * organization's name is public and stays, so the call's records still add up.
	 */
	public void forgetApplicant() {
		applicantEmail = "";
		if (organizationId == null) {
			applicantName = FORGOTTEN_NAME;
		}
	}

	public boolean isSubmitted() {
		return status == ApplicationStatus.SUBMITTED;
	}

	public Long getId() {
		return id;
	}

	public long getCallId() {
		return callId;
	}

	public long getCenterId() {
		return centerId;
	}

	public long getApplicantAccountId() {
		return applicantAccountId;
	}

	public String getApplicantEmail() {
		return applicantEmail;
	}

	public String getApplicantName() {
		return applicantName;
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public ApplicationStatus getStatus() {
		return status;
	}

	public String getReceiptNumber() {
		return receiptNumber;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Eligibility getEligibility() {
		return eligibility;
	}

	public String getEligibilityReason() {
		return eligibilityReason;
	}

	public Decision getDecision() {
		return decision;
	}

	public Integer getReserveRank() {
		return reserveRank;
	}

	public LocalDate getAgreementOn() {
		return agreementOn;
	}

	public Long getSupportAmountWon() {
		return supportAmountWon;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Map<Long, String> getAnswers() {
		return Map.copyOf(answers);
	}
}
