package org.ieum.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.governance.councils.Council;
import org.ieum.governance.councils.Councils;
import org.ieum.governance.councils.Decision;
import org.ieum.governance.councils.Meeting;
import org.ieum.governance.councils.MemberRole;
import org.ieum.governance.partners.ActivityKind;
import org.ieum.governance.partners.PartnerKind;
import org.ieum.governance.partners.Partners;
import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureTable;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The yearly report's figures on real PostgreSQL: every module's year queries run there, a center
 * without records gets no figure at all, and the governance figures of a year are exactly the
 * meetings, decisions, agreements and activities recorded in that year, none of the year before.
 */
@IeumPostgresTest
class YearlyReportPostgresTests {

	/** Center ids no other test uses (this module's range). */
	private static final long CENTER = 880_921L;
	private static final long EMPTY_CENTER = 880_929L;
	private static final Year YEAR = Year.of(2031);

	@Autowired
	Councils councils;

	@Autowired
	Partners partners;

	@Autowired
	List<FigureProvider> providers;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void asAdministrator() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_SYSTEM_ADMIN"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aCenterWithoutRecordsHasNoFigureInAnyModule() {
		List<FigureTable> tables = providers.stream().flatMap(p -> p.yearFigures(Set.of(EMPTY_CENTER), YEAR).stream())
			.filter(t -> t.rows().stream().anyMatch(r -> r.value() != 0))
			.toList();
		assertThat(tables).isEmpty();
	}

	@Test
	void theGovernanceFiguresOfAYearAreTheRecordsOfThatYear() {
		Council council = councils.create(CENTER, new Councils.CouncilTerms("보고서 위원회", null, true, 2, 3));
		for (int i = 0; i < 3; i++) {
			councils.addMember(council.getId(), CENTER, new Councils.MemberTerms("보고서 위원 " + i, null, null,
					MemberRole.MEMBER, LocalDate.of(2030, 1, 1), LocalDate.of(2032, 12, 31)));
		}
		Meeting held = meeting(council, "2031년 1차", LocalDate.of(2031, 3, 10));
		meeting(council, "2031년 2차", LocalDate.of(2031, 9, 10));
		meeting(council, "2030년 4차", LocalDate.of(2030, 12, 10));
		councils.addAgendaItem(held.getId(), CENTER, "사업계획");
		Set<Long> all = Set.copyOf(jdbc.queryForList("select id from governance_member where council_id = ?", Long.class,
				council.getId()));
		councils.recordAttendance(held.getId(), CENTER, all);
		long item = jdbc.queryForObject("select id from governance_agenda_item where meeting_id = ?", Long.class,
				held.getId());
		councils.decide(held.getId(), CENTER, item, Decision.PASSED, 3, 0, 0);

		var partner = partners.register(CENTER, new Partners.PartnerTerms("보고서 학교", PartnerKind.SCHOOL, null, null,
				null, null, false), null);
		var signed = partners.sign(partner.getId(), CENTER, new Partners.MouTerms(LocalDate.of(2031, 3, 1),
				LocalDate.of(2031, 3, 1), LocalDate.of(2033, 2, 28), "공동 교육", false), null);
		var ended = partners.sign(partner.getId(), CENTER, new Partners.MouTerms(LocalDate.of(2029, 1, 1),
				LocalDate.of(2029, 1, 1), LocalDate.of(2030, 12, 31), "지난 협약", false), null);
		partners.logActivity(signed.getId(), CENTER, LocalDate.of(2031, 5, 1), ActivityKind.JOINT_COURSE, "과정 1", null);
		partners.logActivity(signed.getId(), CENTER, LocalDate.of(2031, 6, 1), ActivityKind.JOINT_COURSE, "과정 2", null);
		partners.logActivity(ended.getId(), CENTER, LocalDate.of(2030, 6, 1), ActivityKind.REFERRAL, "지난 의뢰", null);

		Map<String, List<Long>> figures = providers.stream().flatMap(p -> p.yearFigures(Set.of(CENTER), YEAR).stream())
			.collect(Collectors.toMap(FigureTable::id, t -> t.rows().stream().map(FigureRow::value).toList()));
		// held, with quorum, without quorum (the second meeting has no attendance yet), agenda items
		assertThat(figures.get("report-council-meetings")).containsExactly(2L, 1L, 0L, 1L);
		assertThat(figures.get("report-council-decisions")).containsExactly(1L, 0L, 0L);
		// signed in the year, in force on 31 December
		assertThat(figures.get("report-agreements")).containsExactly(1L, 1L);
		assertThat(figures.get("report-agreement-activities")).containsExactly(2L, 0L, 0L, 0L);
		assertThat(providers.stream().flatMap(p -> p.yearFigures(Set.of(CENTER), Year.of(2030)).stream())
			.filter(t -> t.id().equals("report-agreement-activities")).findFirst().orElseThrow().rows())
			.extracting(FigureRow::value).containsExactly(0L, 1L, 0L, 0L);
	}

	private Meeting meeting(Council council, String title, LocalDate day) {
		return councils.schedule(council.getId(), CENTER,
				new Councils.MeetingTerms(title, day, LocalTime.of(14, 0), LocalTime.of(16, 0), null, "시청"));
	}
}
