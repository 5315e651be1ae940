package org.ieum.enterprises.journey;

import java.util.Map;
import java.util.Optional;

import org.ieum.shared.files.DownloadNames;
import org.ieum.shared.files.FileArea;
import org.ieum.shared.files.FileStore;
import org.ieum.shared.files.RefusedUpload;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Component;

/** Evidence that an obligation was met (a filed report, a receipt), in the file area {@code obligations}. */
@Component
public class ObligationFiles {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	/** Scans, screenshots and Hangul documents; the extension always follows the content. */
	private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf", "image/png", "png",
			"image/jpeg", "jpg", "application/x-hwp-v5", "hwp");

	/** A file to send back: its bytes, the name to offer and its content type. */
	public record Download(byte[] bytes, String name, String type) {
	}

	private final FileArea area;

	ObligationFiles(FileStore store) {
		this.area = store.area("obligations", EXTENSIONS, MAX_BYTES);
	}

	ObligationClosure.Evidence store(byte[] bytes, String sentName) {
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
		return new ObligationClosure.Evidence(stored.file(), downloadName(sentName, stored), stored.type());
	}

	/** The sent name made safe, with the extension of what the file really is, so a PDF never saves as a program. */
	static String downloadName(String sent, FileArea.StoredFile stored) {
		String name = DownloadNames.clean(sent);
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String extension = stored.file().substring(stored.file().lastIndexOf('.'));
		return stem.isEmpty() ? stored.file() : DownloadNames.fit(stem + extension);
	}

	Optional<byte[]> read(String file) {
		return area.read(file);
	}
}
