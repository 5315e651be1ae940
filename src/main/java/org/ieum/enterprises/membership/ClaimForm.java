package org.ieum.enterprises.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class ClaimForm {

	@NotBlank(message = "{enterprises.error.required}")
	@Size(max = 40, message = "{enterprises.error.tooLong}")
	private String businessNumber;

	@NotBlank(message = "{enterprises.error.required}")
	@Size(max = 1000, message = "{enterprises.error.tooLong}")
	private String note;

	public String getBusinessNumber() {
		return businessNumber;
	}

	public void setBusinessNumber(String businessNumber) {
		this.businessNumber = businessNumber;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
