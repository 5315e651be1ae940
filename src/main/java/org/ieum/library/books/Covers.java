package org.ieum.library.books;

import java.util.Map;
import java.util.Optional;

import org.ieum.shared.files.FileArea;
import org.ieum.shared.files.FileStore;
import org.ieum.shared.files.RefusedUpload;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Component;

/** Cover images in the file area {@code library}: JPEG, PNG or WebP by their bytes, up to 2 MB. */
@Component
public class Covers {

	static final long MAX_BYTES = 2 * 1024 * 1024;

	private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "image/png", "png", "image/webp",
			"webp");

	/** A cover to send: its bytes and the type read from them. */
	public record Cover(byte[] bytes, String type) {
	}

	private final FileArea area;

	Covers(FileStore store) {
		this.area = store.area("library", EXTENSIONS, MAX_BYTES);
	}

	/** Stores the picture and returns its stored name; a refused picture is a Korean message and stores nothing. */
	public String store(byte[] bytes) {
		try {
			return area.store(bytes).file();
		}
		catch (RefusedUpload ex) {
			throw new Refusal(switch (ex.reason()) {
				case EMPTY -> "library.error.coverEmpty";
				case TOO_LARGE -> "library.error.coverTooLarge";
				case TYPE -> "library.error.coverType";
				case BROKEN -> "library.error.coverBroken";
				case TOO_MANY_PIXELS, UNPACKS_TOO_LARGE -> RefusedUpload.FILES_MESSAGE_KEYS.get(ex.reason());
			});
		}
	}

	public Optional<Cover> read(String file) {
		return file == null ? Optional.empty()
				: area.read(file).map(bytes -> new Cover(bytes, FileStore.detect(bytes)));
	}

	public void deleteAfterCommit(String file) {
		area.deleteAfterCommit(file);
	}
}
