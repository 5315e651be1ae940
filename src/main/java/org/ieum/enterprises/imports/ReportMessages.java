package org.ieum.enterprises.imports;

import org.ieum.shared.imports.RowProblem;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The report in words, the same on the preview page and on the command line. */
@Component
class ReportMessages {

	public record RejectedLine(int rowNumber, String name, List<String> reasons) {
	}

	private final MessageSource messages;

	ReportMessages(MessageSource messages) {
		this.messages = messages;
	}

	List<RejectedLine> rejected(ImportReport report, Locale locale) {
		return report.rejectedRows().stream()
			.map(r -> new RejectedLine(r.rowNumber(), r.name(),
					r.problems().stream().map(p -> text(p, locale)).toList()))
			.toList();
	}

	String text(RowProblem problem, Locale locale) {
		return messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale);
	}

	String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
