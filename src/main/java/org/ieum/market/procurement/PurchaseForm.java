package org.ieum.market.procurement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.ieum.shared.web.Refusal;

/** The purchase form of the staff pages; amount and date stay text so that a wrong one gets a Korean message. */
class PurchaseForm {

	private Long buyerId;
	private String businessNumber;
	private Long categoryId;
	private String amountWon;
	private String contractDate;
	private ContractMethod method;

	Purchases.Terms terms() {
		LocalDate date = null;
		if (contractDate != null && !contractDate.isBlank()) {
			try {
				date = LocalDate.parse(contractDate.strip());
			}
			catch (DateTimeParseException ex) {
				throw new Refusal("market.error.contractDate");
			}
		}
		return new Purchases.Terms(buyerId, businessNumber, categoryId, amountWon, date, method);
	}

	public Long getBuyerId() {
		return buyerId;
	}

	public void setBuyerId(Long buyerId) {
		this.buyerId = buyerId;
	}

	public String getBusinessNumber() {
		return businessNumber;
	}

	public void setBusinessNumber(String businessNumber) {
		this.businessNumber = businessNumber;
	}

	public Long getCategoryId() {
		return categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public String getAmountWon() {
		return amountWon;
	}

	public void setAmountWon(String amountWon) {
		this.amountWon = amountWon;
	}

	public String getContractDate() {
		return contractDate;
	}

	public void setContractDate(String contractDate) {
		this.contractDate = contractDate;
	}

	public ContractMethod getMethod() {
		return method;
	}

	public void setMethod(ContractMethod method) {
		this.method = method;
	}
}
