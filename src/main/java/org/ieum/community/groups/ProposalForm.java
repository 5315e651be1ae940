package org.ieum.community.groups;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member's proposal of a small group. */
public class ProposalForm {

	@NotBlank(message = "{community.error.name}")
	@Size(max = 60, message = "{community.error.name}")
	private String name = "";

	@NotBlank(message = "{community.error.purpose}")
	@Size(max = 1000, message = "{community.error.purpose}")
	private String purpose = "";

	@NotBlank(message = "{community.error.frequency}")
	@Size(max = 100, message = "{community.error.frequency}")
	private String frequency = "";

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getFrequency() {
		return frequency;
	}

	public void setFrequency(String frequency) {
		this.frequency = frequency;
	}
}
