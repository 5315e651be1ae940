package org.ieum.library.books;

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
 * A member's place in the queue for a title whose copies are all out. While open it holds the
 * account in {@code openAccountId}, unique per title: one open hold per person and title.
 */
@Entity
@Table(name = "library_hold")
public class Hold {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "book_id", nullable = false)
	private long bookId;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "placed_at", nullable = false)
	private Instant placedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private HoldStatus status;

	@Column(name = "copy_id")
	private Long copyId;

	@Column(name = "pickup_by")
	private LocalDate pickupBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "open_account_id")
	private Long openAccountId;

	@Version
	private long version;

	protected Hold() {
	}

	public Hold(Book book, long accountId, Instant placedAt) {
		this.bookId = book.getId();
		this.centerId = book.getCenterId();
		this.accountId = accountId;
		this.placedAt = placedAt;
		this.status = HoldStatus.WAITING;
		this.openAccountId = accountId;
	}

	public void ready(long copyId, LocalDate pickupBy) {
		this.status = HoldStatus.READY;
		this.copyId = copyId;
		this.pickupBy = pickupBy;
	}

	/** Its copy went missing from the hold shelf: back to waiting, keeping its place in the queue. */
	public void waitAgain() {
		this.status = HoldStatus.WAITING;
		this.copyId = null;
		this.pickupBy = null;
	}

	public void collect(Instant at) {
		close(HoldStatus.COLLECTED, at);
	}

	public void expire(Instant at) {
		close(HoldStatus.EXPIRED, at);
	}

	public void cancel(Instant at) {
		close(HoldStatus.CANCELLED, at);
	}

	private void close(HoldStatus end, Instant at) {
		this.status = end;
		this.closedAt = at;
		this.openAccountId = null;
	}

	public Long getId() {
		return id;
	}

	public long getBookId() {
		return bookId;
	}

	public long getCenterId() {
		return centerId;
	}

	public long getAccountId() {
		return accountId;
	}

	public Instant getPlacedAt() {
		return placedAt;
	}

	public HoldStatus getStatus() {
		return status;
	}

	public Long getCopyId() {
		return copyId;
	}

	public LocalDate getPickupBy() {
		return pickupBy;
	}
}
