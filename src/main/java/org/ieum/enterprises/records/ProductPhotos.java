package org.ieum.enterprises.records;

import java.util.Map;
import java.util.Optional;

import org.ieum.shared.files.FileArea;
import org.ieum.shared.files.FileStore;
import org.ieum.shared.files.RefusedUpload;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Component;

/**
 * Product photos in the file area {@code products}: JPEG, PNG or WebP by their bytes, so a
 * renamed text or script file is refused.
 */
@Component
public class ProductPhotos {

	/** Photos above this are refused with a Korean message; the request limit in application.yml is higher. */
	static final long MAX_BYTES = 2 * 1024 * 1024;

	private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "image/png", "png", "image/webp",
			"webp");

	private final FileArea area;

	public ProductPhotos(FileStore store) {
		this.area = store.area("products", EXTENSIONS, MAX_BYTES);
	}

	/** Checks and stores the bytes; a refused upload writes nothing. */
	public FileArea.StoredFile store(byte[] bytes) {
		try {
			return area.store(bytes);
		}
		catch (RefusedUpload ex) {
			throw new Refusal(switch (ex.reason()) {
				case EMPTY -> "enterprises.error.photoEmpty";
				case TOO_LARGE -> "enterprises.error.photoTooLarge";
				case TYPE -> "enterprises.error.photoType";
				case BROKEN -> "enterprises.error.photoBroken";
				case TOO_MANY_PIXELS, UNPACKS_TOO_LARGE -> RefusedUpload.FILES_MESSAGE_KEYS.get(ex.reason());
			});
		}
	}

	public Optional<byte[]> read(String file) {
		return area.read(file);
	}

	/** Deletes once the transaction that dropped the file has committed, so a rollback keeps it. */
	public void deleteAfterCommit(String file) {
		area.deleteAfterCommit(file);
	}
}
