package org.ieum.spaces;

import java.time.Duration;
import java.time.Instant;

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
 * One booking of one space. It holds the time from its start to {@code blockedUntil} (its
 * end plus the space's buffer) while PENDING or CONFIRMED; the database refuses a second
 * live reservation that overlaps it.
 */
@Entity
@Table(name = "spaces_reservation")
public class Reservation {

	/**
	 * The longest time one reservation can hold, buffer included: bookings last at most 24 hours and
	 * the buffer at most 4 (SpaceForm); the table's check constraint holds every row to it.
	 */
	static final Duration MAX_HELD = Duration.ofHours(28);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long spaceId;

	/** {@code null} once the booker deleted their account. */
	private Long accountId;

	private String bookerName;

	private String bookerEmail;

	private Instant startsAt;

	private Instant endsAt;

	private Instant blockedUntil;

	private String purpose;

	private int headcount;

	private long feeWon;

	@Enumerated(EnumType.STRING)
	private ReservationStatus status;

	/** Shared by the occurrences of one weekly request. */
	private String series;

	private String reason;

	private Instant createdAt;

	private Instant decidedAt;

	private Long decidedBy;

	/** Held for a course session of the center (a deleted member's rental looks alike otherwise). */
	private boolean heldForCourse;

	@Version
	private long version;

	protected Reservation() {
	}

	public Reservation(Space space, long accountId, String bookerName, String bookerEmail, Instant startsAt, Instant endsAt,
			String purpose, int headcount, String series, Instant now) {
		this.spaceId = space.getId();
		this.accountId = accountId;
		this.bookerName = bookerName;
		this.bookerEmail = bookerEmail;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.blockedUntil = endsAt.plus(Duration.ofMinutes(space.getBufferMinutes()));
		this.purpose = purpose;
		this.headcount = headcount;
		this.feeWon = space.feeFor(Duration.between(startsAt, endsAt).toMinutes());
		this.series = series;
		this.createdAt = now;
		this.status = space.isNeedsApproval() ? ReservationStatus.PENDING : ReservationStatus.CONFIRMED;
	}

	/**
	 * The center's own use of its room (a course session): confirmed at once, no booker
	 * account (so it is on nobody's My page and nobody cancels it there), no fee.
	 */
	static Reservation heldBy(Space space, String holder, Instant startsAt, Instant endsAt, String purpose,
			int headcount, Instant now) {
		Reservation r = new Reservation();
		r.spaceId = space.getId();
		r.bookerName = holder;
		r.bookerEmail = "-";
		r.startsAt = startsAt;
		r.endsAt = endsAt;
		r.blockedUntil = endsAt.plus(Duration.ofMinutes(space.getBufferMinutes()));
		r.purpose = purpose;
		r.headcount = headcount;
		r.feeWon = 0;
		r.createdAt = now;
		r.status = ReservationStatus.CONFIRMED;
		r.heldForCourse = true;
		return r;
	}

	boolean isHeld() {
		return heldForCourse;
	}

	/** A held time moved with the session it serves. */
	void moveTo(Instant startsAt, Instant endsAt, int bufferMinutes) {
		if (!status.holdsTime()) {
			throw new Refusal("spaces.error.state");
		}
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.blockedUntil = endsAt.plus(Duration.ofMinutes(bufferMinutes));
	}

	/** A held time given back: its session was cancelled or moved to another room. */
	void releaseHeld(Instant now) {
		this.status = ReservationStatus.CANCELLED;
		this.decidedAt = now;
	}

	void approve(long staffAccountId, Instant now) {
		requireStatus(ReservationStatus.PENDING);
		this.status = ReservationStatus.CONFIRMED;
		decided(staffAccountId, null, now);
	}

	void reject(long staffAccountId, String reason, Instant now) {
		requireStatus(ReservationStatus.PENDING);
		this.status = ReservationStatus.REJECTED;
		decided(staffAccountId, reason, now);
	}

	/** The booker withdraws before the space's deadline. */
	void cancel(Instant deadline, Instant now) {
		if (!status.holdsTime()) {
			throw new Refusal("spaces.error.state");
		}
		if (now.isAfter(deadline)) {
			throw new Refusal("spaces.error.cancelDeadline");
		}
		this.status = ReservationStatus.CANCELLED;
		this.decidedAt = now;
	}

	/** Nobody decided before it began. */
	void expire(Instant now) {
		requireStatus(ReservationStatus.PENDING);
		this.status = ReservationStatus.EXPIRED;
		this.decidedAt = now;
	}

	/** Staff saw nobody come; only for a confirmed booking that has begun. */
	void markNoShow(long staffAccountId, Instant now) {
		requireStatus(ReservationStatus.CONFIRMED);
		if (heldForCourse) {
			// the course's attendance says who came; a hold has nobody to write to
			throw new Refusal("spaces.error.state");
		}
		if (now.isBefore(startsAt)) {
			throw new Refusal("spaces.error.noShowEarly");
		}
		this.status = ReservationStatus.NO_SHOW;
		decided(staffAccountId, null, now);
	}

	void forgetBooker() {
		this.accountId = null;
		this.bookerName = "-";
		this.bookerEmail = "-";
	}

	boolean isBookedBy(long account) {
		return accountId != null && accountId == account;
	}

	private void decided(long staffAccountId, String reason, Instant now) {
		this.decidedBy = staffAccountId;
		this.decidedAt = now;
		this.reason = reason;
	}

	private void requireStatus(ReservationStatus expected) {
		if (status != expected) {
			throw new Refusal("spaces.error.state");
		}
	}

	Long getId() {
		return id;
	}

	long getSpaceId() {
		return spaceId;
	}

	String getSeries() {
		return series;
	}

	Long getAccountId() {
		return accountId;
	}

	String getBookerName() {
		return bookerName;
	}

	String getBookerEmail() {
		return bookerEmail;
	}

	Instant getStartsAt() {
		return startsAt;
	}

	Instant getEndsAt() {
		return endsAt;
	}

	Instant getBlockedUntil() {
		return blockedUntil;
	}

	String getPurpose() {
		return purpose;
	}

	int getHeadcount() {
		return headcount;
	}

	long getFeeWon() {
		return feeWon;
	}

	ReservationStatus getStatus() {
		return status;
	}

	String getReason() {
		return reason;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getDecidedAt() {
		return decidedAt;
	}
}
