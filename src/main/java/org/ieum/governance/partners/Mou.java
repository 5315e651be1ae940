package org.ieum.governance.partners;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ieum.shared.web.Refusal;

/**
 * An agreement (협약, MOU) with a partner: signed on a day, in force from a start to an end day,
 * for a purpose, renewed automatically or not, with its signed document. Staff are reminded
 * twice before it ends ({@value #EARLY_DAYS} and {@value #LATE_DAYS} days before), each once per term.
 */
@Entity
@Table(name = "governance_mou")
public class Mou {

	public static final int EARLY_DAYS = 60;
	public static final int LATE_DAYS = 14;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "partner_id", nullable = false)
	private long partnerId;

	@Column(name = "signed_on", nullable = false)
	private LocalDate signedOn;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on", nullable = false)
	private LocalDate endsOn;

	@Column(nullable = false)
	private String purpose;

	@Column(name = "auto_renewal", nullable = false)
	private boolean autoRenewal;

	@Column(nullable = false)
	private int renewals;

	@Column(name = "document_file")
	private String documentFile;

	@Column(name = "document_name")
	private String documentName;

	@Column(name = "document_type")
	private String documentType;

	@Column(name = "reminded_early_at")
	private Instant remindedEarlyAt;

	@Column(name = "reminded_late_at")
	private Instant remindedLateAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Mou() {
	}

	public Mou(long partnerId, LocalDate signedOn, LocalDate startsOn, LocalDate endsOn, String purpose,
			boolean autoRenewal, Instant now) {
		if (endsOn.isBefore(startsOn)) {
			throw new Refusal("governance.error.mouDates");
		}
		this.partnerId = partnerId;
		this.signedOn = signedOn;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.purpose = purpose;
		this.autoRenewal = autoRenewal;
		this.createdAt = now;
	}

	public void attach(String file, String name, String type) {
		this.documentFile = file;
		this.documentName = name;
		this.documentType = type;
	}

	/** Extends the agreement to a later end; the reminders start again for the new term. */
	public void renew(LocalDate newEnd) {
		if (!newEnd.isAfter(endsOn)) {
			throw new Refusal("governance.error.renewal");
		}
		this.endsOn = newEnd;
		this.renewals++;
		this.remindedEarlyAt = null;
		this.remindedLateAt = null;
	}

	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}

	/** Which reminder is due on this day, if any: the late one once within its days, else the early one. */
	public Reminder reminderDue(LocalDate today) {
		if (today.isAfter(endsOn)) {
			return null;
		}
		if (remindedLateAt == null && !today.isBefore(endsOn.minusDays(LATE_DAYS))) {
			return Reminder.LATE;
		}
		if (remindedEarlyAt == null && remindedLateAt == null && !today.isBefore(endsOn.minusDays(EARLY_DAYS))) {
			return Reminder.EARLY;
		}
		return null;
	}

	public void reminded(Reminder reminder, Instant now) {
		if (reminder == Reminder.LATE) {
			remindedLateAt = now;
		}
		else {
			remindedEarlyAt = now;
		}
	}

	public enum Reminder {
		EARLY, LATE
	}

	public Long getId() {
		return id;
	}

	public long getPartnerId() {
		return partnerId;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public String getPurpose() {
		return purpose;
	}

	public boolean isAutoRenewal() {
		return autoRenewal;
	}

	public int getRenewals() {
		return renewals;
	}

	public String getDocumentFile() {
		return documentFile;
	}

	public String getDocumentName() {
		return documentName;
	}

	public String getDocumentType() {
		return documentType;
	}
}
