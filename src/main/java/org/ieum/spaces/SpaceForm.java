package org.ieum.spaces;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/** Staff's form for a space's terms. */
class SpaceForm {

	@NotNull
	private Long siteId;

	@NotBlank
	@Size(max = 100)
	private String name;

	@NotNull
	private SpaceKind kind = SpaceKind.MEETING_ROOM;

	@NotNull
	@Min(1)
	@Max(10_000)
	private Integer capacity;

	@Size(max = 200)
	private String location;

	@Size(max = 1000)
	private String equipment;

	@Size(max = 2000)
	private String rules;

	@NotNull
	private BookingAudience audience = BookingAudience.SIGNED_IN;

	@NotNull
	@Min(0)
	@Max(10_000_000)
	private Long hourlyFeeWon = 0L;

	@NotNull
	@Min(30)
	@Max(1440)
	private Integer minMinutes = 60;

	@NotNull
	@Min(30)
	@Max(1440)
	private Integer maxMinutes = 240;

	@NotNull
	@Min(0)
	@Max(365)
	private Integer minDaysAhead = 1;

	@NotNull
	@Min(0)
	@Max(365)
	private Integer maxDaysAhead = 60;

	@NotNull
	@Min(0)
	@Max(240)
	private Integer bufferMinutes = 0;

	private boolean needsApproval;

	@NotNull
	@Min(0)
	@Max(720)
	private Integer cancelHoursBefore = 24;

	private boolean active = true;

	static SpaceForm of(Space space) {
		SpaceTerms t = space.terms();
		SpaceForm f = new SpaceForm();
		f.siteId = space.getSiteId();
		f.name = t.name();
		f.kind = t.kind();
		f.capacity = t.capacity();
		f.location = t.location();
		f.equipment = t.equipment();
		f.rules = t.rules();
		f.audience = t.audience();
		f.hourlyFeeWon = t.hourlyFeeWon();
		f.minMinutes = t.minMinutes();
		f.maxMinutes = t.maxMinutes();
		f.minDaysAhead = t.minDaysAhead();
		f.maxDaysAhead = t.maxDaysAhead();
		f.bufferMinutes = t.bufferMinutes();
		f.needsApproval = t.needsApproval();
		f.cancelHoursBefore = t.cancelHoursBefore();
		f.active = t.active();
		return f;
	}

	/** Rules across fields, after the annotations passed. */
	void check(Errors errors) {
		if (errors.hasErrors()) {
			return;
		}
		if (minMinutes % Slots.STEP_MINUTES != 0) {
			errors.rejectValue("minMinutes", "spaces.form.step");
		}
		if (maxMinutes % Slots.STEP_MINUTES != 0) {
			errors.rejectValue("maxMinutes", "spaces.form.step");
		}
		if (maxMinutes < minMinutes) {
			errors.rejectValue("maxMinutes", "spaces.form.maxBelowMin");
		}
		if (maxDaysAhead < minDaysAhead) {
			errors.rejectValue("maxDaysAhead", "spaces.form.maxBelowMin");
		}
		if (bufferMinutes % OccupiedCells.CELL_MINUTES != 0) {
			errors.rejectValue("bufferMinutes", "spaces.form.bufferStep");
		}
	}

	SpaceTerms toTerms() {
		return new SpaceTerms(name.strip(), kind, capacity, blankToNull(location), blankToNull(equipment),
				blankToNull(rules), audience, hourlyFeeWon, minMinutes, maxMinutes, minDaysAhead, maxDaysAhead,
				bufferMinutes, needsApproval, cancelHoursBefore, active);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public Long getSiteId() {
		return siteId;
	}

	public void setSiteId(Long siteId) {
		this.siteId = siteId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public SpaceKind getKind() {
		return kind;
	}

	public void setKind(SpaceKind kind) {
		this.kind = kind;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public String getLocation() {
		return location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public String getEquipment() {
		return equipment;
	}

	public void setEquipment(String equipment) {
		this.equipment = equipment;
	}

	public String getRules() {
		return rules;
	}

	public void setRules(String rules) {
		this.rules = rules;
	}

	public BookingAudience getAudience() {
		return audience;
	}

	public void setAudience(BookingAudience audience) {
		this.audience = audience;
	}

	public Long getHourlyFeeWon() {
		return hourlyFeeWon;
	}

	public void setHourlyFeeWon(Long hourlyFeeWon) {
		this.hourlyFeeWon = hourlyFeeWon;
	}

	public Integer getMinMinutes() {
		return minMinutes;
	}

	public void setMinMinutes(Integer minMinutes) {
		this.minMinutes = minMinutes;
	}

	public Integer getMaxMinutes() {
		return maxMinutes;
	}

	public void setMaxMinutes(Integer maxMinutes) {
		this.maxMinutes = maxMinutes;
	}

	public Integer getMinDaysAhead() {
		return minDaysAhead;
	}

	public void setMinDaysAhead(Integer minDaysAhead) {
		this.minDaysAhead = minDaysAhead;
	}

	public Integer getMaxDaysAhead() {
		return maxDaysAhead;
	}

	public void setMaxDaysAhead(Integer maxDaysAhead) {
		this.maxDaysAhead = maxDaysAhead;
	}

	public Integer getBufferMinutes() {
		return bufferMinutes;
	}

	public void setBufferMinutes(Integer bufferMinutes) {
		this.bufferMinutes = bufferMinutes;
	}

	public boolean isNeedsApproval() {
		return needsApproval;
	}

	public void setNeedsApproval(boolean needsApproval) {
		this.needsApproval = needsApproval;
	}

	public Integer getCancelHoursBefore() {
		return cancelHoursBefore;
	}

	public void setCancelHoursBefore(Integer cancelHoursBefore) {
		this.cancelHoursBefore = cancelHoursBefore;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}
}
