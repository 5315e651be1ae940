package org.ieum.library.books;

/** What describes a title; {@code isbn} is an ISBN-13 already checked ({@link Isbn}), or null. */
public record BookDetails(String title, String authors, String publisher, Integer publishedYear, String isbn,
		String subject, String callNumber) {
}
