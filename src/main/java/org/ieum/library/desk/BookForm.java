package org.ieum.library.desk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ieum.library.books.BookDetails;
import org.ieum.library.books.Isbn;
import org.springframework.validation.Errors;

/** A book as staff type it: the ISBN first (ISBN-10 or ISBN-13, hyphens allowed), then what describes it and how many copies arrive. */
public class BookForm {

	@NotBlank(message = "{library.error.required}")
	private String isbn = "";

	@NotBlank(message = "{library.error.required}")
	@Size(max = 300, message = "{library.error.tooLong}")
	private String title = "";

	@NotBlank(message = "{library.error.required}")
	@Size(max = 300, message = "{library.error.tooLong}")
	private String authors = "";

	@Size(max = 200, message = "{library.error.tooLong}")
	private String publisher = "";

	@Min(value = 1000, message = "{library.error.year}")
	@Max(value = 2100, message = "{library.error.year}")
	private Integer publishedYear;

	@Size(max = 200, message = "{library.error.tooLong}")
	private String subject = "";

	@Size(max = 60, message = "{library.error.tooLong}")
	private String callNumber = "";

	@Min(value = 1, message = "{library.error.copies}")
	@Max(value = 20, message = "{library.error.copies}")
	private int copies = 1;

	/** The ISBN's own check: an invalid check digit is an error on that field. */
	void check(Errors errors) {
		if (!errors.hasFieldErrors("isbn") && Isbn.parse(isbn).isEmpty()) {
			errors.rejectValue("isbn", "library.error.isbn");
		}
	}

	BookDetails details() {
		return new BookDetails(title.strip(), authors.strip(), blankToNull(publisher), publishedYear,
				Isbn.parse(isbn).orElseThrow(), blankToNull(subject), blankToNull(callNumber));
	}

	/**
	 * Fills the form from another catalogue's description of the title; the ISBN is written as the ISBN-13 it was found
	 * by, and the call number stays this center's own.
	 */
	void prefill(String isbn13, BookDetails found) {
		this.isbn = isbn13;
		this.title = found.title();
		this.authors = found.authors();
		this.publisher = found.publisher() == null ? "" : found.publisher();
		this.publishedYear = found.publishedYear();
		this.subject = found.subject() == null ? "" : found.subject();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public String getIsbn() {
		return isbn;
	}

	public void setIsbn(String isbn) {
		this.isbn = isbn;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getAuthors() {
		return authors;
	}

	public void setAuthors(String authors) {
		this.authors = authors;
	}

	public String getPublisher() {
		return publisher;
	}

	public void setPublisher(String publisher) {
		this.publisher = publisher;
	}

	public Integer getPublishedYear() {
		return publishedYear;
	}

	public void setPublishedYear(Integer publishedYear) {
		this.publishedYear = publishedYear;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getCallNumber() {
		return callNumber;
	}

	public void setCallNumber(String callNumber) {
		this.callNumber = callNumber;
	}

	public int getCopies() {
		return copies;
	}

	public void setCopies(int copies) {
		this.copies = copies;
	}
}
