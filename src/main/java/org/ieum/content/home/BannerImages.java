package org.ieum.content.home;

import java.util.Map;
import java.util.Optional;

import org.ieum.shared.files.FileArea;
import org.ieum.shared.files.FileStore;
import org.ieum.shared.files.RefusedUpload;
import org.ieum.shared.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Banner pictures in the file area {@code content-home}: JPEG or PNG, read from the bytes by the
 * shared upload check (size, type, pixels, camera data removed), whatever the file is called.
 */
@Component
public class BannerImages {

	/** A stored picture: its name in the area and its type. */
	public record Stored(String file, String type) {
	}

	private final FileArea area;

	BannerImages(FileStore store, @Value("${ieum.content.max-banner-size:5MB}") DataSize maxSize) {
		this.area = store.area("content-home", Map.of("image/jpeg", "jpg", "image/png", "png"), maxSize.toBytes());
	}

	/** Checks and stores the picture; removed again if the transaction rolls back. */
	public Stored store(byte[] bytes) {
		try {
			FileArea.StoredFile stored = area.store(bytes);
			return new Stored(stored.file(), stored.type());
		}
		catch (RefusedUpload ex) {
			throw new Refusal(switch (ex.reason()) {
				case EMPTY -> "home.error.imageMissing";
				case TOO_LARGE -> "home.error.imageTooLarge";
				case TYPE, BROKEN -> "home.error.imageType";
				case TOO_MANY_PIXELS, UNPACKS_TOO_LARGE -> RefusedUpload.FILES_MESSAGE_KEYS.get(ex.reason());
			}, area.maxBytes() / (1024 * 1024));
		}
	}

	Optional<byte[]> read(String file) {
		return area.read(file);
	}

	void deleteAfterCommit(String file) {
		area.deleteAfterCommit(file);
	}
}
