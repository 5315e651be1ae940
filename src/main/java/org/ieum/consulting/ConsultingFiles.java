package org.ieum.consulting;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/**
	 * The extensions a sent name may have for each detected type. A download offers the sent
	 * name, so a PDF named {@code 견적서.exe} would be saved as a program: such a name is refused.
	 */
	private static final Map<String, Set<String>> NAME_EXTENSIONS = Map.of("application/pdf", Set.of("pdf"),
			"application/x-tika-ooxml", Set.of("docx", "xlsx", "pptx", "hwpx"), "application/x-tika-msoffice",
			Set.of("doc", "xls", "ppt", "hwp"), "application/zip", Set.of("zip", "hwpx", "docx", "xlsx", "pptx"),
			"application/x-hwp-v5", Set.of("hwp"), "image/png", Set.of("png"), "image/jpeg", Set.of("jpg", "jpeg"));

	private static final Pattern EXTENSION = Pattern.compile("\\.([A-Za-z0-9]{1,5})$");

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
				case BROKEN -> "consulting.error.fileBroken";
			});
		}
	}

	/**
	 * The name a download offers: the sent name (path characters and quotes replaced, at most
	 * 200 characters) when its extension fits the content, with the stored extension added when
	 * it has none; a name that claims another type is refused.
	 */
	static String downloadName(String sent, FileArea.StoredFile stored) {
		String stem = stored.file().substring(stored.file().lastIndexOf('.') + 1);
		if (sent == null || sent.isBlank()) {
			return stored.file();
		}
		String name = sent.strip().replaceAll("[\\\\/\\r\\n\"]", "_");
		Matcher extension = EXTENSION.matcher(name);
		if (extension.find()) {
			String claimed = extension.group(1).toLowerCase(Locale.ROOT);
			if (!NAME_EXTENSIONS.getOrDefault(stored.type(), Set.of()).contains(claimed)) {
				throw new ConsultingException("consulting.error.fileMismatch", claimed);
			}
		}
		else if (!stem.equals("office")) {
			name = name + "." + stem;
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	Optional<byte[]> read(String file) {
		return area.read(file);
	}
}
