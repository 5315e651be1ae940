package org.ieum.education.course;

import java.util.Map;
import java.util.Optional;

import org.ieum.shared.files.FileArea;
import org.ieum.shared.files.FileStore;
import org.ieum.shared.files.RefusedUpload;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Component;

/** Course materials in the file area {@code education}: documents centers hand out, checked by content. */
@Component
public class MaterialFiles {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** PDF, Office files (OOXML and the older OLE ones, which HWP 5 also is), zip bundles. */
	private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf",
			"application/x-tika-ooxml", "office", "application/x-tika-msoffice", "office", "application/zip", "zip",
			"application/x-hwp-v5", "hwp");

	private final FileArea area;

	MaterialFiles(FileStore store) {
		this.area = store.area("education", EXTENSIONS, MAX_BYTES);
	}

	public FileArea.StoredFile store(byte[] bytes) {
		try {
			return area.store(bytes);
		}
		catch (RefusedUpload ex) {
			throw new Refusal(switch (ex.reason()) {
				case EMPTY -> "education.error.fileEmpty";
				case TOO_LARGE -> "education.error.fileTooLarge";
				// materials take no images, so BROKEN (a damaged image) cannot come; it reads as a wrong type
				case TYPE, BROKEN -> "education.error.fileType";
				case TOO_MANY_PIXELS, UNPACKS_TOO_LARGE -> RefusedUpload.FILES_MESSAGE_KEYS.get(ex.reason());
			});
		}
	}

	public Optional<byte[]> read(String file) {
		return area.read(file);
	}

	public void deleteAfterCommit(String file) {
		area.deleteAfterCommit(file);
	}
}
