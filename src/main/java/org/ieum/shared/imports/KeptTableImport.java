package org.ieum.shared.imports;

import java.io.InputStream;

/**
 * One kind of table import of a module, from upload to confirmation: the upload is kept by {@link KeptUploads}
 * between its preview and its confirmation (a file without the import's header is refused at once), the rows follow
 * the module's {@link RowImport}, and the confirmation keeps everything or nothing unless the staff member chose the
 * valid rows only. Every step checks that the caller is staff of the upload's center. A module extends it with its
 * purpose and its rules only; {@link TableImportController} gives it its pages.
 *
 * @param <R> what a valid row reads as
 */
public abstract class KeptTableImport<R> {

	/** What confirming a kept upload would do, with nothing kept. */
	public record Preview(long id, long centerId, String fileName, TableImportReport report) {
	}

	private final KeptUploads kept;
	private final TableImports imports;
	private final String purpose;

	/**
	 * @param purpose which import a kept upload is for, so an upload of one import is never confirmed by another
	 */
	protected KeptTableImport(KeptUploads kept, TableImports imports, String purpose) {
		this.kept = kept;
		this.imports = imports;
		this.purpose = purpose;
	}

	/** The rules of the center's import; {@code enteredBy} is null for a preview. */
	protected abstract RowImport<R> rules(long centerId, Long enteredBy);

	/** Rules that are only asked for their header, at the upload (they read no row and write nothing). */
	protected abstract RowImport<R> headerRules();

	/** Keeps the upload if it is a table with this import's header; anything else is refused and deleted at once. */
	public long upload(long centerId, Long uploadedBy, String fileName, InputStream content, String encoding) {
		return kept.keep(centerId, uploadedBy, purpose, fileName, content, encoding,
				file -> TableHeaderSearch.require(file, headerRules()));
	}

	/** What confirming the upload would record, with nothing kept. */
	public Preview preview(long id) {
		KeptUploads.Kept upload = kept.open(id, purpose);
		TableImportReport report = imports.preview(upload.file(), rules(upload.centerId(), null));
		return new Preview(id, upload.centerId(), upload.fileName(), report);
	}

	/**
	 * Records the rows. With rejected rows and {@code validRowsOnly} false nothing is recorded; otherwise the upload is
	 * marked applied in the same transaction, so it cannot be confirmed twice.
	 */
	public TableImportReport confirm(long id, boolean validRowsOnly, Long enteredBy) {
		KeptUploads.Kept upload = kept.open(id, purpose);
		return imports.apply(upload.file(), rules(upload.centerId(), enteredBy), validRowsOnly,
				done -> kept.markApplied(id, purpose, done.imported(), 0, 0, done.rejected()));
	}

	public void discard(long id) {
		kept.discard(id, purpose);
	}
}
