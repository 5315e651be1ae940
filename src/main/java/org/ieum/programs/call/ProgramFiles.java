package org.ieum.programs.call;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ieum.shared.files.DocumentKinds;
import org.ieum.shared.files.FileArea;
import org.ieum.shared.files.FileStore;
import org.ieum.shared.files.RefusedUpload;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Component;

/**
 * Applicants' files in the file area {@code programs}. The name's extension says what the
 * file claims to be; the bytes must be that: Tika reads the type, and for containers the
 * inside is checked too, because HWP is an OLE2 file like any old Office file and HWPX, DOCX
 * and XLSX are all ZIPs. The shared store then keeps it under a random name.
 */
@Component
public class ProgramFiles {

	/** What each accepted extension must look like to Tika (tika-core detects containers, not their flavour). */
	private static final Map<String, Set<String>> TIKA_TYPES = Map.of("pdf", Set.of("application/pdf"), "jpg",
			Set.of("image/jpeg"), "jpeg", Set.of("image/jpeg"), "png", Set.of("image/png"), "hwp",
			Set.of("application/x-tika-msoffice", "application/x-hwp-v5"), "hwpx",
			Set.of("application/zip", "application/x-tika-ooxml", "application/hwp+zip"), "docx",
			Set.of("application/zip", "application/x-tika-ooxml",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			"xlsx", Set.of("application/zip", "application/x-tika-ooxml",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));


	private final FileArea area;

	ProgramFiles(FileStore store, ProgramsProperties properties) {
		Map<String, String> extensions = new HashMap<>();
		TIKA_TYPES.forEach((extension, types) -> types.forEach(type -> extensions.putIfAbsent(type, storedExtension(type))));
		this.area = store.area("programs", extensions, properties.maxFileSize().toBytes());
	}

	/** What the applicant uploaded: the stored name, the type it was proven to be, its size. */
	public record StoredFile(String file, String type, long size) {
	}

	public long maxBytes() {
		return area.maxBytes();
	}

	/** The largest file in whole megabytes (at least 1), as the upload forms tell applicants. */
	public long maxMegabytes() {
		return Math.max(1, maxBytes() / (1024 * 1024));
	}

	/** Checks and stores; the file is removed again if the surrounding transaction rolls back. */
	public StoredFile store(String originalName, byte[] bytes) {
		try {
			String type = check(originalName, bytes);
			FileArea.StoredFile stored = area.store(bytes);
			return new StoredFile(stored.file(), type, stored.size());
		}
		catch (RefusedUpload ex) {
			throw new Refusal(switch (ex.reason()) {
				case EMPTY -> "programs.error.fileEmpty";
				case TOO_LARGE -> "programs.error.fileTooLarge";
				case TYPE -> "programs.error.fileMismatch";
				case BROKEN -> "programs.error.fileBroken";
				case TOO_MANY_PIXELS, UNPACKS_TOO_LARGE -> RefusedUpload.FILES_MESSAGE_KEYS.get(ex.reason());
			});
		}
	}

	/**
	 * The content type the file is served with, once its bytes proved the name right.
	 * @throws RefusedUpload when the shared upload check refuses the contents
	 */
	private String check(String originalName, byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new Refusal("programs.error.fileEmpty");
		}
		if (bytes.length > maxBytes()) {
			throw new Refusal("programs.error.fileTooLarge");
		}
		String extension = extensionOf(originalName);
		Set<String> expected = TIKA_TYPES.get(extension);
		if (expected == null) {
			throw new Refusal("programs.error.fileType");
		}
		String detected = FileStore.detect(bytes);
		if (expected.contains(detected)) {
			// the shared check (pixels, unpacked size) before walking a ZIP's entries below, which
			// would inflate a decompression bomb
			area.check(bytes);
		}
		boolean matches = expected.contains(detected) && DocumentKinds.insideFits(extension, bytes);
		if (!matches) {
			throw new Refusal("programs.error.fileMismatch");
		}
		return contentTypeOf(extension);
	}

	/** The extension on disk only tells an administrator roughly what a file is; the database has the real type. */
	private static String storedExtension(String tikaType) {
		return switch (tikaType) {
			case "application/pdf" -> "pdf";
			case "image/jpeg" -> "jpg";
			case "image/png" -> "png";
			case "application/x-tika-msoffice", "application/x-hwp-v5" -> "ole";
			default -> "zip";
		};
	}

	public static String extensionOf(String name) {
		if (name == null) {
			return "";
		}
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
	}

	private static String contentTypeOf(String extension) {
		return switch (extension) {
			case "pdf" -> "application/pdf";
			case "jpg", "jpeg" -> "image/jpeg";
			case "png" -> "image/png";
			case "hwp" -> "application/x-hwp";
			case "hwpx" -> "application/hwp+zip";
			case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
			default -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
		};
	}

	public Optional<byte[]> read(String file) {
		return area.read(file);
	}

	public void deleteAfterCommit(String file) {
		area.deleteAfterCommit(file);
	}
}
