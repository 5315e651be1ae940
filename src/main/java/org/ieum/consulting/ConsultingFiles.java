package org.ieum.consulting;

import java.util.Map;
import java.util.Optional;

import org.ieum.shared.files.FileArea;
import org.ieum.shared.files.FileStore;
import org.ieum.shared.files.RefusedUpload;
import org.springframework.stereotype.Component;

/** Files sent with requests and sessions, in the file area {@code consulting}, checked by content. */
@Component
class ConsultingFiles {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	/** Documents and pictures people send about their business: PDF, Office, HWP, images, zip. */
	private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf",
			"application/x-tika-ooxml", "office", "application/x-tika-msoffice", "office", "application/zip", "zip",
			"application/x-hwp-v5", "hwp", "image/png", "png", "image/jpeg", "jpg");

	private final FileArea area;

	ConsultingFiles(FileStore store) {
		this.area = store.area("consulting", EXTENSIONS, MAX_BYTES);
	}

	FileArea.StoredFile store(byte[] bytes) {
		try {
			return area.store(bytes);
		}
		catch (RefusedUpload ex) {
			throw new ConsultingException(switch (ex.reason()) {
				case EMPTY -> "consulting.error.fileEmpty";
				case TOO_LARGE -> "consulting.error.fileTooLarge";
				case TYPE -> "consulting.error.fileType";
			});
		}
	}

	Optional<byte[]> read(String file) {
		return area.read(file);
	}
}
