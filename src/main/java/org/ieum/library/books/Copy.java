package org.ieum.library.books;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One physical copy of a {@link Book}, found at the desk by its barcode. */
@Entity
@Table(name = "library_copy")
public class Copy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "book_id", nullable = false)
	private long bookId;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(nullable = false)
	private String barcode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CopyState state;

	@Column(name = "hold_id")
	private Long holdId;

	@Version
	private long version;

	protected Copy() {
	}

	public Copy(long bookId, long centerId, String barcode) {
		this.bookId = bookId;
		this.centerId = centerId;
		this.barcode = barcode;
		this.state = CopyState.AVAILABLE;
	}

	/** The barcode of a book's n-th copy: the book's number and the copy's, eight digits a label printer and a scanner handle. */
	public static String barcodeFor(long bookId, long number) {
		return String.format("%06d%02d", bookId, number);
	}

	public void lend() {
		this.state = CopyState.ON_LOAN;
		this.holdId = null;
	}

	public void putOnShelf() {
		this.state = CopyState.AVAILABLE;
		this.holdId = null;
	}

	public void keepFor(long holdId) {
		this.state = CopyState.ON_HOLD_SHELF;
		this.holdId = holdId;
	}

	public void markLost() {
		this.state = CopyState.LOST;
		this.holdId = null;
	}

	public void withdraw() {
		this.state = CopyState.WITHDRAWN;
		this.holdId = null;
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

	public String getBarcode() {
		return barcode;
	}

	public CopyState getState() {
		return state;
	}

	public Long getHoldId() {
		return holdId;
	}
}
