package org.ieum.education.administration;

import java.util.Set;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ieum.education.CourseKind;
import org.ieum.education.CourseKindFigures;
import org.ieum.education.EducationApi;
import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** This year's participants per course kind on the staff dashboard, with completion and satisfaction. */
@Component
class ParticipationFigures implements FigureProvider {

	private final EducationApi education;

	ParticipationFigures(EducationApi education) {
		this.education = education;
	}

	@Override
	public List<FigureTable> figures(FigureScope scope) {
		int year = scope.asOf().getYear();
		Map<CourseKind, long[]> byKind = new EnumMap<>(CourseKind.class);
		Map<CourseKind, double[]> ratings = new EnumMap<>(CourseKind.class);
		for (CourseKindFigures f : education.figures(scope.centerIds())) {
			if (f.year() != year) {
				continue;
			}
			long[] sums = byKind.computeIfAbsent(f.kind(), k -> new long[2]);
			sums[0] += f.participants();
			sums[1] += f.completed();
			if (f.averageRating() != null) {
				double[] r = ratings.computeIfAbsent(f.kind(), k -> new double[2]);
				r[0] += f.averageRating() * f.surveyResponses();
				r[1] += f.surveyResponses();
			}
		}
		List<FigureRow> rows = byKind.entrySet().stream().map(e -> {
			long participants = e.getValue()[0];
			long completion = participants == 0 ? 0 : Math.round(100.0 * e.getValue()[1] / participants);
			double[] r = ratings.get(e.getKey());
			Object rating = r == null || r[1] == 0 ? "-"
					: new DefaultMessageSourceResolvable(new String[] { "figures.points" },
							new Object[] { String.format(Locale.ROOT, "%.1f", r[0] / r[1]) });
			return FigureRow.of("education.figures.row", participants,
					new DefaultMessageSourceResolvable("education.kind." + e.getKey().name()), completion,
					rating);
		}).toList();
		return List.of(FigureTable.summed("education-participants", "education.figures.title", "education.figures.people",
				rows, "/admin/education"));
	}

	/** The year's participants per course kind, with completion and satisfaction, as on the dashboard. */
	@Override
	public List<FigureTable> yearFigures(Set<Long> centerIds, Year year) {
		return figures(new FigureScope(centerIds, year.atMonth(12).atEndOfMonth())).stream()
			.map(t -> t.titled("report.figures.education"))
			.toList();
	}
}
