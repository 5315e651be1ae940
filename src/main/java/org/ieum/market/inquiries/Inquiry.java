package org.ieum.market.inquiries;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A buyer's purchase or quote inquiry (구매·견적 문의) about one product. The selling organization's managers answer it
 * once; the buyer reads the answer through a private link. The buyer's contact details are personal data and are
 * erased when the retention period after the answer ends.
 */
@Entity
@Table(name = "market_inquiry")
class Inquiry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 64)
	private String token;

	@Column(name = "product_id", nullable = false)
	private long productId;

	@Column(name = "product_name", nullable = false, length = 200)
	private String productName;

	@Column(name = "organization_id", nullable = false)
	private long organizationId;

	@Column(name = "organization_name", nullable = false, length = 200)
	private String organizationName;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(name = "buyer_organization", nullable = false, length = 100)
	private String buyerOrganization;

	@Column(name = "contact_name", length = 50)
	private String contactName;

	@Column(name = "contact_phone", length = 30)
	private String contactPhone;

	@Column(name = "contact_email", length = 200)
	private String contactEmail;

	@Column(nullable = false, length = 50)
	private String quantity;

	@Column(name = "needed_by", nullable = false)
	private LocalDate neededBy;

	@Column(nullable = false, length = 2000)
	private String message;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Column(length = 2000)
	private String answer;

	@Column(name = "answered_by")
	private Long answeredBy;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@Column(name = "contacts_erased_at")
	private Instant contactsErasedAt;

	@Version
	private long version;

	protected Inquiry() {
	}

	Inquiry(String token, long productId, String productName, long organizationId, String organizationName,
			long centerId, Inquiries.Terms terms, Instant now) {
		this.token = token;
		this.productId = productId;
		this.productName = productName;
		this.organizationId = organizationId;
		this.organizationName = organizationName;
		this.centerId = centerId;
		this.buyerOrganization = terms.buyerOrganization();
		this.contactName = terms.contactName();
		this.contactPhone = terms.phone();
		this.contactEmail = terms.email();
		this.quantity = terms.quantity();
		this.neededBy = terms.neededBy();
		this.message = terms.message();
		this.receivedAt = now;
	}

	/** The organization's one answer; a second answer is refused so the buyer's link shows what was sent. */
	void answer(String text, long by, Instant now) {
		if (answeredAt != null) {
			throw new IllegalStateException("answered");
		}
		this.answer = text;
		this.answeredBy = by;
		this.answeredAt = now;
	}

	/** Forgets who asked; what was asked and answered stays for the figures and the organization's record. */
	void eraseContacts(Instant now) {
		this.contactName = null;
		this.contactPhone = null;
		this.contactEmail = null;
		this.contactsErasedAt = now;
	}

	boolean answered() {
		return answeredAt != null;
	}

	String getToken() {
		return token;
	}

	Long getId() {
		return id;
	}

	long getProductId() {
		return productId;
	}

	String getProductName() {
		return productName;
	}

	long getOrganizationId() {
		return organizationId;
	}

	String getOrganizationName() {
		return organizationName;
	}

	long getCenterId() {
		return centerId;
	}

	String getBuyerOrganization() {
		return buyerOrganization;
	}

	String getContactName() {
		return contactName;
	}

	String getContactPhone() {
		return contactPhone;
	}

	String getContactEmail() {
		return contactEmail;
	}

	String getQuantity() {
		return quantity;
	}

	LocalDate getNeededBy() {
		return neededBy;
	}

	String getMessage() {
		return message;
	}

	Instant getReceivedAt() {
		return receivedAt;
	}

	String getAnswer() {
		return answer;
	}

	Instant getAnsweredAt() {
		return answeredAt;
	}

	Instant getContactsErasedAt() {
		return contactsErasedAt;
	}
}
