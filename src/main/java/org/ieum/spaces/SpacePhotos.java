package org.ieum.spaces;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ieum.shared.files.FileArea;
import org.ieum.shared.files.FileStore;
import org.ieum.shared.files.RefusedUpload;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Space photos in the file area {@code spaces}: JPEG, PNG or WebP by their bytes, up to six
 * per space, each with a description for screen readers; shown only for active spaces.
 */
@Service
@Transactional(readOnly = true)
class SpacePhotos {

	static final long MAX_BYTES = 2 * 1024 * 1024;
	static final int MAX_PER_SPACE = 6;

	private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "image/png", "png", "image/webp",
			"webp");

	record PhotoView(long id, String altText) {
	}

	record PhotoFile(byte[] bytes, String contentType) {
	}

	private final SpacePhotoRepository photos;
	private final SpaceCatalog catalog;
	private final FileArea area;
	private final Clock clock;

	SpacePhotos(SpacePhotoRepository photos, SpaceCatalog catalog, FileStore store, Clock clock) {
		this.photos = photos;
		this.catalog = catalog;
		this.area = store.area("spaces", EXTENSIONS, MAX_BYTES);
		this.clock = clock;
	}

	List<PhotoView> of(long spaceId) {
		return photos.findBySpaceIdOrderById(spaceId).stream().map(p -> new PhotoView(p.getId(), p.getAltText())).toList();
	}

	/** The photo of an active space, for the public. */
	Optional<PhotoFile> read(long photoId) {
		return photos.findById(photoId)
			.filter(p -> catalog.find(p.getSpaceId()).isActive())
			.flatMap(p -> area.read(p.getFile()).map(b -> new PhotoFile(b, p.getContentType())));
	}

	@Transactional
	void add(long spaceId, byte[] bytes, String altText) {
		catalog.toManage(spaceId);
		if (altText == null || altText.isBlank()) {
			throw new Refusal("spaces.error.photoAlt");
		}
		if (photos.countBySpaceId(spaceId) >= MAX_PER_SPACE) {
			throw new Refusal("spaces.error.photoCount", MAX_PER_SPACE);
		}
		FileArea.StoredFile stored;
		try {
			stored = area.store(bytes);
		}
		catch (RefusedUpload ex) {
			throw new Refusal(switch (ex.reason()) {
				case EMPTY -> "spaces.error.photoEmpty";
				case TOO_LARGE -> "spaces.error.photoTooLarge";
				case TYPE -> "spaces.error.photoType";
				case BROKEN -> "spaces.error.photoBroken";
				case TOO_MANY_PIXELS, UNPACKS_TOO_LARGE -> RefusedUpload.FILES_MESSAGE_KEYS.get(ex.reason());
			});
		}
		photos.save(new SpacePhoto(spaceId, stored.file(), stored.type(), altText.strip(), clock.instant()));
	}

	@Transactional
	void remove(long spaceId, long photoId) {
		catalog.toManage(spaceId);
		SpacePhoto photo = photos.findById(photoId)
			.filter(p -> p.getSpaceId() == spaceId)
			.orElseThrow(() -> new Refusal("spaces.error.photoMissing"));
		photos.delete(photo);
		area.deleteAfterCommit(photo.getFile());
	}
}
