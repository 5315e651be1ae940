package org.ieum.shared.imports;

/** Looks for an import's header in the first rows of a table, and stops reading there. */
final class TableHeaderSearch {

	private TableHeaderSearch() {
	}

	/** A table whose first rows hold no header of these rules is refused with their message. */
	static void require(TableFile file, RowImport<?> rules) {
		try {
			TableRows.read(file, (number, cells) -> {
				if (rules.header(cells).isPresent()) {
					throw new HeaderFound();
				}
				if (number >= RowImport.HEADER_SEARCH_ROWS) {
					throw new ImportRefused(rules.noHeaderMessageKey());
				}
			});
		}
		catch (HeaderFound found) {
			return;
		}
		throw new ImportRefused(rules.noHeaderMessageKey());
	}

	/** Stops reading at the header. */
	private static final class HeaderFound extends RuntimeException {

		HeaderFound() {
			super(null, null, false, false);
		}
	}
}
