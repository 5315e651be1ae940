package org.ieum.market.fairs;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.ieum.shared.web.Refusal;

/** The staff form that plans a fair; dates and times arrive as typed and are read here. */
class FairForm {

	private String title;
	private String fairDate;
	private String opensAt = "10:00";
	private String closesAt = "17:00";
	private Long roomId;
	private String place;
	private String booths;
	private String feeWon = "0";
	private String conditions;
	private String applyFrom;
	private String applyUntil;

	Fairs.Plan plan() {
		int count;
		try {
			count = Integer.parseInt(booths == null ? "" : booths.strip());
		}
		catch (NumberFormatException ex) {
			throw new Refusal("market.fairs.error.booths", Fairs.MAX_BOOTHS);
		}
		return new Fairs.Plan(title, date(fairDate, "market.fairs.error.date"), time(opensAt), time(closesAt), roomId,
				place, count, feeWon, conditions, date(applyFrom, "market.fairs.error.period"),
				date(applyUntil, "market.fairs.error.period"));
	}

	private static LocalDate date(String typed, String error) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Refusal(error);
		}
	}

	private static LocalTime time(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Refusal("market.fairs.error.time");
		}
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getFairDate() {
		return fairDate;
	}

	public void setFairDate(String fairDate) {
		this.fairDate = fairDate;
	}

	public String getOpensAt() {
		return opensAt;
	}

	public void setOpensAt(String opensAt) {
		this.opensAt = opensAt;
	}

	public String getClosesAt() {
		return closesAt;
	}

	public void setClosesAt(String closesAt) {
		this.closesAt = closesAt;
	}

	public Long getRoomId() {
		return roomId;
	}

	public void setRoomId(Long roomId) {
		this.roomId = roomId;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getBooths() {
		return booths;
	}

	public void setBooths(String booths) {
		this.booths = booths;
	}

	public String getFeeWon() {
		return feeWon;
	}

	public void setFeeWon(String feeWon) {
		this.feeWon = feeWon;
	}

	public String getConditions() {
		return conditions;
	}

	public void setConditions(String conditions) {
		this.conditions = conditions;
	}

	public String getApplyFrom() {
		return applyFrom;
	}

	public void setApplyFrom(String applyFrom) {
		this.applyFrom = applyFrom;
	}

	public String getApplyUntil() {
		return applyUntil;
	}

	public void setApplyUntil(String applyUntil) {
		this.applyUntil = applyUntil;
	}
}
