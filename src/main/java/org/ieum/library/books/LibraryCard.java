package org.ieum.library.books;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member's card number at one center; a lost card is replaced by giving the member a new number. */
@Entity
@Table(name = "library_card")
public class LibraryCard {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "card_number", nullable = false, length = 20)
	private String cardNumber;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	@Version
	private long version;

	protected LibraryCard() {
	}

	public LibraryCard(long centerId, long accountId, String cardNumber, Instant issuedAt) {
		this.centerId = centerId;
		this.accountId = accountId;
		this.cardNumber = cardNumber;
		this.issuedAt = issuedAt;
	}

	/** The member's old card is lost or worn: the new number replaces it and the old one no longer finds the member. */
	public void reissue(String newNumber, Instant at) {
		this.cardNumber = newNumber;
		this.issuedAt = at;
	}

	public Long getId() {
		return id;
	}

	public long getCenterId() {
		return centerId;
	}

	public long getAccountId() {
		return accountId;
	}

	public String getCardNumber() {
		return cardNumber;
	}

	public Instant getIssuedAt() {
		return issuedAt;
	}
}
