package org.ieum.library.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.ieum.library.books.Book;
import org.ieum.library.books.BookDetails;
import org.ieum.library.books.BookRepository;
import org.ieum.library.books.Copy;
import org.ieum.library.books.CopyRepository;
import org.ieum.library.books.Isbn;
import org.ieum.library.lending.Lending;
import org.ieum.shared.imports.RowImport;
import org.ieum.shared.imports.TableHeader;
import org.ieum.shared.imports.TableRow;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The rules of a catalogue table for one center: one row a title (title and authors required; publisher, year, ISBN,
 * subject, call number), with its copies either counted ({@code 권수}, one when blank) or listed by their barcodes
 * ({@code 바코드}, several separated by commas, semicolons or spaces). An ISBN must have a valid check digit (an ISBN-10
 * is converted); a title whose ISBN the center's catalogue already has (or an earlier row of the table) gets the row's
 * copies instead of a second title, and the preview says so. A barcode twice in the table, or already in the center,
 * rejects the row; copies without a barcode get the catalogue's own ({@link Copy#barcodeFor}).
 */
final class CatalogueImport implements RowImport<CatalogueImport.Line> {

	/** A valid row: a new title, or copies for the title {@code existing}. */
	record Line(BookDetails details, Book existing, int copies, List<String> barcodes) {
	}

	/** Copies of a title one row may bring, as on the form. */
	static final int MAX_COPIES_A_ROW = 20;

	/** The catalogue's own barcodes count a title's copies in two digits. */
	static final int MAX_COPIES_A_TITLE = 99;

	static final Map<String, List<String>> COLUMNS = Map.of(
			"title", List.of("제목", "서명", "도서명", "책제목", "표제", "자료명", "title"),
			"authors", List.of("저자", "지은이", "저자명", "글쓴이", "작가", "저자사항", "author", "authors"),
			"publisher", List.of("출판사", "발행처", "발행자", "펴낸곳", "출판사명", "publisher"),
			"year", List.of("발행연도", "발행년도", "출판연도", "출판년도", "발행년", "출간연도", "발행일", "year"),
			"isbn", List.of("isbn", "isbn13", "isbn10", "국제표준도서번호"),
			"subject", List.of("주제", "주제어", "주제명", "분류", "subject"),
			"callNumber", List.of("청구기호", "청구번호", "callnumber"),
			"copies", List.of("권수", "복본수", "부수", "수량", "copies"),
			"barcodes", List.of("바코드", "등록번호", "barcode", "barcodes"));

	private static final Set<String> REQUIRED = Set.of("title", "authors");

	private static final Pattern BARCODE_SEPARATOR = Pattern.compile("[,;\\s]+");

