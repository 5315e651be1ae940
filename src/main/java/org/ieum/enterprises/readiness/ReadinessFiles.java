package org.ieum.enterprises.readiness;

import java.util.Map;
import java.util.Optional;

import org.ieum.shared.files.DownloadNames;
import org.ieum.shared.files.FileArea;
import org.ieum.shared.files.FileStore;
import org.ieum.shared.files.RefusedUpload;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Component;

/** Evidence for a checklist requirement (articles, minutes, a business plan), in the file area {@code readiness}. */
@Component
class ReadinessFiles {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	/** Scans, screenshots and Hangul documents; the extension always follows the content. */
	private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf", "image/png", "png",
			"image/jpeg", "jpg", "application/x-hwp-v5", "hwp");

	private final FileArea area;

	ReadinessFiles(FileStore store) {
		this.area = store.area("readiness", EXTENSIONS, MAX_BYTES);
	}

	ReadinessItem.StoredEvidence store(byte[] bytes, String sentName) {
		FileArea.StoredFile stored;
		try {
			stored = area.store(bytes);
		}
		catch (RefusedUpload ex) {
			throw new Refusal(switch (ex.reason()) {
				case EMPTY -> "journey.error.fileEmpty";
				case TOO_LARGE -> "journey.error.fileTooLarge";
				case TYPE -> "journey.error.fileType";
				case BROKEN -> "journey.error.fileBroken";
				case TOO_MANY_PIXELS, UNPACKS_TOO_LARGE -> RefusedUpload.FILES_MESSAGE_KEYS.get(ex.reason());
			});
		}
		String name = DownloadNames.clean(sentName);
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String extension = stored.file().substring(stored.file().lastIndexOf('.'));
		return new ReadinessItem.StoredEvidence(stored.file(),
				stem.isEmpty() ? stored.file() : DownloadNames.fit(stem + extension), stored.type());
	}

	Optional<byte[]> read(String file) {
		return area.read(file);
	}
}
