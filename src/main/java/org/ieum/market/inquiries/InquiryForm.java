package org.ieum.market.inquiries;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The inquiry form on a product page (also kept for the page after a refusal, so nothing typed is lost). */
public class InquiryForm {

	private String buyerOrganization;
	private String contactName;
	private String phone;
	private String email;
	private String quantity;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate neededBy;
	private String message;

	Inquiries.Terms terms() {
		return new Inquiries.Terms(buyerOrganization, contactName, phone, email, quantity, neededBy, message);
	}

	public String getBuyerOrganization() {
		return buyerOrganization;
	}

	public void setBuyerOrganization(String buyerOrganization) {
		this.buyerOrganization = buyerOrganization;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
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

	public String getQuantity() {
		return quantity;
	}

	public void setQuantity(String quantity) {
		this.quantity = quantity;
	}

	public LocalDate getNeededBy() {
		return neededBy;
	}

	public void setNeededBy(LocalDate neededBy) {
		this.neededBy = neededBy;
	}

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}
}
