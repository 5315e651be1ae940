package org.ieum.market.needs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.ieum.shared.web.Refusal;

/** The staff form that posts a need; the deadline arrives as typed and is read here. */
class NeedForm {

	private Long buyerId;
	private Long categoryId;
	private String title;
	private String description;
	private String quantity;
	private String budgetWon;
	private String deadline;
	private String deliveryRegion;
	private boolean shownPublicly = true;

	Needs.Terms terms() {
		if (buyerId == null) {
			throw new Refusal("market.needs.error.buyer");
		}
		if (categoryId == null) {
			throw new Refusal("market.needs.error.category");
		}
		LocalDate day;
		try {
			day = deadline == null || deadline.isBlank() ? null : LocalDate.parse(deadline.strip());
		}
		catch (DateTimeParseException ex) {
			day = null;
		}
		if (day == null) {
			throw new Refusal("market.needs.error.deadlineMissing");
		}
		return new Needs.Terms(buyerId, categoryId, title, description, quantity, budgetWon, day, deliveryRegion,
				shownPublicly);
	}

	public Long getBuyerId() {
		return buyerId;
	}

	public void setBuyerId(Long buyerId) {
		this.buyerId = buyerId;
	}

	public Long getCategoryId() {
		return categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getQuantity() {
		return quantity;
	}

	public void setQuantity(String quantity) {
		this.quantity = quantity;
	}

	public String getBudgetWon() {
		return budgetWon;
	}

	public void setBudgetWon(String budgetWon) {
		this.budgetWon = budgetWon;
	}

	public String getDeadline() {
		return deadline;
	}

	public void setDeadline(String deadline) {
		this.deadline = deadline;
	}

	public String getDeliveryRegion() {
		return deliveryRegion;
	}

	public void setDeliveryRegion(String deliveryRegion) {
		this.deliveryRegion = deliveryRegion;
	}

	public boolean isShownPublicly() {
		return shownPublicly;
	}

	public void setShownPublicly(boolean shownPublicly) {
		this.shownPublicly = shownPublicly;
	}
}
