package org.ieum.market.fairs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A market or fair a center runs on one day: where, how many booths, the fee, and when organizations may apply. */
@Entity
@Table(name = "market_fair")
class Fair {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(nullable = false, length = 100)
	private String title;

	@Column(name = "fair_date", nullable = false)
	private LocalDate fairDate;

	@Column(name = "opens_at", nullable = false)
	private LocalTime opensAt;

	@Column(name = "closes_at", nullable = false)
	private LocalTime closesAt;

	@Column(name = "room_id")
	private Long roomId;

	@Column(name = "room_booking_id")
	private Long roomBookingId;

	@Column(nullable = false, length = 200)
	private String place;

	@Column(nullable = false)
	private int booths;

	@Column(name = "fee_won", nullable = false)
	private long feeWon;

	@Column(length = 2000)
	private String conditions;

	@Column(name = "apply_from", nullable = false)
	private LocalDate applyFrom;

	@Column(name = "apply_until", nullable = false)
	private LocalDate applyUntil;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Fair() {
	}

	Fair(long centerId, String title, Fairs.Plan plan, String place, long feeWon, String conditions, Instant now) {
		this.centerId = centerId;
		this.title = title;
		this.fairDate = plan.fairDate();
		this.opensAt = plan.opensAt();
		this.closesAt = plan.closesAt();
		this.roomId = plan.roomId();
		this.place = place;
		this.booths = plan.booths();
		this.feeWon = feeWon;
		this.conditions = conditions;
		this.applyFrom = plan.applyFrom();
		this.applyUntil = plan.applyUntil();
		this.createdAt = now;
	}

	void booked(long bookingId) {
		this.roomBookingId = bookingId;
	}

	boolean takesApplicationsOn(LocalDate day) {
		return !day.isBefore(applyFrom) && !day.isAfter(applyUntil);
	}

	/** Sales are recorded from the event's day on. */
	boolean heldBy(LocalDate day) {
		return !day.isBefore(fairDate);
	}

	Long getId() {
		return id;
	}

	long getCenterId() {
		return centerId;
	}

	String getTitle() {
		return title;
	}

	LocalDate getFairDate() {
		return fairDate;
	}

	LocalTime getOpensAt() {
		return opensAt;
	}

	LocalTime getClosesAt() {
		return closesAt;
	}

	Long getRoomId() {
		return roomId;
	}

	Long getRoomBookingId() {
		return roomBookingId;
	}

	String getPlace() {
		return place;
	}

	int getBooths() {
		return booths;
	}

	long getFeeWon() {
		return feeWon;
	}

	String getConditions() {
		return conditions;
	}

	LocalDate getApplyFrom() {
		return applyFrom;
	}

	LocalDate getApplyUntil() {
		return applyUntil;
	}
}
