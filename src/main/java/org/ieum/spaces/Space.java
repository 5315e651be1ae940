package org.ieum.spaces;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A room a center rents out, with the terms every booking of it must meet. */
@Entity
@Table(name = "spaces_space")
public class Space {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long centerId;

	private long siteId;

	private String name;

	@Enumerated(EnumType.STRING)
	private SpaceKind kind;

	private int capacity;

	private String location;

	private String equipment;

	private String rules;

	@Enumerated(EnumType.STRING)
	private BookingAudience audience;

	private long hourlyFeeWon;

	private int minMinutes;

	private int maxMinutes;

	private int minDaysAhead;

	private int maxDaysAhead;

	private int bufferMinutes;

	private boolean needsApproval;

	private int cancelHoursBefore;

	private boolean active;

	private Instant createdAt;

	@Version
	private long version;

	protected Space() {
	}

	public Space(long centerId, long siteId, SpaceTerms terms, Instant now) {
		this.centerId = centerId;
		this.createdAt = now;
		this.active = true;
		revise(siteId, terms);
	}

	void revise(long siteId, SpaceTerms terms) {
		this.siteId = siteId;
		this.name = terms.name();
		this.kind = terms.kind();
		this.capacity = terms.capacity();
		this.location = terms.location();
		this.equipment = terms.equipment();
		this.rules = terms.rules();
		this.audience = terms.audience();
		this.hourlyFeeWon = terms.hourlyFeeWon();
		this.minMinutes = terms.minMinutes();
		this.maxMinutes = terms.maxMinutes();
		this.minDaysAhead = terms.minDaysAhead();
		this.maxDaysAhead = terms.maxDaysAhead();
		this.bufferMinutes = terms.bufferMinutes();
		this.needsApproval = terms.needsApproval();
		this.cancelHoursBefore = terms.cancelHoursBefore();
		this.active = terms.active();
	}

	SpaceTerms terms() {
		return new SpaceTerms(name, kind, capacity, location, equipment, rules, audience, hourlyFeeWon, minMinutes,
				maxMinutes, minDaysAhead, maxDaysAhead, bufferMinutes, needsApproval, cancelHoursBefore, active);
	}

	SpaceSummary summary() {
		return new SpaceSummary(id, centerId, siteId, name, kind, capacity, active);
	}

	/** The fee for a booking of this many minutes, in whole won (rounded down). */
	long feeFor(long minutes) {
		return hourlyFeeWon * minutes / 60;
	}

	Long getId() {
		return id;
	}

	long getCenterId() {
		return centerId;
	}

	public long getSiteId() {
		return siteId;
	}

	String getName() {
		return name;
	}

	SpaceKind getKind() {
		return kind;
	}

	int getCapacity() {
		return capacity;
	}

	BookingAudience getAudience() {
		return audience;
	}

	int getMinMinutes() {
		return minMinutes;
	}

	int getMaxMinutes() {
		return maxMinutes;
	}

	int getMinDaysAhead() {
		return minDaysAhead;
	}

	int getMaxDaysAhead() {
		return maxDaysAhead;
	}

	int getBufferMinutes() {
		return bufferMinutes;
	}

	boolean isNeedsApproval() {
		return needsApproval;
	}

	int getCancelHoursBefore() {
		return cancelHoursBefore;
	}

	boolean isActive() {
		return active;
	}
}
