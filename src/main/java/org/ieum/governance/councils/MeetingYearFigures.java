package org.ieum.governance.councils;

import java.time.Year;
import java.util.List;
import java.util.Set;

import org.ieum.shared.Seoul;
import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The councils' year for the yearly report: meetings held (with and without quorum) and the decisions taken. */
@Component
class MeetingYearFigures implements FigureProvider {

	private final CouncilRepository councils;
	private final MeetingRepository meetings;

	MeetingYearFigures(CouncilRepository councils, MeetingRepository meetings) {
		this.councils = councils;
		this.meetings = meetings;
	}

	@Override
	public List<FigureTable> figures(FigureScope scope) {
		return List.of();
	}

	@Override
	@Transactional(readOnly = true)
	public List<FigureTable> yearFigures(Set<Long> centerIds, Year year) {
		List<Long> ids = councils.findByCenterIdInOrderByNameAscIdAsc(centerIds).stream().map(Council::getId).toList();
		List<Meeting> held = ids.isEmpty() ? List.of()
				: meetings.findByCouncilIdInOrderByStartsAtDescIdDesc(ids).stream()
					.filter(m -> !m.isCancelled() && Seoul.at(m.getStartsAt()).getYear() == year.getValue())
					.toList();
		if (held.isEmpty()) {
			return List.of();
		}
		long quorate = held.stream().filter(m -> Boolean.TRUE.equals(m.getQuorumMet())).count();
		long inquorate = held.stream().filter(m -> Boolean.FALSE.equals(m.getQuorumMet())).count();
		List<AgendaItem> items = held.stream().flatMap(m -> m.getAgenda().stream()).toList();
		FigureRow all = FigureRow.counted("report.figures.meetingsHeld", held.size(), "report.unit.times");
		return List.of(
				new FigureTable("report-council-meetings", "report.figures.meetings", "report.unit.times",
						List.of(all, FigureRow.counted("report.figures.meetingsQuorate", quorate, "report.unit.times"),
								FigureRow.counted("report.figures.meetingsInquorate", inquorate, "report.unit.times"),
								FigureRow.counted("report.figures.agendaItems", items.size(), "report.unit.items")),
						"/admin/governance", all),
				FigureTable.summed("report-council-decisions", "report.figures.decisions", "report.unit.items",
						List.of(decided(items, Decision.PASSED), decided(items, Decision.REJECTED),
								decided(items, Decision.DEFERRED)),
						"/admin/governance"));
	}

	private static FigureRow decided(List<AgendaItem> items, Decision decision) {
		return FigureRow.of("governance.decision." + decision.name(),
				items.stream().filter(i -> i.getDecision() == decision).count());
	}
}
