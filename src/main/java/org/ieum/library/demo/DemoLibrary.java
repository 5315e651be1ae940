package org.ieum.library.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.IdentityApi;
import org.ieum.library.books.Book;
import org.ieum.library.books.BookDetails;
import org.ieum.library.books.BookRepository;
import org.ieum.library.books.Copy;
import org.ieum.library.books.CopyRepository;
import org.ieum.library.books.Hold;
import org.ieum.library.books.HoldRepository;
import org.ieum.library.books.Isbn;
import org.ieum.library.books.LendingRules;
import org.ieum.library.books.LendingRulesRepository;
import org.ieum.library.books.LibraryCard;
import org.ieum.library.books.LibraryCardRepository;
import org.ieum.library.books.Loan;
import org.ieum.library.books.LoanRepository;
import org.ieum.shared.Seoul;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gimhae's library, dated relative to today: 800 generated titles about the social economy and
 * everyday life (the first one, 사회적경제 첫걸음, with two copies), loans of the past months, and
 * open loans of {@code citizen@ieum.example}, one of them overdue, which {@code member@ieum.example}
 * holds; {@code citizen@ieum.example} also has the card number GH-0001. Added only while there are no books.
 */
@Component
@Order(90)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoLibrary implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLibrary.class);

	static final int TITLES = 800;

	private static final String[] TOPICS = { "사회적경제", "협동조합", "마을기업", "자활", "사회적기업", "공정무역", "로컬푸드", "도시재생",
			"돌봄", "청년 창업", "지역 순환경제", "공유경제", "기후 위기", "윤리적 소비", "마을 공동체", "소셜벤처" };
	private static final String[] FORMS = { "%s 첫걸음", "%s의 이해", "우리 동네 %s 이야기", "%s 실무 안내", "함께 만드는 %s", "%s와 지역의 미래",
			"%s 현장 기록", "처음 읽는 %s", "%s 사례집", "%s 경영 전략" };
	private static final String[] FAMILY = { "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임" };
	private static final String[] GIVEN = { "민준", "서연", "도윤", "하은", "지호", "수아", "현우", "지민", "예준", "채원", "은지", "성호" };
	private static final String[] PUBLISHERS = { "이음출판", "마을책방", "한빛나눔", "푸른협동", "가야문화사" };
	private static final String[] SUBJECTS = { "사회적경제", "협동조합", "지역개발", "경영", "환경", "복지", "창업" };

	private final BookRepository books;
	private final CopyRepository copies;
	private final LoanRepository loans;
	private final HoldRepository holds;
	private final LendingRulesRepository rules;
	private final LibraryCardRepository cards;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final Clock clock;

	DemoLibrary(BookRepository books, CopyRepository copies, LoanRepository loans, HoldRepository holds,
			LendingRulesRepository rules, LibraryCardRepository cards, CentersApi centers, IdentityApi identity,
			Clock clock) {
		this.books = books;
		this.copies = copies;
		this.loans = loans;
		this.holds = holds;
		this.rules = rules;
		this.cards = cards;
		this.centers = centers;
		this.identity = identity;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Optional<CenterSummary> gimhae = centers.findBySlug("gimhae");
		if (books.count() > 0 || gimhae.isEmpty()) {
			return;
		}
		long centerId = gimhae.get().id();
		rules.save(LendingRules.defaults(centerId));
		Random random = new Random(21);
		List<Book> made = new ArrayList<>();
		List<Copy> firstCopies = new ArrayList<>();
		for (int i = 0; i < TITLES; i++) {
			String topic = TOPICS[i % TOPICS.length];
			String title = String.format(FORMS[(i / TOPICS.length) % FORMS.length], topic)
					+ (i < TOPICS.length * FORMS.length ? "" : " " + (i / (TOPICS.length * FORMS.length) + 1));
			String author = FAMILY[random.nextInt(FAMILY.length)] + GIVEN[random.nextInt(GIVEN.length)];
			String twelve = String.format("97911%07d", 1_000_000 + i);
			String isbn = twelve + Isbn.checkDigit13(twelve);
			Book book = books.save(new Book(centerId, new BookDetails(title, author, PUBLISHERS[i % PUBLISHERS.length],
					2010 + i % 16, isbn, SUBJECTS[i % SUBJECTS.length], String.format("%03d-%s%d", 300 + i % 100, "이", i)),
					clock.instant()));
			made.add(book);
			int count = i == 0 || i % 4 == 0 ? 2 : 1;
			for (int n = 1; n <= count; n++) {
				Copy copy = copies.save(new Copy(book.getId(), centerId, Copy.barcodeFor(book.getId(), n)));
				if (n == 1) {
					firstCopies.add(copy);
				}
			}
		}
		LocalDate today = Seoul.today(clock);
		Optional<Long> citizen = identity.findAccountIdByEmail("citizen@ieum.example");
		Optional<Long> member = identity.findAccountIdByEmail("member@ieum.example");
		Optional<Long> youth = identity.findAccountIdByEmail("youth@ieum.example");
		List<Long> borrowers = new ArrayList<>();
		citizen.ifPresent(borrowers::add);
		member.ifPresent(borrowers::add);
		youth.ifPresent(borrowers::add);
		if (!borrowers.isEmpty()) {
			// returned loans of the past months, for the statistics
			for (int i = 0; i < 90; i++) {
				Copy copy = firstCopies.get(1 + random.nextInt(60));
				LocalDate borrowed = today.minusDays(20 + random.nextInt(320));
				Loan loan = new Loan(copy, borrowers.get(i % borrowers.size()), at(borrowed), borrowed.plusDays(14));
				loan.returnBook(at(borrowed.plusDays(5 + random.nextInt(9))));
				loans.save(loan);
			}
		}
		citizen.ifPresent(id -> {
			cards.save(new LibraryCard(centerId, id, "GH-0001", at(today.minusDays(60))));
			// one overdue (borrowed 20 days ago, due 6 days ago) and one due next week
			lend(firstCopies.get(2), id, today.minusDays(20));
			lend(firstCopies.get(3), id, today.minusDays(7));
			member.ifPresent(m -> holds.save(new Hold(made.get(2), m, at(today.minusDays(3)))));
		});
		log.info("Demo library: {} titles at {}", TITLES, gimhae.get().name());
	}

	private void lend(Copy copy, long accountId, LocalDate borrowed) {
		copy.lend();
		loans.save(new Loan(copy, accountId, at(borrowed), borrowed.plusDays(14)));
	}

	private static Instant at(LocalDate day) {
		return day.atTime(11, 0).atZone(Seoul.ZONE).toInstant();
	}
}
