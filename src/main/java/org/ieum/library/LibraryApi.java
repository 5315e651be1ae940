package org.ieum.library;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.library.books.Book;
import org.ieum.library.books.BookRepository;
import org.ieum.library.books.Loan;
import org.ieum.library.books.LoanRepository;
import org.ieum.shared.Seoul;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may read from the library: aggregate figures, no personal data. */
@Service
@Transactional(readOnly = true)
public class LibraryApi {

	private final LoanRepository loans;
	private final BookRepository books;

	LibraryApi(LoanRepository loans, BookRepository books) {
		this.loans = loans;
		this.books = books;
	}

	/** Loans made at these centers in the twelve months up to {@code asOf} (Asia/Seoul), and the five most borrowed titles. */
	public LibraryFigures figures(Collection<Long> centerIds, LocalDate asOf) {
		YearMonth last = YearMonth.from(asOf);
		YearMonth first = last.minusMonths(11);
		List<Loan> made = loans.findByCenterIdInAndBorrowedAtGreaterThanEqualAndBorrowedAtLessThan(centerIds,
				first.atDay(1).atStartOfDay(Seoul.ZONE).toInstant(), asOf.plusDays(1).atStartOfDay(Seoul.ZONE).toInstant());
		Map<YearMonth, Long> byMonth = new LinkedHashMap<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			byMonth.put(m, 0L);
		}
		made.forEach(l -> byMonth.merge(YearMonth.from(Seoul.at(l.getBorrowedAt())), 1L, Long::sum));
		long borrowers = made.stream().map(Loan::getAccountId).distinct().count();
		Map<Long, Long> perBook = made.stream().collect(Collectors.groupingBy(Loan::getBookId, Collectors.counting()));
		List<Long> top = perBook.entrySet().stream()
			.sorted(Map.Entry.<Long, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
			.limit(5).map(Map.Entry::getKey).toList();
		Map<Long, Book> titles = books.findByIdIn(top).stream().collect(Collectors.toMap(Book::getId, Function.identity()));
		List<LibraryFigures.TitleCount> most = top.stream().filter(titles::containsKey)
			.map(id -> new LibraryFigures.TitleCount(titles.get(id).getTitle(), perBook.get(id))).toList();
		return new LibraryFigures(byMonth, borrowers, most);
	}
}
