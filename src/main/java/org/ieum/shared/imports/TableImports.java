package org.ieum.shared.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a {@link RowImport} over a table, all in one transaction: a preview runs the very same
 * work and rolls it back, so what the preview counts is what the confirmation does, and a
 * failure halfway leaves nothing behind. With rejected rows nothing is kept unless the staff
 * member chose to import the valid rows only. Rows are streamed and the persistence context is
 * flushed and cleared every few hundred rows, so memory does not grow with the table.
 */
@Service
public class TableImports {

	/** Rows written between two flushes and clears of the persistence context. */
	static final int CHUNK = 500;

	private final TransactionTemplate transactions;
	private final EntityManager entityManager;

	TableImports(PlatformTransactionManager transactionManager, EntityManager entityManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.entityManager = entityManager;
	}

	/** What importing this file would do, with nothing kept. */
	public <R> TableImportReport preview(TableFile file, RowImport<R> rules) {
		return run(file, rules, false, false, r -> {
		});
	}

	/**
	 * Imports the file. With rejected rows and {@code validRowsOnly} false nothing is kept
	 * ({@link TableImportReport#applied()} is false). {@code inTransaction} runs before the
	 * commit (to mark a kept upload applied), so what it writes commits or rolls back with the rows.
	 */
	public <R> TableImportReport apply(TableFile file, RowImport<R> rules, boolean validRowsOnly,
			Consumer<TableImportReport> inTransaction) {
		return run(file, rules, true, validRowsOnly, inTransaction);
	}

	private <R> TableImportReport run(TableFile file, RowImport<R> rules, boolean apply, boolean validRowsOnly,
			Consumer<TableImportReport> inTransaction) {
		return transactions.execute(status -> {
			Run<R> run = new Run<>(rules);
			TableRows.read(file, run::accept);
			if (run.columns == null) {
				throw new ImportRefused(rules.noHeaderMessageKey());
			}
			boolean commit = apply && (validRowsOnly || run.rejected == 0);
			TableImportReport report = new TableImportReport(run.headerRow, file.encodingName(), run.imported,
					run.rejected, List.copyOf(run.rejectedRows), List.copyOf(run.sample), commit);
			if (commit) {
				entityManager.flush();
				inTransaction.accept(report);
			}
			else {
				status.setRollbackOnly();
			}
			return report;
		});
	}

	private final class Run<R> {

		private final RowImport<R> rules;
		private Map<String, Integer> columns;
		private Map<String, String> headings;
		private int headerRow;
		private int imported;
		private int rejected;
		private final List<TableImportReport.RejectedRow> rejectedRows = new ArrayList<>();
		private final List<String> sample = new ArrayList<>();

		Run(RowImport<R> rules) {
			this.rules = rules;
		}

		void accept(int number, List<String> cells) {
			if (columns == null) {
				if (number > RowImport.HEADER_SEARCH_ROWS) {
					throw new ImportRefused(rules.noHeaderMessageKey());
				}
				rules.header(cells).ifPresent(found -> {
					columns = found;
					headerRow = number;
					headings = new java.util.HashMap<>();
					found.forEach((column, index) -> headings.put(column, cells.get(index).strip()));
				});
				return;
			}
			TableRow row = new TableRow(number, cells, columns, headings);
			if (row.blank()) {
				return;
			}
			R value = rules.read(row);
			String label = rules.label(row, value);
			if (row.rejected() || value == null) {
				rejected++;
				if (rejectedRows.size() < TableImportReport.REJECTED_SHOWN) {
					List<RowProblem> problems = row.rejected() ? row.problems()
							: List.of(RowProblem.of("imports.reject.unreadable"));
					rejectedRows.add(new TableImportReport.RejectedRow(number, label, problems));
				}
				return;
			}
			rules.write(value);
			imported++;
			if (sample.size() < TableImportReport.SAMPLE) {
				sample.add(label);
			}
			if (imported % CHUNK == 0) {
				entityManager.flush();
				entityManager.clear();
			}
		}
	}
}
