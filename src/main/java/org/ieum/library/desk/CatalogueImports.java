package org.ieum.library.desk;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.ieum.library.books.BookRepository;
import org.ieum.library.books.CopyRepository;
import org.ieum.library.lending.Lending;
import org.ieum.shared.Seoul;
import org.ieum.shared.export.ExportFormat;
import org.ieum.shared.export.TableWriter;
import org.ieum.shared.imports.KeptTableImport;
import org.ieum.shared.imports.KeptUploads;
import org.ieum.shared.imports.RowImport;
import org.ieum.shared.imports.TableImports;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A center's catalogue imported from a table (CSV or XLSX), with the shared upload, preview and confirmation of
 * {@link KeptTableImport}; the rows follow {@link CatalogueImport}. The template file has the columns it reads.
 */
@Service
public class CatalogueImports extends KeptTableImport<CatalogueImport.Line> {

	/** Which import a kept upload is for. */
	static final String PURPOSE = "library-catalogue";

	/** The template's columns, in the order a catalogue usually lists them. */
	static final List<String> TEMPLATE_COLUMNS = List.of("title", "authors", "publisher", "year", "isbn", "subject",
			"callNumber", "copies", "barcodes");

	private final BookRepository books;
	private final CopyRepository copies;
	private final Lending lending;
	private final MessageSource messages;
	private final Clock clock;

	CatalogueImports(KeptUploads kept, TableImports imports, BookRepository books, CopyRepository copies, Lending lending,
			MessageSource messages, Clock clock) {
		super(kept, imports, PURPOSE);
		this.books = books;
		this.copies = copies;
		this.lending = lending;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	protected RowImport<CatalogueImport.Line> rules(long centerId, Long enteredBy) {
		return new CatalogueImport(centerId, Seoul.today(clock).getYear(), books, copies, lending, messages,
				clock.instant());
	}

	@Override
	protected RowImport<CatalogueImport.Line> headerRules() {
		return new CatalogueImport(0, 0, null, null, null, null, null);
	}

	/** An empty catalogue table whose header row has every column the import reads, in the reader's language. */
	public byte[] template(ExportFormat format, Locale locale) {
		List<String> headings = TEMPLATE_COLUMNS.stream()
			.map(column -> messages.getMessage("library.import.column." + column, null, locale))
			.toList();
		return TableWriter.bytes(format, messages.getMessage("library.import.template.sheet", null, locale),
				table -> table.headings(headings));
	}
}
