package org.ieum.content.board;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ieum.shared.files.DocumentKinds;
import org.ieum.shared.files.DownloadNames;
import org.ieum.shared.files.FileArea;
import org.ieum.shared.files.FileStore;
import org.ieum.shared.files.RefusedUpload;
import org.ieum.shared.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Attachments of posts in the file area {@code content}. The name says what a file claims to
 * be (HWP, HWPX, PDF, DOCX, XLSX, PPTX, JPEG, PNG); the bytes must be that: the shared
 * {@link FileArea} reads the type from the content, checks the size and strips camera data
 * from images, and for containers the inside is checked here too (an HWP is an OLE2 file
 * with an HWP header, DOCX, XLSX, PPTX and HWPX are ZIPs with their own main part).
 */
@Component
public class ContentFiles {

	/** A file that passed every check and is stored. */
	public record Checked(String name, String storedFile, String type, long size) {
	}

	private static final Map<String, Set<String>> DETECTED = Map.of("pdf", Set.of("application/pdf"), "jpg",
			Set.of("image/jpeg"), "jpeg", Set.of("image/jpeg"), "png", Set.of("image/png"), "hwp",
			Set.of("application/x-tika-msoffice", "application/x-hwp-v5"), "hwpx",
			Set.of("application/zip", "application/x-tika-ooxml", "application/hwp+zip"), "docx", ooxml(), "xlsx",
			ooxml(), "pptx", ooxml());

	private static final Map<String, String> SERVED_AS = Map.of("pdf", "application/pdf", "jpg", "image/jpeg", "jpeg",
			"image/jpeg", "png", "image/png", "hwp", "application/x-hwp", "hwpx", "application/hwp+zip", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pptx",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation");


	private final FileArea area;

	public ContentFiles(FileStore store, @Value("${ieum.content.max-file-size:8MB}") DataSize maxSize) {
		Map<String, String> extensions = new HashMap<>();
		DETECTED.values().forEach(types -> types.forEach(type -> extensions.put(type, stored(type))));
		this.area = store.area("content", extensions, maxSize.toBytes());
	}

	private static Set<String> ooxml() {
		return Set.of("application/zip", "application/x-tika-ooxml");
	}

	public long maxBytes() {
		return area.maxBytes();
	}

	/** Checks the file against its name and stores it; removed again if the transaction rolls back. */
	public Checked store(String sentName, byte[] bytes) {
		String name = check(sentName, bytes);
		try {
			FileArea.StoredFile stored = area.store(bytes);
			return new Checked(name, stored.file(), SERVED_AS.get(extensionOf(name)), stored.size());
		}
		catch (RefusedUpload ex) {
			throw refused(ex, name);
		}
	}

	/**
	 * The checks of {@link #store} without storing (for a dry run of an import): the name the
	 * file would be offered under, or the refusal.
	 */
	public String check(String sentName, byte[] bytes) {
		String name = DownloadNames.of(sentName, "");
		if (bytes == null || bytes.length == 0) {
			throw new Refusal("content.error.fileEmpty", name);
		}
		if (bytes.length > area.maxBytes()) {
			throw new Refusal("content.error.fileTooLarge", name, area.maxBytes() / (1024 * 1024));
		}
		String extension = extensionOf(name);
		Set<String> expected = DETECTED.get(extension);
		if (expected == null) {
			throw new Refusal("content.error.fileType", name);
		}
		boolean detected = expected.contains(FileStore.detect(bytes));
		try {
			if (detected) {
				// the shared check (pixels, unpacked size) before walking a ZIP's entries below,
				// which would inflate a decompression bomb
				area.check(bytes);
			}
		}
		catch (RefusedUpload ex) {
			throw refused(ex, name);
		}
		boolean fits = detected && DocumentKinds.insideFits(extension, bytes);
		if (!fits) {
			throw new Refusal("content.error.fileMismatch", name);
		}
		return name;
	}

	private Refusal refused(RefusedUpload ex, String name) {
		return new Refusal(switch (ex.reason()) {
			case EMPTY -> "content.error.fileEmpty";
			case TOO_LARGE -> "content.error.fileTooLarge";
			case TYPE -> "content.error.fileMismatch";
			case BROKEN -> "content.error.fileBroken";
			case TOO_MANY_PIXELS, UNPACKS_TOO_LARGE -> RefusedUpload.FILES_MESSAGE_KEYS.get(ex.reason());
		}, name, area.maxBytes() / (1024 * 1024));
	}

	public Optional<byte[]> read(String storedFile) {
		return area.read(storedFile);
	}

	public void deleteAfterCommit(String storedFile) {
		area.deleteAfterCommit(storedFile);
	}

	static String extensionOf(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
	}

	private static String stored(String detected) {
		return switch (detected) {
			case "application/pdf" -> "pdf";
			case "image/jpeg" -> "jpg";
			case "image/png" -> "png";
			case "application/x-tika-msoffice", "application/x-hwp-v5" -> "ole";
			default -> "zip";
		};
	}
}
