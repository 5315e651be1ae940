package org.ieum.incubation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ieum.programs.AwardeeSelected;
import org.ieum.shared.web.Refusal;

/**
 * One awardee's (or staff-recorded tenant's) place in incubation, from the offer to the exit.
 * It holds a seat of its office only while ACTIVE; the version keeps two staff from acting
 * on the same tenancy at once.
 */
@Entity
@Table(name = "incubation_tenancy")
public class Tenancy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(name = "call_id")
	private Long callId;

	@Column(name = "application_id")
	private Long applicationId;

	@Column(name = "receipt_number")
	private String receiptNumber;

	@Column(name = "call_title")
	private String callTitle;

	@Column(name = "tenant_account_id")
	private Long tenantAccountId;

	@Column(name = "organization_id")
	private Long organizationId;

	@Column(name = "tenant_name", nullable = false)
	private String tenantName;

	@Column(name = "contact_email")
	private String contactEmail;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TenancyStatus status;

	@Column(name = "offered_at", nullable = false)
	private Instant offeredAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "office_id")
	private Long officeId;

	@Column(name = "seat_no")
	private Integer seatNo;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	@Column(name = "monthly_fee_won", nullable = false)
	private long monthlyFeeWon;

	@Column(name = "employees_at_move_in")
	private Integer employeesAtMoveIn;

	@Enumerated(EnumType.STRING)
	@Column(name = "exit_outcome")
	private ExitOutcome exitOutcome;

	@Column(name = "exited_on")
	private LocalDate exitedOn;

	@Column(name = "exit_note")
	private String exitNote;

	@Version
	private long version;

	protected Tenancy() {
	}

	/** The offer a published selection makes: the awardee accepts or declines it. */
	static Tenancy offer(AwardeeSelected event, Instant now) {
		Tenancy t = new Tenancy();
		t.centerId = event.centerId();
		t.callId = event.callId();
		t.applicationId = event.applicationId();
		t.receiptNumber = clip(event.receiptNumber(), 40);
		t.callTitle = clip(event.callTitle(), 200);
		t.tenantAccountId = event.applicantAccountId();
		t.organizationId = event.organizationId();
		t.tenantName = event.applicantName() == null || event.applicantName().isBlank() ? "-"
				: clip(event.applicantName(), 200);
		t.status = TenancyStatus.OFFERED;
		t.offeredAt = now;
		return t;
	}

	/** A tenant staff record themselves (selected before Ieum, or outside a call): already accepted. */
	public static Tenancy recorded(long centerId, String tenantName, Long accountId, String contactEmail, Instant now) {
		Tenancy t = new Tenancy();
		t.centerId = centerId;
		t.tenantName = tenantName;
		t.tenantAccountId = accountId;
		t.contactEmail = contactEmail;
		t.status = TenancyStatus.ACCEPTED;
		t.offeredAt = now;
		t.decidedAt = now;
		return t;
	}

	void accept(String email, Instant now) {
		require(TenancyStatus.OFFERED);
		this.status = TenancyStatus.ACCEPTED;
		this.decidedAt = now;
		if (email != null) {
			this.contactEmail = email;
		}
	}

	/** Declining is possible until an office is assigned. */
	void decline(Instant now) {
		if (status != TenancyStatus.OFFERED && status != TenancyStatus.ACCEPTED) {
			throw new Refusal("incubation.error.state");
		}
		this.status = TenancyStatus.DECLINED;
		this.decidedAt = now;
	}

	public void assign(long officeId, int seatNo, LocalDate startsOn, LocalDate endsOn, long monthlyFeeWon,
			Integer employeesAtMoveIn, LocalDate latestEnd) {
		require(TenancyStatus.ACCEPTED);
		checkEnd(startsOn, endsOn, latestEnd);
		this.officeId = officeId;
		this.seatNo = seatNo;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.monthlyFeeWon = monthlyFeeWon;
		this.employeesAtMoveIn = employeesAtMoveIn;
		this.status = TenancyStatus.ACTIVE;
	}

	/** Moves the end date later, but never past {@code latestEnd} (the configured maximum length). */
	LocalDate extendTo(LocalDate newEnd, LocalDate latestEnd) {
		require(TenancyStatus.ACTIVE);
		if (!newEnd.isAfter(endsOn)) {
			throw new Refusal("incubation.error.extensionNotLater");
		}
		checkEnd(startsOn, newEnd, latestEnd);
		LocalDate previous = endsOn;
		this.endsOn = newEnd;
		return previous;
	}

	public void end(ExitOutcome outcome, LocalDate on, String note) {
		require(TenancyStatus.ACTIVE);
		if (on.isBefore(startsOn)) {
			throw new Refusal("incubation.error.exitBeforeStart");
		}
		this.status = TenancyStatus.ENDED;
		this.exitOutcome = outcome;
		this.exitedOn = on;
		this.exitNote = note;
		// the seat is free again; office_id stays as the record of where the tenant was
		this.seatNo = null;
	}

	void changeFee(long monthlyFeeWon) {
		require(TenancyStatus.ACTIVE);
		this.monthlyFeeWon = monthlyFeeWon;
	}

	/** When the tenant deletes their account: the record stays for the center's figures, without the person. */
	void forgetTenant(String anonymousName) {
		this.tenantAccountId = null;
		this.contactEmail = null;
		if (organizationId == null) {
			this.tenantName = anonymousName;
		}
	}

	/** The last day the tenancy runs: the exit date once ended, else the end date. */
	LocalDate lastDay() {
		return exitedOn != null ? exitedOn : endsOn;
	}

	boolean inResidenceOn(LocalDate day) {
		return status == TenancyStatus.ACTIVE && !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}

	boolean belongsTo(long accountId) {
		return tenantAccountId != null && tenantAccountId == accountId;
	}

	/** The event comes from another module: a value longer than the column must not make its delivery fail forever. */
	private static String clip(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	private static void checkEnd(LocalDate startsOn, LocalDate endsOn, LocalDate latestEnd) {
		if (endsOn.isBefore(startsOn)) {
			throw new Refusal("incubation.error.endBeforeStart");
		}
		if (endsOn.isAfter(latestEnd)) {
			throw new Refusal("incubation.error.tooLong", latestEnd);
		}
	}

	private void require(TenancyStatus expected) {
		if (status != expected) {
			throw new Refusal("incubation.error.state");
		}
	}

	public Long getId() {
		return id;
	}

	long getCenterId() {
		return centerId;
	}

	Long getCallId() {
		return callId;
	}

	Long getApplicationId() {
		return applicationId;
	}

	String getReceiptNumber() {
		return receiptNumber;
	}

	String getCallTitle() {
		return callTitle;
	}

	Long getTenantAccountId() {
		return tenantAccountId;
	}

	Long getOrganizationId() {
		return organizationId;
	}

	String getTenantName() {
		return tenantName;
	}

	String getContactEmail() {
		return contactEmail;
	}

	TenancyStatus getStatus() {
		return status;
	}

	Instant getOfferedAt() {
		return offeredAt;
	}

	Instant getDecidedAt() {
		return decidedAt;
	}

	Long getOfficeId() {
		return officeId;
	}

	Integer getSeatNo() {
		return seatNo;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	long getMonthlyFeeWon() {
		return monthlyFeeWon;
	}

	Integer getEmployeesAtMoveIn() {
		return employeesAtMoveIn;
	}

	ExitOutcome getExitOutcome() {
		return exitOutcome;
	}

	LocalDate getExitedOn() {
		return exitedOn;
	}

	String getExitNote() {
		return exitNote;
	}
}
