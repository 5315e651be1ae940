package org.ieum.stats.cohorts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ieum.shared.export.ExportFormat;
import org.ieum.shared.export.TableWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** A cohort's progress table and its organizations' milestone dates as one CSV or XLSX file for staff. */
@Service
public class CohortExport {

	private final Cohorts cohorts;
	private final MessageSource messages;

	CohortExport(Cohorts cohorts, MessageSource messages) {
		this.cohorts = cohorts;
		this.messages = messages;
	}

	public byte[] file(long cohortId, ExportFormat format, Locale locale) {
		CohortPage page = cohorts.page(cohortId);
		return TableWriter.bytes(format, "cohort-" + cohortId, writer -> {
			writer.headings(text("cohorts.column.milestone", locale), text("cohorts.column.atStart", locale),
					text("cohorts.column.year", locale, 1), text("cohorts.column.year", locale, 2),
					text("cohorts.column.year", locale, 3));
			for (CohortProgress.Row row : page.progress().rows()) {
				List<Object> cells = new ArrayList<>();
				cells.add(text("cohorts.milestone." + row.milestone(), locale));
				cells.add(row.atStart());
				cells.addAll(row.withinYears());
				writer.row(cells);
			}
			writer.row(text("cohorts.column.members", locale), page.progress().members(), "", "", "");
			writer.row("", "", "", "", "");
			writer.headings(text("cohorts.column.organization", locale), text("cohorts.milestone.FOUNDED", locale),
					text("cohorts.milestone.DESIGNATED", locale), text("cohorts.milestone.CERTIFIED", locale), "");
			for (CohortPage.Member m : page.members()) {
				writer.row(m.name() == null ? text("cohorts.merged", locale) : m.name(), date(m.founded()),
						date(m.designated()), date(m.certified()), "");
			}
		});
	}

	private static String date(java.time.LocalDate date) {
		return date == null ? "" : date.toString();
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
