package org.ieum.programs.administration;

import java.util.Set;
import java.time.Year;
import java.util.List;

import org.ieum.programs.call.Application;
import org.ieum.programs.call.ApplicationRepository;
import org.ieum.programs.call.ApplicationStatus;
import org.ieum.programs.call.CallRepository;
import org.ieum.programs.call.Decision;
import org.ieum.programs.call.ProgramCall;
import org.ieum.shared.Seoul;
import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This year's calls on the staff dashboard: calls that opened this year (Seoul), the
 * applications submitted to them, and awards among calls whose results are out.
 */
@Component
@Transactional(readOnly = true)
public class ProgramFigures implements FigureProvider {

	private final CallRepository calls;
	private final ApplicationRepository applications;

	ProgramFigures(CallRepository calls, ApplicationRepository applications) {
		this.calls = calls;
		this.applications = applications;
	}

	@Override
	public List<FigureTable> figures(FigureScope scope) {
		int year = scope.asOf().getYear();
		List<ProgramCall> thisYear = calls.findByCenterIdInOrderByOpensAtDescIdDesc(scope.centerIds()).stream()
			.filter(c -> c.isAnnounced() && Seoul.at(c.getOpensAt()).getYear() == year)
			.toList();
		if (thisYear.isEmpty()) {
			return List.of();
		}
		List<Application> submitted = applications.findByCallIdInAndStatus(
				thisYear.stream().map(ProgramCall::getId).toList(), ApplicationStatus.SUBMITTED);
		List<Long> published = thisYear.stream().filter(ProgramCall::isPublished).map(ProgramCall::getId).toList();
		long awards = submitted.stream()
			.filter(a -> published.contains(a.getCallId()) && a.getDecision() == Decision.AWARDED)
			.count();
		FigureRow callsOpened = FigureRow.of("programs.figures.calls", thisYear.size());
		return List.of(new FigureTable("programs-calls", "programs.figures.title", "programs.figures.unit",
				List.of(callsOpened, FigureRow.of("programs.figures.applications", submitted.size()),
						FigureRow.of("programs.figures.awards", awards)),
				"/admin/programs", callsOpened));
	}

	/**
	 * The calls that opened in the year (Seoul), the applications submitted to them, the awards among
	 * calls whose results are out, and the support agreed with the awarded organizations in won.
	 */
	@Override
	public List<FigureTable> yearFigures(Set<Long> centerIds, Year year) {
		List<ProgramCall> opened = calls.findByCenterIdInOrderByOpensAtDescIdDesc(centerIds).stream()
			.filter(c -> c.isAnnounced() && Seoul.at(c.getOpensAt()).getYear() == year.getValue())
			.toList();
		if (opened.isEmpty()) {
			return List.of();
		}
		List<Application> submitted = applications.findByCallIdInAndStatus(
				opened.stream().map(ProgramCall::getId).toList(), ApplicationStatus.SUBMITTED);
		List<Long> published = opened.stream().filter(ProgramCall::isPublished).map(ProgramCall::getId).toList();
		List<Application> awarded = submitted.stream()
			.filter(a -> published.contains(a.getCallId()) && a.getDecision() == Decision.AWARDED)
			.toList();
		long won = awarded.stream().mapToLong(a -> a.getSupportAmountWon() == null ? 0 : a.getSupportAmountWon()).sum();
		FigureRow callsOpened = FigureRow.of("programs.figures.calls", opened.size());
		return List.of(new FigureTable("programs-calls", "report.figures.programs", "programs.figures.unit",
				List.of(callsOpened, FigureRow.of("programs.figures.applications", submitted.size()),
						FigureRow.of("programs.figures.awards", awarded.size()),
						FigureRow.counted("report.figures.supportAmount", won, "report.unit.won")),
				"/admin/programs", callsOpened));
	}
}
