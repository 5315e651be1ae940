package org.ieum.governance.core;

import java.util.Map;
import java.util.Optional;

import org.ieum.shared.files.FileArea;
import org.ieum.shared.files.FileStore;
import org.ieum.shared.files.RefusedUpload;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Component;

/** Meeting documents (agenda papers, reports) in the file area {@code governance}, checked by content. */
@Component
public class GovernanceFiles {

	public static final long MAX_BYTES = 20L * 1024 * 1024;

	private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf",
			"application/x-tika-ooxml", "office", "application/x-tika-msoffice", "office", "application/x-hwp-v5",
			"hwp", "image/png", "png", "image/jpeg", "jpg");

	public static final long MAX_LOGO_BYTES = 2L * 1024 * 1024;

	private static final Map<String, String> LOGO_EXTENSIONS = Map.of("image/png", "png", "image/jpeg", "jpg");

	private final FileArea area;
	private final FileArea logos;

	public GovernanceFiles(FileStore store) {
		this.area = store.area("governance", EXTENSIONS, MAX_BYTES);
		this.logos = store.area("governance-logos", LOGO_EXTENSIONS, MAX_LOGO_BYTES);
	}

	/** A partner's logo: a PNG or JPEG picture up to 2 MB. */
	public FileArea.StoredFile storeLogo(byte[] bytes) {
		try {
			return logos.store(bytes);
		}
		catch (RefusedUpload ex) {
			throw new Refusal(switch (ex.reason()) {
				case EMPTY -> "governance.error.fileEmpty";
				case TOO_LARGE -> "governance.error.logoTooLarge";
				case TYPE, BROKEN -> "governance.error.logoType";
				case TOO_MANY_PIXELS, UNPACKS_TOO_LARGE -> RefusedUpload.FILES_MESSAGE_KEYS.get(ex.reason());
			});
		}
	}

	public Optional<byte[]> readLogo(String file) {
		return logos.read(file);
	}

	public FileArea.StoredFile store(byte[] bytes) {
		try {
			return area.store(bytes);
		}
		catch (RefusedUpload ex) {
			throw new Refusal(switch (ex.reason()) {
				case EMPTY -> "governance.error.fileEmpty";
				case TOO_LARGE -> "governance.error.fileTooLarge";
				case TYPE -> "governance.error.fileType";
				case BROKEN -> "governance.error.fileBroken";
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
