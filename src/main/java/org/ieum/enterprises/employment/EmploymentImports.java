package org.ieum.enterprises.employment;

import java.io.InputStream;
import java.time.Clock;

import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.shared.Seoul;
import org.ieum.shared.imports.ImportRefused;
import org.ieum.shared.imports.KeptUploads;
import org.ieum.shared.imports.RowImport;
import org.ieum.shared.imports.TableFile;
import org.ieum.shared.imports.TableImportReport;
import org.ieum.shared.imports.TableImports;
import org.ieum.shared.imports.TableRows;
import org.springframework.stereotype.Service;

/**
 * A table of employment figures (CSV or XLSX) imported into a center's organizations: the upload is kept by
 * {@link KeptUploads} between its preview and its confirmation, the rows follow {@link EmploymentImport}, and the
 * confirmation keeps everything or nothing unless the staff member chose the valid rows only. Every step checks that
 * the caller is staff of the upload's center.
 */
@Service
public class EmploymentImports {

	/** Which import a kept upload is for. */
	static final String PURPOSE = "employment";

	private final KeptUploads kept;
	private final TableImports imports;
	private final OrganizationRepository organizations;
	private final EmploymentRecordRepository records;
	private final Clock clock;

	EmploymentImports(KeptUploads kept, TableImports imports, OrganizationRepository organizations,
			EmploymentRecordRepository records, Clock clock) {
		this.kept = kept;
		this.imports = imports;
		this.organizations = organizations;
		this.records = records;
		this.clock = clock;
	}

	public record Preview(long id, long centerId, String fileName, TableImportReport report) {
	}

	/** Keeps the upload if it is a table with the columns of employment figures; anything else is refused and deleted at once. */
	public long upload(long centerId, Long uploadedBy, String fileName, InputStream content, String encoding) {
		return kept.keep(centerId, uploadedBy, PURPOSE, fileName, content, encoding, EmploymentImports::requireHeader);
	}

	/** What confirming the upload would record, with nothing kept. */
	public Preview preview(long id) {
		KeptUploads.Kept upload = kept.open(id, PURPOSE);
		TableImportReport report = imports.preview(upload.file(), rules(upload.centerId(), null));
		return new Preview(id, upload.centerId(), upload.fileName(), report);
	}

	/**
	 * Records the rows. With rejected rows and {@code validRowsOnly} false nothing is recorded; otherwise the upload is
	 * marked applied in the same transaction, so it cannot be confirmed twice.
	 */
	public TableImportReport confirm(long id, boolean validRowsOnly, Long enteredBy) {
		KeptUploads.Kept upload = kept.open(id, PURPOSE);
		return imports.apply(upload.file(), rules(upload.centerId(), enteredBy), validRowsOnly,
				done -> kept.markApplied(id, PURPOSE, done.imported(), 0, 0, done.rejected()));
	}

	public void discard(long id) {
		kept.discard(id, PURPOSE);
	}

	private EmploymentImport rules(long centerId, Long enteredBy) {
		return new EmploymentImport(centerId, Seoul.today(clock).getYear(), organizations, records, enteredBy,
				clock.instant());
	}

	/** A table whose first rows hold no header of employment figures is refused at the upload, before it is kept. */
	static void requireHeader(TableFile file) {
		EmploymentImport rules = new EmploymentImport(0, 0, null, null, null, null);
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
