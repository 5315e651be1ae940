package org.ieum.library.books;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A title in one center's catalogue; its copies are {@link Copy} rows. Indexed for search by {@link BookSearchMapping}. */
@Entity
@Table(name = "library_book")
public class Book {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String authors;

	private String publisher;

	@Column(name = "published_year")
	private Integer publishedYear;

	private String isbn;

	private String subject;

	@Column(name = "call_number")
	private String callNumber;

	@Column(name = "cover_file")
	private String coverFile;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Book() {
	}

	public Book(long centerId, BookDetails details, Instant createdAt) {
		this.centerId = centerId;
		this.createdAt = createdAt;
		describe(details);
	}

	public void describe(BookDetails details) {
		this.title = details.title();
		this.authors = details.authors();
		this.publisher = details.publisher();
		this.publishedYear = details.publishedYear();
		this.isbn = details.isbn();
		this.subject = details.subject();
		this.callNumber = details.callNumber();
	}

	public void showCover(String storedFile) {
		this.coverFile = storedFile;
	}

	public Long getId() {
		return id;
	}

	public long getCenterId() {
		return centerId;
	}

	public String getTitle() {
		return title;
	}

	public String getAuthors() {
		return authors;
	}

	public String getPublisher() {
		return publisher;
	}

	public Integer getPublishedYear() {
		return publishedYear;
	}

	public String getIsbn() {
		return isbn;
	}

	public String getSubject() {
		return subject;
	}

	public String getCallNumber() {
		return callNumber;
	}

	public String getCoverFile() {
		return coverFile;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public BookDetails details() {
		return new BookDetails(title, authors, publisher, publishedYear, isbn, subject, callNumber);
	}
}
