package org.ieum.enterprises.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationProfile;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL, the jobs figures of a center and of a wider scope are the sums of the records: an organization owned
 * by two centers counts once, founding teams not at all; one record per organization and year.
 */
@IeumPostgresTest
class EmploymentPostgresTests {

	/** Centers and years no other test uses, so the sums are exact in the shared database. */
	private static final long CENTER_A = 880_220L;

	private static final long CENTER_B = 880_221L;

	@Autowired
	OrganizationRepository organizations;

	@Autowired
	EmploymentRecordRepository records;

	@Autowired
	EmploymentFigures figures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	private long organization(String name, Set<Long> centers, boolean foundingTeam) {
		return tx.execute(s -> {
			Organization o = new Organization(null, null, centers, new OrganizationProfile(name, null, null, "경상남도",
					"김해시", null, null, null, null, null, null, null, null, null, null, null), Instant.now());
			if (foundingTeam) {
				o.registerAsFoundingTeam();
			}
			return organizations.save(o).getId();
		});
	}

	private void enter(long organization, int year, int employees, int vulnerable, int newHires) {
		tx.executeWithoutResult(s -> {
			EmploymentRecord r = new EmploymentRecord(organization, year);
			r.enter(new EmploymentRules.Figures(employees, vulnerable, newHires), EmploymentRecord.Source.STAFF, null,
					Instant.now());
			records.save(r);
		});
	}

	private static FigureTable table(List<FigureTable> tables, String id) {
		return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
	}

	private static List<String> sentences(FigureTable jobs) {
		return jobs.rows().stream().map(r -> r.labelArgs() + "=" + r.value()).toList();
	}

	@Test
	void figuresAreTheSumsOfTheRecordsWithEachOrganizationCountedOnce() {
		long a = organization("고용 합계 가", Set.of(CENTER_A), false);
		long b = organization("고용 합계 나", Set.of(CENTER_A, CENTER_B), false);
		long c = organization("고용 합계 다", Set.of(CENTER_B), false);
		long team = organization("고용 합계 창업팀", Set.of(CENTER_A), true);
		enter(a, 2024, 10, 4, 2);
		enter(b, 2024, 20, 5, 3);
		enter(c, 2024, 7, 1, 1);
		enter(team, 2024, 3, 0, 3);
		enter(a, 2025, 12, 5, 4);
		enter(a, 2019, 9, 1, 1); // more than five years before the reference date: not in the dashboard's series

		List<FigureTable> one = figures.figures(new FigureScope(Set.of(CENTER_A), LocalDate.of(2025, 12, 31)));
		FigureTable jobs = table(one, "employment-new-jobs");
		assertThat(sentences(jobs)).containsExactly("[2024, 2]=5", "[2025, 1]=4");
		assertThat(jobs.headline()).isEqualTo(jobs.rows().get(1));
		FigureTable workforce = table(one, "employment-workforce");
		assertThat(workforce.rows()).extracting(FigureRow::value).containsExactly(30L, 9L, 12L, 5L);
		assertThat(workforce.headline().value()).isEqualTo(12L);

		List<FigureTable> both = figures.figures(new FigureScope(Set.of(CENTER_A, CENTER_B), LocalDate.of(2025, 6, 1)));
		assertThat(sentences(table(both, "employment-new-jobs"))).containsExactly("[2024, 3]=6", "[2025, 1]=4");
		assertThat(table(both, "employment-workforce").rows()).extracting(FigureRow::value)
			.containsExactly(37L, 10L, 12L, 5L);

		// the figures equal the records counted straight from the table
		Map<String, Object> counted = jdbc.queryForMap("""
				select count(distinct e.organization_id) as organizations, sum(e.new_hires) as new_hires,
				       sum(e.employees) as employees
				from enterprises_employment e join enterprises_organization o on o.id = e.organization_id
				where e.report_year = 2024 and o.founding_team = false
				  and exists (select 1 from enterprises_organization_center oc
				              where oc.organization_id = o.id and oc.center_id in (?, ?))""", CENTER_A, CENTER_B);
		FigureRow year2024 = table(both, "employment-new-jobs").rows().get(0);
		assertThat(year2024.labelArgs().get(1)).isEqualTo(((Number) counted.get("organizations")).longValue());
		assertThat(year2024.value()).isEqualTo(((Number) counted.get("new_hires")).longValue());

		List<FigureTable> report = figures.yearFigures(Set.of(CENTER_A, CENTER_B), Year.of(2024));
		assertThat(sentences(table(report, "employment-new-jobs"))).containsExactly("[2024, 3]=6");
		assertThat(figures.yearFigures(Set.of(CENTER_A, CENTER_B), Year.of(2023))).isEmpty();
		assertThat(figures.figures(new FigureScope(Set.of(CENTER_B), LocalDate.of(2023, 1, 1)))).isEmpty();
	}

	@Test
	void anOrganizationHasOneRecordPerYear() {
		long a = organization("고용 한 해 한 번", Set.of(CENTER_A), false);
		enter(a, 2018, 4, 1, 1);
		assertThatThrownBy(() -> enter(a, 2018, 5, 1, 1)).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(jdbc.queryForObject("select employees from enterprises_employment where organization_id = ?",
				Integer.class, a)).isEqualTo(4);
	}
}
