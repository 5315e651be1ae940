package org.ieum.library.books;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A center's lending rules; a center that never set them lends by {@link #defaults}. */
@Entity
@Table(name = "library_rules")
public class LendingRules {

	@Id
	@Column(name = "center_id")
	private Long centerId;

	@Column(name = "loan_days", nullable = false)
	private int loanDays;

	@Column(name = "max_renewals", nullable = false)
	private int maxRenewals;

	@Column(name = "max_loans", nullable = false)
	private int maxLoans;

	@Column(name = "pickup_days", nullable = false)
	private int pickupDays;

	@Column(name = "block_when_overdue", nullable = false)
	private boolean blockWhenOverdue;

	@Version
	private long version;

	protected LendingRules() {
	}

	public LendingRules(long centerId, int loanDays, int maxRenewals, int maxLoans, int pickupDays,
			boolean blockWhenOverdue) {
		this.centerId = centerId;
		change(loanDays, maxRenewals, maxLoans, pickupDays, blockWhenOverdue);
	}

	/** Fourteen days, one renewal, five books at once, three days to pick up a hold, no loans while one is overdue. */
	public static LendingRules defaults(long centerId) {
		return new LendingRules(centerId, 14, 1, 5, 3, true);
	}

	public void change(int loanDays, int maxRenewals, int maxLoans, int pickupDays, boolean blockWhenOverdue) {
		this.loanDays = loanDays;
		this.maxRenewals = maxRenewals;
		this.maxLoans = maxLoans;
		this.pickupDays = pickupDays;
		this.blockWhenOverdue = blockWhenOverdue;
	}

	public long getCenterId() {
		return centerId;
	}

	public int getLoanDays() {
		return loanDays;
	}

	public int getMaxRenewals() {
		return maxRenewals;
	}

	public int getMaxLoans() {
		return maxLoans;
	}

	public int getPickupDays() {
		return pickupDays;
	}

	public boolean isBlockWhenOverdue() {
		return blockWhenOverdue;
	}
}
