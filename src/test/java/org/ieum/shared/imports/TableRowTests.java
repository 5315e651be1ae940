package org.ieum.shared.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TableRowTests {

	private static final Map<String, List<String>> NAMES = Map.of("buyer", List.of("기관명", "구매기관"), "amount",
			List.of("구매금액", "금액"), "date", List.of("계약일자"));

	@Test
	void aHeaderIsFoundHoweverItsHeadingsAreSpaced() {
		assertThat(TableHeader.match(List.of("순번", " 구매 기관 ", "금액(원)", "비고"), NAMES, Set.of("buyer", "amount")))
			.contains(Map.of("buyer", 1, "amount", 2));
		assertThat(TableHeader.match(List.of("2026년 구매실적", "", ""), NAMES, Set.of("buyer", "amount"))).isEmpty();
	}

	@Test
	void wonAmountsAreWholeAndNotNegative() {
		TableRow row = row("1,234,000원", "2026.3.5");
		assertThat(row.wholeWon("amount", true)).isEqualTo(1_234_000L);
		assertThat(row.date("date", true)).isEqualTo(LocalDate.of(2026, 3, 5));
		assertThat(row.rejected()).isFalse();

		for (String bad : List.of("-5,000", "1234.5", "백만원", "99999999999999999999")) {
			TableRow wrong = row(bad, "2026-03-05");
			assertThat(wrong.wholeWon("amount", true)).as(bad).isNull();
			assertThat(wrong.problems()).as(bad).extracting(RowProblem::messageKey).containsExactly("imports.reject.amount");
		}
	}

	@Test
	void everyProblemOfARowIsNamedAtOnce() {
		TableRow row = row("", "3월 5일");
		assertThat(row.wholeWon("amount", true)).isNull();
		assertThat(row.date("date", true)).isNull();
		assertThat(row.problems()).extracting(RowProblem::messageKey)
			.containsExactly("imports.reject.required", "imports.reject.date");
		assertThat(row.problems().get(0).arguments()).containsExactly("금액");
	}

	@Test
	void aBrokenCharacterRejectsTheRowInsteadOfStoringGarbage() {
		TableRow row = new TableRow(4, List.of("\uFFFD\uFFFD기관"), Map.of("buyer", 0), Map.of("buyer", "기관명"));
		assertThat(row.text("buyer", 100)).isNull();
		assertThat(row.problems()).extracting(RowProblem::messageKey).containsExactly("imports.reject.encoding");
	}

	private static TableRow row(String amount, String date) {
		return new TableRow(7, List.of("김해시청", amount, date), Map.of("buyer", 0, "amount", 1, "date", 2),
				Map.of("buyer", "기관명", "amount", "금액", "date", "계약일자"));
	}
}
