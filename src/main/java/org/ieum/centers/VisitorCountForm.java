package org.ieum.centers;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

class VisitorCountForm {

	@NotNull(message = "{centers.error.required}")
	private Long siteId;

	@NotNull(message = "{centers.error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull(message = "{centers.error.required}")
	@Min(value = 0, message = "{centers.error.negativeVisitors}")
	@Max(value = 100000, message = "{centers.error.tooManyVisitors}")
	private Integer visitors;

	public Long getSiteId() {
		return siteId;
	}

	public void setSiteId(Long siteId) {
		this.siteId = siteId;
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public Integer getVisitors() {
		return visitors;
	}

	public void setVisitors(Integer visitors) {
		this.visitors = visitors;
	}
}
