package org.ieum.library.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.CurrentUser;
import org.ieum.library.books.CopyState;
import org.ieum.library.books.HoldStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The library as JSON: the catalogue with availability is public; a member's own loans and holds need a personal token. */
@RestController
@RequestMapping("/api/v1/library")
@Tag(name = "도서 대여", description = "센터 도서 목록과 대출 가능 여부, 내 대출과 예약")
class LibraryRestController {

	record CopyJson(String barcode, CopyState state, LocalDate dueOn) {
	}

	record BookJson(long id, String title, String authors, String publisher, Integer publishedYear, String isbn,
			String subject, String callNumber, long available, List<CopyJson> copies) {
	}

	record BooksJson(long total, int page, List<BookJson> books) {
	}

	record LoanJson(long id, long bookId, String title, String center, LocalDate dueOn, boolean overdue,
			int renewalsLeft) {
	}

	record HoldJson(long id, long bookId, String title, String center, HoldStatus status, int place,
			LocalDate pickupBy) {
	}

	private final CatalogueSearch search;
	private final MyLibrary mine;
	private final CentersApi centers;

	LibraryRestController(CatalogueSearch search, MyLibrary mine, CentersApi centers) {
		this.search = search;
		this.mine = mine;
		this.centers = centers;
	}

	@GetMapping("/books")
	@Operation(summary = "센터의 도서 검색", description = "제목, 저자, 주제로 찾고(q가 없으면 제목순 전체), 책마다 소장 자료(바코드, 상태, 반납 예정일)와 대출 가능 권수를 돌려줍니다.")
	BooksJson books(@Parameter(description = "센터 주소 이름, 예: gimhae") @RequestParam String center,
			@Parameter(description = "검색어") @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page) {
		CenterSummary c = centers.findBySlug(center.toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var found = search.search(c.id(), q, page);
		return new BooksJson(found.getTotalElements(), found.getNumber(), found.getContent().stream()
			.map(b -> new BookJson(b.id(), b.title(), b.authors(), b.publisher(), b.publishedYear(), b.isbn(), b.subject(),
					b.callNumber(), b.available(),
					b.copies().stream().map(x -> new CopyJson(x.barcode(), x.state(), x.dueOn())).toList()))
			.toList());
	}

	@GetMapping("/loans/mine")
	@Operation(summary = "내 대출 목록", description = "반납하지 않은 책과 반납 예정일, 연체 여부, 남은 연장 횟수.")
	List<LoanJson> loans(CurrentUser me) {
		return mine.loans(me.accountId()).stream()
			.map(l -> new LoanJson(l.id(), l.bookId(), l.title(), l.centerSlug(), l.dueOn(), l.overdue(), l.renewalsLeft()))
			.toList();
	}

	@GetMapping("/holds/mine")
	@Operation(summary = "내 예약 목록", description = "대기 중인 예약의 순번과, 도착한 예약의 수령 기한.")
	List<HoldJson> holds(CurrentUser me) {
		return mine.holds(me.accountId()).stream()
			.map(h -> new HoldJson(h.id(), h.bookId(), h.title(), h.centerSlug(), h.status(), h.place(), h.pickupBy()))
			.toList();
	}
}
