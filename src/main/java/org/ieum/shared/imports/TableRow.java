package org.ieum.shared.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One data row as an import reads it: its spreadsheet row number, its cells by column, and the
 * problems found so far. The readers record a problem and return null instead of throwing, so
 * every problem of a row is named at once.
 */
public final class TableRow {

	private static final Pattern WON = Pattern.compile("-?[0-9]+");
	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("yyyy-M-d"),
			DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyy/M/d"),
			DateTimeFormatter.ofPattern("yyyyMMdd"), DateTimeFormatter.ofPattern("yyyy. M. d"));

	private final int number;
	private final List<String> cells;
	private final Map<String, Integer> columns;
	private final Map<String, String> headings;
	private final List<RowProblem> problems = new ArrayList<>();

	/**
	 * @param headings how each column is called in messages (the first of its names)
	 */
	public TableRow(int number, List<String> cells, Map<String, Integer> columns, Map<String, String> headings) {
		this.number = number;
		this.cells = List.copyOf(cells);
		this.columns = columns;
		this.headings = headings;
	}

	/** The row number a spreadsheet program shows, counting title and header rows from 1. */
	public int number() {
		return number;
	}

	public List<RowProblem> problems() {
		return List.copyOf(problems);
	}

	public boolean rejected() {
		return !problems.isEmpty();
	}

	public void reject(String messageKey, String... arguments) {
		problems.add(RowProblem.of(messageKey, arguments));
	}

	/** True when no cell has anything in it: blank rows between data rows are skipped, not rejected. */
	public boolean blank() {
		return cells.stream().allMatch(c -> c == null || c.isBlank());
	}

	/** The cell's text, trimmed; null when the column is absent or the cell blank; a longer text is a problem. */
	public String text(String column, int maxLength) {
		Integer index = columns.get(column);
		if (index == null || index >= cells.size()) {
			return null;
		}
		String value = cells.get(index);
		if (value == null || value.isBlank()) {
			return null;
		}
		value = value.strip();
		if (value.indexOf('\uFFFD') >= 0) {
			reject("imports.reject.encoding");
			return null;
		}
		if (value.length() > maxLength) {
			reject("imports.reject.tooLong", heading(column));
			return null;
		}
		return value;
	}

	/** Like {@link #text}, and a blank cell is a problem. */
	public String required(String column, int maxLength) {
		int before = problems.size();
		String value = text(column, maxLength);
		if (value == null && problems.size() == before) {
			reject("imports.reject.required", heading(column));
		}
		return value;
	}

	/**
	 * An amount in whole won: "1,234,000", "1234000원" and "₩1,234,000" read alike; a fraction,
	 * a negative amount or anything else is a problem. Null when blank and not required.
	 */
	public Long wholeWon(String column, boolean required) {
		String value = required ? required(column, 40) : text(column, 40);
		if (value == null) {
			return null;
		}
		String digits = value.replace(",", "").replace("원", "").replace("₩", "").replace(" ", "");
		if (digits.endsWith(".0") || digits.endsWith(".00")) {
			digits = digits.substring(0, digits.indexOf('.'));
		}
		if (!WON.matcher(digits).matches() || digits.length() > 16) {
			reject("imports.reject.amount", heading(column), value);
			return null;
		}
		long amount = Long.parseLong(digits);
		if (amount < 0) {
			reject("imports.reject.amount", heading(column), value);
			return null;
		}
		return amount;
	}

	/** A date written 2026-03-05, 2026.3.5, 2026/3/5, 20260305 or "2026. 3. 5."; anything else is a problem. */
	public LocalDate date(String column, boolean required) {
		String value = required ? required(column, 40) : text(column, 40);
		if (value == null) {
			return null;
		}
		String text = value.endsWith(".") ? value.substring(0, value.length() - 1).strip() : value;
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// the next format
			}
		}
		reject("imports.reject.date", value);
		return null;
	}

	/** The first non-blank cells, for a report's label of a row that could not be read. */
	public String firstCells() {
		return String.join(" ", cells.stream().filter(c -> c != null && !c.isBlank()).limit(2).toList());
	}

	private String heading(String column) {
		return headings.getOrDefault(column, column);
	}
}
