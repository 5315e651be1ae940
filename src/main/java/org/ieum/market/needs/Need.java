package org.ieum.market.needs;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ieum.shared.web.Refusal;

/**
 * What a public buyer looks for, as its center's staff posted it. The buyer's name and the category's label are
 * copies, so the need reads the same after a rename; the buyer's contacts stay in the register.
 */
@Entity
@Table(name = "market_need")
class Need {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(name = "buyer_id", nullable = false)
	private long buyerId;

	@Column(name = "buyer_name", nullable = false, length = 100)
	private String buyerName;

	@Column(name = "category_id", nullable = false)
	private long categoryId;

	@Column(name = "category_label", nullable = false, length = 300)
	private String categoryLabel;

	@Column(nullable = false, length = 100)
	private String title;

	@Column(nullable = false, length = 2000)
	private String description;

	@Column(nullable = false, length = 100)
	private String quantity;

	@Column(name = "budget_won")
	private Long budgetWon;

	@Column(nullable = false)
	private LocalDate deadline;

	@Column(name = "delivery_region", nullable = false, length = 100)
	private String deliveryRegion;

	@Column(name = "shown_publicly", nullable = false)
	private boolean shownPublicly;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private NeedStatus status;

	@Column(name = "posted_by")
	private Long postedBy;

	@Column(name = "posted_at", nullable = false)
	private Instant postedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Version
	private long version;

	protected Need() {
	}

	Need(long centerId, long buyerId, String buyerName, long categoryId, String categoryLabel, Needs.Terms terms,
			Long budgetWon, Long postedBy, Instant now) {
		this.centerId = centerId;
		this.buyerId = buyerId;
		this.buyerName = buyerName;
		this.categoryId = categoryId;
		this.categoryLabel = categoryLabel;
		this.title = terms.title();
		this.description = terms.description();
		this.quantity = terms.quantity();
		this.budgetWon = budgetWon;
		this.deadline = terms.deadline();
		this.deliveryRegion = terms.deliveryRegion();
		this.shownPublicly = terms.shownPublicly();
		this.status = NeedStatus.OPEN;
		this.postedBy = postedBy;
		this.postedAt = now;
	}

	/** Whether organizations may still respond on this Seoul day: open, and the deadline not passed. */
	boolean takesResponsesOn(LocalDate today) {
		return status == NeedStatus.OPEN && !today.isAfter(deadline);
	}

	void close(Instant now) {
		if (status == NeedStatus.CLOSED) {
			throw new Refusal("market.needs.error.closed", title);
		}
		this.status = NeedStatus.CLOSED;
		this.closedAt = now;
	}

	void requireOpen() {
		if (status == NeedStatus.CLOSED) {
			throw new Refusal("market.needs.error.closed", title);
		}
	}

	Long getId() {
		return id;
	}

	long getCenterId() {
		return centerId;
	}

	long getBuyerId() {
		return buyerId;
	}

	String getBuyerName() {
		return buyerName;
	}

	long getCategoryId() {
		return categoryId;
	}

	String getCategoryLabel() {
		return categoryLabel;
	}

	String getTitle() {
		return title;
	}

	String getDescription() {
		return description;
	}

	String getQuantity() {
		return quantity;
	}

	Long getBudgetWon() {
		return budgetWon;
	}

	LocalDate getDeadline() {
		return deadline;
	}

	String getDeliveryRegion() {
		return deliveryRegion;
	}

	boolean isShownPublicly() {
		return shownPublicly;
	}

	NeedStatus getStatus() {
		return status;
	}

	Instant getPostedAt() {
		return postedAt;
	}

	Instant getClosedAt() {
		return closedAt;
	}
}