	private static final Pattern SCIENTIFIC = Pattern.compile("[0-9]+(\\.[0-9]+)?[eE][+]?[0-9]+");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,6}");

	private final long centerId;
	private final int thisYear;
	private final BookRepository books;
	private final CopyRepository copies;
	private final Lending lending;
	private final MessageSource messages;
	private final Instant now;
	/** Each barcode of the table with the first row that has it. */
	private final Map<String, Integer> barcodesSeen = new HashMap<>();

	CatalogueImport(long centerId, int thisYear, BookRepository books, CopyRepository copies, Lending lending,
			MessageSource messages, Instant now) {
		this.centerId = centerId;
		this.thisYear = thisYear;
		this.books = books;
		this.copies = copies;
		this.lending = lending;
		this.messages = messages;
		this.now = now;
	}

	@Override
	public Optional<Map<String, Integer>> header(List<String> cells) {
		return TableHeader.match(cells, COLUMNS, REQUIRED);
	}

	@Override
	public String noHeaderMessageKey() {
		return "library.import.refused.columns";
	}

	@Override
	public Line read(TableRow row) {
		String title = row.required("title", 300);
		String authors = row.required("authors", 300);
		String publisher = row.text("publisher", 200);
		Integer year = year(row);
		String isbn = isbn(row);
		String subject = row.text("subject", 200);
		String callNumber = row.text("callNumber", 60);
		List<String> barcodes = barcodes(row);
		Integer count = copies(row, barcodes);
		if (row.rejected()) {
			return null;
		}
		Book existing = isbn == null ? null : books.findByCenterIdAndIsbn(centerId, isbn).orElse(null);
		if (existing != null && copies.countByBookId(existing.getId()) + count > MAX_COPIES_A_TITLE) {
			row.reject("library.import.reject.tooManyCopies", existing.getTitle(), String.valueOf(MAX_COPIES_A_TITLE));
			return null;
		}
		return new Line(new BookDetails(title, authors, publisher, year, isbn, subject, callNumber), existing, count,
				barcodes);
	}

	@Override
	public String label(TableRow row, Line line) {
		if (line == null) {
			return row.firstCells();
		}
		String title = line.details().title() + " · " + line.details().authors();
		Locale locale = LocaleContextHolder.getLocale();
		if (line.existing() != null) {
			return messages.getMessage("library.import.label.addsCopies",
					new Object[] { title, line.existing().getTitle(), line.copies() }, locale);
		}
		return messages.getMessage("library.import.label.newTitle", new Object[] { title, line.copies() }, locale);
	}

	@Override
	public void write(Line line) {
		Book book = line.existing() != null ? line.existing()
				: books.save(new Book(centerId, line.details(), now));
		long number = copies.countByBookId(book.getId());
		List<Long> added = new ArrayList<>();
		for (int i = 0; i < line.copies(); i++) {
			String barcode;
			if (i < line.barcodes().size()) {
				barcode = line.barcodes().get(i);
			}
			else {
				// the next of the catalogue's own barcodes that no copy carries yet
				do {
					number++;
					barcode = Copy.barcodeFor(book.getId(), number);
				}
				while (copies.findByCenterIdAndBarcode(centerId, barcode).isPresent());
			}
			added.add(copies.save(new Copy(book.getId(), centerId, barcode)).getId());
		}
		if (line.existing() != null) {
			// members waiting for the title get the new copies first, as when staff add a copy by hand
			added.forEach(copyId -> lending.shelveNewCopy(centerId, copyId));
		}
	}

	private Integer year(TableRow row) {
		String value = row.text("year", 20);
		if (value == null) {
			return null;
		}
		String digits = value.replace("년", "").strip();
		if (digits.length() > 4 && digits.matches("[0-9]{4}[.\\-/].*")) {
			digits = digits.substring(0, 4);
		}
		if (!WHOLE_NUMBER.matcher(digits).matches() || Integer.parseInt(digits) < 1000
				|| Integer.parseInt(digits) > thisYear + 1) {
			row.reject("library.import.reject.year", value, String.valueOf(thisYear + 1));
			return null;
		}
		return Integer.parseInt(digits);
	}

	private static String isbn(TableRow row) {
		String value = row.text("isbn", 40);
		if (value == null) {
			return null;
		}
		Optional<String> isbn = Isbn.parse(value);
		if (isbn.isEmpty() && SCIENTIFIC.matcher(value).matches()) {
			// a spreadsheet kept the ISBN as a number and shows it rounded (9.79119E+12): the digits are gone
			row.reject("library.import.reject.isbnAsNumber", value);
			return null;
		}
		if (isbn.isEmpty()) {
			row.reject("library.import.reject.isbn", value);
			return null;
		}
		return isbn.get();
	}

	private List<String> barcodes(TableRow row) {
		String value = row.text("barcodes", 2000);
		if (value == null) {
			return List.of();
		}
		Set<String> barcodes = new LinkedHashSet<>();
		for (String barcode : BARCODE_SEPARATOR.split(value.strip())) {
			if (barcode.length() > 40) {
				row.reject("library.import.reject.barcodeTooLong", barcode);
			}
			else if (!barcodes.add(barcode)) {
				row.reject("library.import.reject.barcodeTwiceInRow", barcode);
			}
			else if (barcodesSeen.containsKey(barcode)) {
				row.reject("library.import.reject.barcodeInFile", barcode, String.valueOf(barcodesSeen.get(barcode)));
			}
			else if (copies.findByCenterIdAndBarcode(centerId, barcode).isPresent()) {
				row.reject("library.import.reject.barcodeTaken", barcode);
			}
		}
		barcodes.forEach(b -> barcodesSeen.putIfAbsent(b, row.number()));
		return List.copyOf(barcodes);
	}

	/** The copies the row brings: its count, or as many as its barcodes, or one. */
	private static Integer copies(TableRow row, List<String> barcodes) {
		String value = row.text("copies", 20);
		if (value == null) {
			if (barcodes.size() > MAX_COPIES_A_ROW) {
				row.reject("library.import.reject.copies", String.valueOf(barcodes.size()), String.valueOf(MAX_COPIES_A_ROW));
				return null;
			}
			return barcodes.isEmpty() ? 1 : barcodes.size();
		}
		String digits = value.replace("권", "").replace("부", "").strip();
		if (!WHOLE_NUMBER.matcher(digits).matches() || Integer.parseInt(digits) < 1
				|| Integer.parseInt(digits) > MAX_COPIES_A_ROW) {
			row.reject("library.import.reject.copies", value, String.valueOf(MAX_COPIES_A_ROW));
			return null;
		}
		int count = Integer.parseInt(digits);
		if (!barcodes.isEmpty() && barcodes.size() != count) {
			row.reject("library.import.reject.barcodeCount", String.valueOf(count), String.valueOf(barcodes.size()));
			return null;
		}
		return count;
	}
}
