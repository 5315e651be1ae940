package org.ieum.market.procurement;

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

/**
 * One contract of a public buyer with a social economy organization. Staff enter it; it counts in the figures once a
 * manager of the organization confirms it, so a center never reports a sale the seller does not recognize.
 */
@Entity
@Table(name = "market_purchase")
class Purchase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "buyer_id", nullable = false)
	private long buyerId;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(name = "organization_id", nullable = false)
	private long organizationId;

	@Column(name = "organization_name", nullable = false, length = 200)
	private String organizationName;

	@Column(name = "category_id", nullable = false)
	private long categoryId;

	@Column(name = "amount_won", nullable = false)
	private long amountWon;

	@Column(name = "contract_date", nullable = false)
	private LocalDate contractDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ContractMethod method;

	@Column(name = "entered_by")
	private Long enteredBy;

	@Column(name = "entered_at", nullable = false)
	private Instant enteredAt;

	@Column(name = "confirmed_by")
	private Long confirmedBy;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	@Version
	private long version;

	protected Purchase() {
	}

	Purchase(Buyer buyer, long organizationId, String organizationName, long categoryId, long amountWon,
			LocalDate contractDate, ContractMethod method, Long enteredBy, Instant enteredAt) {
		this.buyerId = buyer.getId();
		this.centerId = buyer.getCenterId();
		this.organizationId = organizationId;
		this.organizationName = organizationName;
		this.categoryId = categoryId;
		this.amountWon = amountWon;
		this.contractDate = contractDate;
		this.method = method;
		this.enteredBy = enteredBy;
		this.enteredAt = enteredAt;
	}

	/** The organization recognizes the sale; a second confirmation changes nothing. */
	void confirm(Long accountId, Instant at) {
		if (confirmedAt == null) {
			this.confirmedBy = accountId;
			this.confirmedAt = at;
		}
	}

	boolean isConfirmed() {
		return confirmedAt != null;
	}

	Long getId() {
		return id;
	}

	long getBuyerId() {
		return buyerId;
	}

	long getCenterId() {
		return centerId;
	}

	long getOrganizationId() {
		return organizationId;
	}

	String getOrganizationName() {
		return organizationName;
	}

	long getCategoryId() {
		return categoryId;
	}

	long getAmountWon() {
		return amountWon;
	}

	LocalDate getContractDate() {
		return contractDate;
	}

	ContractMethod getMethod() {
		return method;
	}

	Instant getConfirmedAt() {
		return confirmedAt;
	}
}
