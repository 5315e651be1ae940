package org.ieum.library.books;

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
 * A copy lent to a member until its due date (Asia/Seoul). While the loan is open it holds its
 * copy's id in {@code openCopyId}, which the database keeps unique: a copy is never on two open loans.
 */
@Entity
@Table(name = "library_loan")
public class Loan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "copy_id", nullable = false)
	private long copyId;

	@Column(name = "book_id", nullable = false)
	private long bookId;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "borrowed_at", nullable = false)
	private Instant borrowedAt;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(nullable = false)
	private int renewals;

	@Column(name = "returned_at")
	private Instant returnedAt;

	@Column(nullable = false)
	private boolean lost;

	@Column(name = "open_copy_id")
	private Long openCopyId;

	@Column(name = "reminders_sent", nullable = false)
	private int remindersSent;

	@Version
	private long version;

	protected Loan() {
	}

	public Loan(Copy copy, long accountId, Instant borrowedAt, LocalDate dueOn) {
		this.copyId = copy.getId();
		this.bookId = copy.getBookId();
		this.centerId = copy.getCenterId();
		this.accountId = accountId;
		this.borrowedAt = borrowedAt;
		this.dueOn = dueOn;
		this.openCopyId = copy.getId();
	}

	public boolean open() {
		return returnedAt == null;
	}

	public boolean overdueOn(LocalDate today) {
		return open() && dueOn.isBefore(today);
	}

	public void renewUntil(LocalDate newDue) {
		this.dueOn = newDue;
		this.renewals++;
	}

	public void returnBook(Instant at) {
		this.returnedAt = at;
		this.openCopyId = null;
	}

	public void closeAsLost(Instant at) {
		returnBook(at);
		this.lost = true;
	}

	public Long getId() {
		return id;
	}

	public long getCopyId() {
		return copyId;
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

	public Instant getBorrowedAt() {
		return borrowedAt;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public int getRenewals() {
		return renewals;
	}

	public Instant getReturnedAt() {
		return returnedAt;
	}

	public boolean isLost() {
		return lost;
	}

	public int getRemindersSent() {
		return remindersSent;
	}
}
