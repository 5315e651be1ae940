package org.ieum.governance.councils;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Council members whose term ends within the next {@value #DAYS} days, on the staff dashboard, so
 * staff can arrange a reappointment or a successor in time: one row per member with the days left.
 */
@Component
class TermsEndingFigures implements FigureProvider {

	static final int DAYS = 60;

	private final CouncilRepository councils;
	private final MemberRepository members;

	TermsEndingFigures(CouncilRepository councils, MemberRepository members) {
		this.councils = councils;
		this.members = members;
	}

	@Override
	@Transactional(readOnly = true)
	public List<FigureTable> figures(FigureScope scope) {
		Map<Long, Council> byId = councils.findByCenterIdInOrderByNameAscIdAsc(scope.centerIds()).stream()
			.collect(Collectors.toMap(Council::getId, Function.identity()));
		if (byId.isEmpty()) {
			return List.of();
		}
		LocalDate today = scope.asOf();
		List<FigureRow> rows = members
			.findByCouncilIdInAndTermEndBetweenOrderByTermEndAscNameAsc(byId.keySet(), today, today.plusDays(DAYS))
			.stream()
			.map(m -> FigureRow.of("governance.figure.termEnds", ChronoUnit.DAYS.between(today, m.getTermEnd()), m.getName(),
					byId.get(m.getCouncilId()).getName(), m.getTermEnd().toString()))
			.toList();
		if (rows.isEmpty()) {
			return List.of();
		}
		return List.of(new FigureTable("governance-terms-ending", "governance.figure.termsEnding",
				"governance.figure.daysLeft", rows, "/admin/governance",
				FigureRow.counted("governance.figure.termsEndingCount", rows.size(), "governance.figure.people")));
	}
}
