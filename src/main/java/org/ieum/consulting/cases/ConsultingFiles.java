package org.ieum.consulting.cases;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.ieum.shared.files.DownloadNames;
import org.ieum.shared.files.FileArea;
import org.ieum.shared.files.FileStore;
import org.ieum.shared.files.RefusedUpload;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Component;

/** Files sent with requests and sessions, in the file area {@code consulting}, checked by content. */
@Component
public class ConsultingFiles {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** Documents and pictures people send about their business: PDF, Office, HWP, images, zip. */
	private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf",
			"application/x-tika-ooxml", "office", "application/x-tika-msoffice", "office", "application/zip", "zip",
			"application/x-hwp-v5", "hwp", "image/png", "png", "image/jpeg", "jpg");

	/**
	 * The extensions a sent name may have for each detected type. A download offers the sent
	 * name, so a PDF named {@code 견적서.exe} would be saved as a program: such a name is refused.
	 */
	private static final Map<String, Set<String>> NAME_EXTENSIONS = Map.of("application/pdf", Set.of("pdf"),
			"application/x-tika-ooxml", Set.of("docx", "xlsx", "pptx", "hwpx"), "application/x-tika-msoffice",
			Set.of("doc", "xls", "ppt", "hwp"), "application/zip", Set.of("zip", "hwpx", "docx", "xlsx", "pptx"),
			"application/x-hwp-v5", Set.of("hwp"), "image/png", Set.of("png"), "image/jpeg",
			Set.of("jpg", "jpeg", "jpe", "jfif"));

	/**
	 * What a system would read as a type: letters, digits, '-' and '_' with at least one letter
	 * ({@code exe}, {@code appref-ms}); "v2.1" or "보고서.최종" claim none.
	 */
	private static final Pattern CLAIMED_EXTENSION = Pattern.compile("[A-Za-z0-9_-]*[A-Za-z][A-Za-z0-9_-]*");

	private final FileArea area;

	public ConsultingFiles(FileStore store) {
		this.area = store.area("consulting", EXTENSIONS, MAX_BYTES);
	}

	public FileArea.StoredFile store(byte[] bytes) {
		try {
			return area.store(bytes);
		}
		catch (RefusedUpload ex) {
			throw new Refusal(switch (ex.reason()) {
				case EMPTY -> "consulting.error.fileEmpty";
				case TOO_LARGE -> "consulting.error.fileTooLarge";
				case TYPE -> "consulting.error.fileType";
				case BROKEN -> "consulting.error.fileBroken";
				case TOO_MANY_PIXELS, UNPACKS_TOO_LARGE -> RefusedUpload.FILES_MESSAGE_KEYS.get(ex.reason());
			});
		}
	}

	/**
	 * The name a download offers: the sent name made safe ({@link DownloadNames}). An extension
	 * that fits the content stays; a name that claims another type is refused; a name that
	 * claims none gets the content's extension where there is one.
	 */
	public static String downloadName(String sent, FileArea.StoredFile stored) {
		String name = DownloadNames.clean(sent);
		if (name.isEmpty()) {
			return stored.file();
		}
		int dot = name.lastIndexOf('.');
		String claimed = dot > 0 ? name.substring(dot + 1) : "";
		if (CLAIMED_EXTENSION.matcher(claimed).matches()) {
			if (!NAME_EXTENSIONS.getOrDefault(stored.type(), Set.of()).contains(claimed.toLowerCase(Locale.ROOT))) {
				throw new Refusal("consulting.error.fileMismatch", claimed);
			}
		}
		else {
			String stem = stored.file().substring(stored.file().lastIndexOf('.') + 1);
			if (!stem.equals("office")) {
				name = name + "." + stem;
			}
		}
		return DownloadNames.fit(name);
	}

	public Optional<byte[]> read(String file) {
		return area.read(file);
	}
}
