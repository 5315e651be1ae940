package org.ieum.incubation;

import java.math.BigDecimal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/** Staff's form for an office. The area is typed as text so a wrong number gets a Korean message. */
class OfficeForm {

	@NotNull(message = "{incubation.form.site}")
	private Long siteId;

	@NotBlank(message = "{incubation.form.name}")
	@Size(max = 100, message = "{incubation.form.name}")
	private String name;

	@NotNull(message = "{incubation.form.kind}")
	private OfficeKind kind = OfficeKind.ROOM;

	private String area;

	@NotNull(message = "{incubation.form.desks}")
	@Min(value = 0, message = "{incubation.form.desks}")
	@Max(value = 200, message = "{incubation.form.desks}")
	private Integer desks = 1;

	@Size(max = 1000, message = "{incubation.form.equipment}")
	private String equipment;

	@NotNull(message = "{incubation.form.capacity}")
	@Min(value = 1, message = "{incubation.form.capacity}")
	@Max(value = 500, message = "{incubation.form.capacity}")
	private Integer capacity = 1;

	private boolean active = true;

	static OfficeForm of(Office office) {
		OfficeForm f = new OfficeForm();
		Office.Terms t = office.terms();
		f.siteId = t.siteId();
		f.name = t.name();
		f.kind = t.kind();
		f.area = t.areaM2() == null ? null : t.areaM2().stripTrailingZeros().toPlainString();
		f.desks = t.desks();
		f.equipment = t.equipment();
		f.capacity = t.capacity();
		f.active = t.active();
		return f;
	}

	/** A room needs its area (up to two decimals, m²); a virtual office has none. */
	void check(Errors errors) {
		if (kind == OfficeKind.ROOM && (area == null || area.isBlank())) {
			errors.rejectValue("area", "incubation.form.area");
			return;
		}
		if (area != null && !area.isBlank() && areaM2() == null) {
			errors.rejectValue("area", "incubation.form.area");
		}
	}

	BigDecimal areaM2() {
		if (area == null || area.isBlank()) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(area.strip().replace(",", ""));
			if (value.signum() <= 0 || value.compareTo(new BigDecimal("99999.99")) > 0 || value.scale() > 2) {
				return null;
			}
			return value;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	Office.Terms toTerms() {
		return new Office.Terms(siteId, name.strip(), kind, kind == OfficeKind.VIRTUAL ? null : areaM2(), desks,
				equipment == null || equipment.isBlank() ? null : equipment.strip(),
				kind == OfficeKind.ROOM ? 1 : capacity, active);
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

	public OfficeKind getKind() {
		return kind;
	}

	public void setKind(OfficeKind kind) {
		this.kind = kind;
	}

	public String getArea() {
		return area;
	}

	public void setArea(String area) {
		this.area = area;
	}

	public Integer getDesks() {
		return desks;
	}

	public void setDesks(Integer desks) {
		this.desks = desks;
	}

	public String getEquipment() {
		return equipment;
	}

	public void setEquipment(String equipment) {
		this.equipment = equipment;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}
}
