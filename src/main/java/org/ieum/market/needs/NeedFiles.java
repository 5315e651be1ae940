package org.ieum.market.needs;

import java.util.Map;
import java.util.Optional;

import org.ieum.shared.files.FileArea;
import org.ieum.shared.files.FileStore;
import org.ieum.shared.files.RefusedUpload;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Component;

/** The documents organizations attach to their offers (a quote, a catalogue), in the file area {@code market-needs}. */
@Component
class NeedFiles {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf",
			"application/x-tika-ooxml", "office", "application/x-tika-msoffice", "office", "application/x-hwp-v5",
			"hwp", "image/png", "png", "image/jpeg", "jpg");

	private final FileArea area;

	NeedFiles(FileStore store) {
		this.area = store.area("market-needs", EXTENSIONS, MAX_BYTES);
	}

	FileArea.StoredFile store(byte[] bytes) {
		try {
			return area.store(bytes);
		}
		catch (RefusedUpload ex) {
			throw new Refusal(switch (ex.reason()) {
				case EMPTY -> "market.needs.error.fileEmpty";
				case TOO_LARGE -> "market.needs.error.fileTooLarge";
				case TYPE -> "market.needs.error.fileType";
				case BROKEN -> "market.needs.error.fileBroken";
				case TOO_MANY_PIXELS, UNPACKS_TOO_LARGE -> RefusedUpload.FILES_MESSAGE_KEYS.get(ex.reason());
			});
		}
	}

	Optional<byte[]> read(String file) {
		return area.read(file);
	}
}
