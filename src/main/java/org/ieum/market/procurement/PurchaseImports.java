package org.ieum.market.procurement;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.market.catalog.Categories;
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
 * A buyer's table of purchases (CSV or XLSX) imported into a center's purchase records: the upload is kept by
 * {@link KeptUploads} between its preview and its confirmation, the rows follow {@link PurchaseImport}, and the
 * confirmation keeps everything or nothing unless the staff member chose the valid rows only. Every step checks that
 * the caller is staff of the upload's center; imported records wait for their sellers' confirmation.
 */
@Service
public class PurchaseImports {

	/** Which import a kept upload is for. */
	static final String PURPOSE = "purchases";

	private final KeptUploads kept;
	private final TableImports imports;
	private final BuyerRepository buyers;
	private final PurchaseRepository purchases;
	private final Categories categories;
	private final EnterprisesApi enterprises;
	private final Clock clock;

	PurchaseImports(KeptUploads kept, TableImports imports, BuyerRepository buyers, PurchaseRepository purchases,
			Categories categories, EnterprisesApi enterprises, Clock clock) {
		this.kept = kept;
		this.imports = imports;
		this.buyers = buyers;
		this.purchases = purchases;
		this.categories = categories;
		this.enterprises = enterprises;
		this.clock = clock;
	}

	public record Preview(long id, long centerId, String fileName, TableImportReport report) {
	}

	/** Keeps the upload if it is a table with the columns of purchases; anything else is refused and deleted at once. */
	public long upload(long centerId, Long uploadedBy, String fileName, InputStream content, String encoding) {
		return kept.keep(centerId, uploadedBy, PURPOSE, fileName, content, encoding, PurchaseImports::requireHeader);
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

	private PurchaseImport rules(long centerId, Long enteredBy) {
		return new PurchaseImport(buyers.findByCenterIdInOrderByNameAscIdAsc(List.of(centerId)), categories.tree(),
				enterprises, purchases, clock, Seoul.today(clock), enteredBy);
	}

	/** A table whose first rows hold no header of purchases is refused at the upload, before it is kept. */
	static void requireHeader(TableFile file) {
		PurchaseImport rules = new PurchaseImport(List.of(), List.of(), null, null, null, null, null);
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
