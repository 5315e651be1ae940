package org.ieum.market.collaboration;

import java.util.Map;
import java.util.Optional;

import org.ieum.shared.files.FileArea;
import org.ieum.shared.files.FileStore;
import org.ieum.shared.files.RefusedUpload;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Component;

/** Projects' shared documents in the file area {@code market-collaboration}, checked by their content. */
@Component
class ProjectFiles {

	static final long MAX_BYTES = 20L * 1024 * 1024;

	private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf",
			"application/x-tika-ooxml", "office", "application/x-tika-msoffice", "office", "application/x-hwp-v5",
			"hwp", "image/png", "png", "image/jpeg", "jpg");

	private final FileArea area;

	ProjectFiles(FileStore store) {
		this.area = store.area("market-collaboration", EXTENSIONS, MAX_BYTES);
	}

	FileArea.StoredFile store(byte[] bytes) {
		try {
			return area.store(bytes);
		}
		catch (RefusedUpload ex) {
			throw new Refusal(switch (ex.reason()) {
				case EMPTY -> "market.collab.error.fileEmpty";
				case TOO_LARGE -> "market.collab.error.fileTooLarge";
				case TYPE, BROKEN -> "market.collab.error.fileType";
				case TOO_MANY_PIXELS, UNPACKS_TOO_LARGE -> RefusedUpload.FILES_MESSAGE_KEYS.get(ex.reason());
			});
		}
	}

	Optional<byte[]> read(String file) {
		return area.read(file);
	}

	void deleteAfterCommit(String file) {
		area.deleteAfterCommit(file);
	}
}
