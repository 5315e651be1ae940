package org.ieum.centers;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A center's profile as staff edit it; {@code slug} and {@code parentId} only matter to system administrators. */
class CenterForm {

	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{centers.error.slug}")
	@Size(max = 60)
	private String slug;

	private Long parentId;

	@NotBlank(message = "{centers.error.required}")
	@Size(max = 200, message = "{centers.error.tooLong}")
	private String name;

	@NotBlank(message = "{centers.error.required}")
	@Size(max = 100, message = "{centers.error.tooLong}")
	private String shortName;

	@NotBlank(message = "{centers.error.required}")
	@Size(max = 40, message = "{centers.error.tooLong}")
	private String region;

	@Pattern(regexp = "^$|[0-9][0-9-]{6,18}", message = "{centers.error.phone}")
	private String phone;

	@Email(message = "{centers.error.email}")
	@Size(max = 320, message = "{centers.error.tooLong}")
	private String email;

	@Size(max = 500, message = "{centers.error.tooLong}")
	private String address;

	@Size(max = 200, message = "{centers.error.tooLong}")
	private String operatorName;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate contractStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate contractEnd;

	@Size(max = 4000, message = "{centers.error.tooLong}")
	private String introduction;

	@Size(max = 4000, message = "{centers.error.tooLong}")
	private String directions;

	static CenterForm of(Center c) {
		CenterForm form = new CenterForm();
		form.slug = c.getSlug();
		form.parentId = c.getParentId();
		form.name = c.getName();
		form.shortName = c.getShortName();
		form.region = c.getRegion();
		form.phone = c.getPhone();
		form.email = c.getEmail();
		form.address = c.getAddress();
		form.operatorName = c.getOperatorName();
		form.contractStart = c.getContractStart();
		form.contractEnd = c.getContractEnd();
		form.introduction = c.getIntroduction();
		form.directions = c.getDirections();
		return form;
	}

	CenterProfileChange toChange() {
		return new CenterProfileChange(name.strip(), shortName.strip(), region.strip(), blankToNull(phone),
				blankToNull(email), blankToNull(address), blankToNull(operatorName), contractStart, contractEnd,
				blankToNull(introduction), blankToNull(directions));
	}

	boolean contractEndsBeforeStart() {
		return contractStart != null && contractEnd != null && contractEnd.isBefore(contractStart);
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getShortName() {
		return shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public String getRegion() {
		return region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getOperatorName() {
		return operatorName;
	}

	public void setOperatorName(String operatorName) {
		this.operatorName = operatorName;
	}

	public LocalDate getContractStart() {
		return contractStart;
	}

	public void setContractStart(LocalDate contractStart) {
		this.contractStart = contractStart;
	}

	public LocalDate getContractEnd() {
		return contractEnd;
	}

	public void setContractEnd(LocalDate contractEnd) {
		this.contractEnd = contractEnd;
	}

	public String getIntroduction() {
		return introduction;
	}

	public void setIntroduction(String introduction) {
		this.introduction = introduction;
	}

	public String getDirections() {
		return directions;
	}

	public void setDirections(String directions) {
		this.directions = directions;
	}
}
