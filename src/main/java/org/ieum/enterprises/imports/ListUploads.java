package org.ieum.enterprises.imports;

import java.io.InputStream;

import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.enterprises.search.IndexCatchUp;
import org.ieum.shared.imports.KeptUploads;
import org.springframework.stereotype.Service;

/**
 * Staff imports through the pages: the upload is kept by the shared {@link KeptUploads} until
 * the staff member confirms it, so the preview and the confirmation read the same bytes even
 * across a restart. Every step checks that the caller is staff of the import's center.
 */
@Service
public class ListUploads {

	/** Which import a kept upload is for. */
	static final String PURPOSE = "organizations";

	private final KeptUploads kept;
	private final OrganizationImports imports;
	private final IdentityApi identity;
	private final IndexCatchUp indexCatchUp;

	public ListUploads(KeptUploads kept, OrganizationImports imports, IdentityApi identity, IndexCatchUp indexCatchUp) {
		this.kept = kept;
		this.imports = imports;
		this.identity = identity;
		this.indexCatchUp = indexCatchUp;
	}

	/** Keeps the upload if it is a list at all (by content) with recognizable columns; a refused file is deleted at once. */
	long upload(long centerId, String fileName, InputStream content, String encoding) {
		return kept.keep(centerId, identity.currentUser().map(CurrentUser::accountId).orElse(null), PURPOSE, fileName,
				content, encoding, ListReader::requireHeader);
	}

	record Preview(long id, long centerId, String fileName, ImportReport report) {
	}

	Preview preview(long id) {
		KeptUploads.Kept upload = kept.open(id, PURPOSE);
		ImportReport report = imports.preview(upload.file(), upload.fileName(), upload.centerId());
		return new Preview(id, upload.centerId(), upload.fileName(), report);
	}

	/**
	 * Imports the kept file. Nothing is kept when it has rejected rows and {@code validRowsOnly}
	 * is false; otherwise the upload is marked applied in the same transaction, so it cannot
	 * be confirmed twice, and its file is deleted once that commits.
	 */
	ImportReport confirm(long id, boolean validRowsOnly) {
		KeptUploads.Kept upload = kept.open(id, PURPOSE);
		ImportReport report = imports.apply(upload.file(), upload.fileName(), upload.centerId(), validRowsOnly,
				row -> {
				}, done -> kept.markApplied(id, PURPOSE, done.created(), done.updated(), done.unchanged(),
						done.rejected()));
		if (report.applied()) {
			// the directory shows the new organizations when the staff member lands on the next page
			indexCatchUp.settle();
		}
		return report;
	}

	void discard(long id) {
		kept.discard(id, PURPOSE);
	}
}
