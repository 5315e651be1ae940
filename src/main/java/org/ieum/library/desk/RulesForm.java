package org.ieum.library.desk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.ieum.library.books.LendingRules;

/** A center's lending rules as staff set them. */
public class RulesForm {

	@Min(value = 1, message = "{library.error.loanDays}")
	@Max(value = 90, message = "{library.error.loanDays}")
	private int loanDays;

	@Min(value = 0, message = "{library.error.renewals}")
	@Max(value = 10, message = "{library.error.renewals}")
	private int maxRenewals;

	@Min(value = 1, message = "{library.error.maxLoans}")
	@Max(value = 50, message = "{library.error.maxLoans}")
	private int maxLoans;

	@Min(value = 1, message = "{library.error.pickupDays}")
	@Max(value = 30, message = "{library.error.pickupDays}")
	private int pickupDays;

	private boolean blockWhenOverdue;

	static RulesForm of(LendingRules rules) {
		RulesForm form = new RulesForm();
		form.loanDays = rules.getLoanDays();
		form.maxRenewals = rules.getMaxRenewals();
		form.maxLoans = rules.getMaxLoans();
		form.pickupDays = rules.getPickupDays();
		form.blockWhenOverdue = rules.isBlockWhenOverdue();
		return form;
	}

	public int getLoanDays() {
		return loanDays;
	}

	public void setLoanDays(int loanDays) {
		this.loanDays = loanDays;
	}

	public int getMaxRenewals() {
		return maxRenewals;
	}

	public void setMaxRenewals(int maxRenewals) {
		this.maxRenewals = maxRenewals;
	}

	public int getMaxLoans() {
		return maxLoans;
	}

	public void setMaxLoans(int maxLoans) {
		this.maxLoans = maxLoans;
	}

	public int getPickupDays() {
		return pickupDays;
	}

	public void setPickupDays(int pickupDays) {
		this.pickupDays = pickupDays;
	}

	public boolean isBlockWhenOverdue() {
		return blockWhenOverdue;
	}

	public void setBlockWhenOverdue(boolean blockWhenOverdue) {
		this.blockWhenOverdue = blockWhenOverdue;
	}
}
