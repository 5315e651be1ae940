package org.ieum.governance.giveback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;

import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The give-back figures on real PostgreSQL: a year's figures are the accepted projects begun in that
 * year at the centers asked (a project waiting for review, another year or another center is left
 * out), on the dashboard and in the yearly report alike.
 */
@IeumPostgresTest
class GiveBackPostgresTests {

	/** Center ids no other test uses. */
	private static final long CENTER = 880_961L;
	private static final long CHILD = 880_962L;
	private static final long OTHER = 880_963L;

	@Autowired
	GiveBackRepository projects;

	@Autowired
	List<FigureProvider> providers;

	@Test
	void theYearFiguresAreTheAcceptedProjectsOfThatYear() {
		Instant now = Instant.parse("2032-12-01T00:00:00Z");
		projects.save(GiveBack.recordedByStaff(CENTER, 1, "가 기업", details(LocalDate.of(2032, 1, 1), 10, 100_000), 1, now));
		projects.save(GiveBack.recordedByStaff(CHILD, 2, "나 기업", details(LocalDate.of(2032, 12, 31), 5, 0), 1, now));
		projects.save(GiveBack.recordedByStaff(CENTER, 1, "가 기업", details(LocalDate.of(2032, 6, 1), 0, 2_500_000), 1, now));
		projects.save(GiveBack.reported(CENTER, 3, "다 기업", details(LocalDate.of(2032, 6, 1), 40, 0), 1, now));
		projects.save(GiveBack.recordedByStaff(CENTER, 1, "가 기업", details(LocalDate.of(2031, 12, 31), 7, 0), 1, now));
		projects.save(GiveBack.recordedByStaff(OTHER, 4, "라 기업", details(LocalDate.of(2032, 3, 1), 9, 9), 1, now));

		// projects, organizations, hours, won
		assertThat(values(year(Set.of(CENTER, CHILD), 2032))).containsExactly(3L, 2L, 15L, 2_600_000L);
		assertThat(values(year(Set.of(CENTER), 2031))).containsExactly(1L, 1L, 7L, 0L);
		assertThat(year(Set.of(CHILD), 2031)).isNull();
		FigureTable dashboard = providers.stream()
			.flatMap(p -> p.figures(new FigureScope(Set.of(CENTER, CHILD), LocalDate.of(2032, 12, 1))).stream())
			.filter(t -> t.id().equals("governance-giveback")).findFirst().orElseThrow();
		assertThat(values(dashboard)).containsExactly(3L, 2L, 15L, 2_600_000L);
		assertThat(dashboard.headline().value()).isEqualTo(3L);
	}

	private FigureTable year(Set<Long> centers, int year) {
		return providers.stream().flatMap(p -> p.yearFigures(centers, Year.of(year)).stream())
			.filter(t -> t.id().equals("governance-giveback")).findFirst().orElse(null);
	}

	private static List<Long> values(FigureTable table) {
		return table.rows().stream().map(FigureRow::value).toList();
	}

	private static GiveBack.Details details(LocalDate day, int hours, long won) {
		return new GiveBack.Details("환원", "주민", day, day, hours, won, null);
	}
}
