package org.ieum.centers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

class ContactForm {

	@NotBlank(message = "{centers.error.required}")
	@Size(max = 100, message = "{centers.error.tooLong}")
	private String team;

	@NotBlank(message = "{centers.error.required}")
	@Size(max = 300, message = "{centers.error.tooLong}")
	private String duty;

	@Pattern(regexp = "^$|[0-9][0-9-]{6,18}", message = "{centers.error.phone}")
	private String phone;

	public String getTeam() {
		return team;
	}

	public void setTeam(String team) {
		this.team = team;
	}

	public String getDuty() {
		return duty;
	}

	public void setDuty(String duty) {
		this.duty = duty;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}
}
