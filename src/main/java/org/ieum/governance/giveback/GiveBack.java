package org.ieum.governance.giveback;

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

import org.ieum.shared.web.Refusal;

/**
 * A give-back project (사회적가치 환원사업) of an organization supported by a center: what it did,
 * when, for whom, and the hours given or the amount donated. Only an accepted project counts in the
 * center's figures; until then its managers may correct it.
 */
@Entity
@Table(name = "governance_giveback")
public class GiveBack {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(name = "organization_id", nullable = false)
	private long organizationId;

	@Column(name = "organization_name", nullable = false)
	private String organizationName;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String beneficiaries;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on", nullable = false)
	private LocalDate endsOn;

	@Column(nullable = false)
	private int hours;

	@Column(name = "amount_won", nullable = false)
	private long amountWon;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private GiveBackStatus status;

	@Column(name = "review_note")
	private String reviewNote;

	@Column(name = "entered_by", nullable = false)
	private long enteredBy;

	@Column(name = "entered_at", nullable = false)
	private Instant enteredAt;

	@Version
	private long version;

	protected GiveBack() {
	}

	/** A project the organization's managers report, waiting for staff review. */
	static GiveBack reported(long centerId, long organizationId, String organizationName, Details details,
			long accountId, Instant now) {
		GiveBack project = new GiveBack(centerId, organizationId, organizationName, details, accountId, now);
		project.status = GiveBackStatus.SUBMITTED;
		return project;
	}

	/** A project the center's staff enter themselves: they have checked it, so it counts at once. */
	public static GiveBack recordedByStaff(long centerId, long organizationId, String organizationName, Details details,
			long accountId, Instant now) {
		GiveBack project = new GiveBack(centerId, organizationId, organizationName, details, accountId, now);
		project.status = GiveBackStatus.ACCEPTED;
		return project;
	}

	private GiveBack(long centerId, long organizationId, String organizationName, Details details, long accountId,
			Instant now) {
		this.centerId = centerId;
		this.organizationId = organizationId;
		this.organizationName = organizationName;
		this.enteredBy = accountId;
		this.enteredAt = now;
		take(details);
	}

	/**
	 * What a project is. The last day is not before the first; it gives hours, an amount or both,
	 * never nothing.
	 */
	public record Details(String title, String beneficiaries, LocalDate startsOn, LocalDate endsOn, int hours,
			long amountWon, String description) {

		public Details {
			if (endsOn.isBefore(startsOn)) {
				throw new Refusal("governance.giveback.error.endBeforeStart");
			}
			if (hours < 0 || amountWon < 0 || (hours == 0 && amountWon == 0)) {
				throw new Refusal("governance.giveback.error.nothingGiven");
			}
		}
	}

	/** The managers correct a project staff have not accepted yet; it waits for review again. */
	void correct(Details details, long accountId, Instant now) {
		if (status == GiveBackStatus.ACCEPTED) {
			throw new Refusal("governance.giveback.error.locked");
		}
		take(details);
		this.enteredBy = accountId;
		this.enteredAt = now;
		this.status = GiveBackStatus.SUBMITTED;
	}

	void accept(String note) {
		requireSubmitted();
		this.status = GiveBackStatus.ACCEPTED;
		this.reviewNote = note;
	}

	void returnWith(String note) {
		requireSubmitted();
		this.status = GiveBackStatus.RETURNED;
		this.reviewNote = note;
	}

	private void requireSubmitted() {
		if (status != GiveBackStatus.SUBMITTED) {
			throw new Refusal("governance.giveback.error.notSubmitted");
		}
	}

	private void take(Details details) {
		this.title = details.title();
		this.beneficiaries = details.beneficiaries();
		this.startsOn = details.startsOn();
		this.endsOn = details.endsOn();
		this.hours = details.hours();
		this.amountWon = details.amountWon();
		this.description = details.description();
	}

	public Long getId() {
		return id;
	}

	public long getCenterId() {
		return centerId;
	}

	public long getOrganizationId() {
		return organizationId;
	}

	public String getOrganizationName() {
		return organizationName;
	}

	public String getTitle() {
		return title;
	}

	public String getBeneficiaries() {
		return beneficiaries;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public int getHours() {
		return hours;
	}

	public long getAmountWon() {
		return amountWon;
	}

	public String getDescription() {
		return description;
	}

	public GiveBackStatus getStatus() {
		return status;
	}

	public String getReviewNote() {
		return reviewNote;
	}
}
