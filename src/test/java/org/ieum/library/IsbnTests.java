package org.ieum.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.ieum.library.books.Isbn;
import org.junit.jupiter.api.Test;

/** What staff may type as an ISBN, and what the catalogue keeps. */
class IsbnTests {

	@Test
	void anIsbn13WithItsCheckDigitIsKeptAsDigits() {
		assertThat(Isbn.parse("978-89-6626-282-3")).contains("9788966262823");
		assertThat(Isbn.parse(" 9791158391249 ")).contains("9791158391249");
	}

	@Test
	void aWrongCheckDigitIsRefused() {
		assertThat(Isbn.parse("978-89-6626-282-4")).isEmpty();
		assertThat(Isbn.parse("9791158391240")).isEmpty();
	}

	@Test
	void anIsbn10BecomesIsbn13With978AndANewCheckDigit() {
		assertThat(Isbn.parse("0-306-40615-2")).contains("9780306406157");
		// X stands for ten in the ISBN-10 check digit
		assertThat(Isbn.parse("89-7282-812-x")).isEmpty();
		assertThat(Isbn.parse("0-8044-2957-X")).contains("9780804429573");
	}

	@Test
	void anIsbn10WithAWrongCheckDigitIsRefused() {
		assertThat(Isbn.parse("0-306-40615-3")).isEmpty();
	}

	@Test
	void otherTextIsRefused() {
		assertThat(Isbn.parse(null)).isEmpty();
		assertThat(Isbn.parse("")).isEmpty();
		assertThat(Isbn.parse("책 제목")).isEmpty();
		assertThat(Isbn.parse("97889662628")).isEmpty();
		assertThat(Isbn.parse("97889662628231")).isEmpty();
	}
}
