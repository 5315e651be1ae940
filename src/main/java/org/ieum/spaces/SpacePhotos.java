package org.ieum.spaces;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Space photos on the local disk under {@code ${ieum.data-dir}/files/spaces}. The type is
 * read from the bytes (Tika), never from the name or the browser's claim; stored names
 * are random. A file written by a transaction that rolls back is removed again.
 */
@Service
@Transactional(readOnly = true)
class SpacePhotos {

	static final long MAX_BYTES = 2 * 1024 * 1024;
	static final int MAX_PER_SPACE = 6;

	private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "image/png", "png", "image/webp",
			"webp");

	/** Tika reads its type database on creation: done on the first upload, not at start-up. */
	private static final class Detector {

		static final Tika TIKA = new Tika();
	}

	record PhotoView(long id, String altText) {
	}

	record PhotoFile(byte[] bytes, String contentType) {
	}

	private final SpacePhotoRepository photos;
	private final SpaceCatalog catalog;
	private final Path directory;
	private final Clock clock;

	SpacePhotos(SpacePhotoRepository photos, SpaceCatalog catalog, @Value("${ieum.data-dir}") String dataDir,
			Clock clock) {
		this.photos = photos;
		this.catalog = catalog;
		this.directory = Path.of(dataDir, "files", "spaces").toAbsolutePath().normalize();
		this.clock = clock;
	}

	List<PhotoView> of(long spaceId) {
		return photos.findBySpaceIdOrderById(spaceId).stream().map(p -> new PhotoView(p.getId(), p.getAltText())).toList();
	}

	/** The photo of an active space, for the public. */
	Optional<PhotoFile> read(long photoId) {
		return photos.findById(photoId)
			.filter(p -> catalog.find(p.getSpaceId()).isActive())
			.flatMap(p -> bytes(p.getFile()).map(b -> new PhotoFile(b, p.getContentType())));
	}

	@Transactional
	void add(long spaceId, byte[] bytes, String altText) {
		catalog.toManage(spaceId);
		if (altText == null || altText.isBlank()) {
			throw new SpacesException("spaces.error.photoAlt");
		}
		if (photos.countBySpaceId(spaceId) >= MAX_PER_SPACE) {
			throw new SpacesException("spaces.error.photoCount", MAX_PER_SPACE);
		}
		if (bytes.length == 0) {
			throw new SpacesException("spaces.error.photoEmpty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new SpacesException("spaces.error.photoTooLarge");
		}
		String type = Detector.TIKA.detect(bytes);
		String extension = EXTENSIONS.get(type);
		if (extension == null) {
			throw new SpacesException("spaces.error.photoType");
		}
		String file = UUID.randomUUID() + "." + extension;
		try {
			Files.createDirectories(directory);
			Files.write(directory.resolve(file), bytes, StandardOpenOption.CREATE_NEW);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					delete(file);
				}
			}
		});
		photos.save(new SpacePhoto(spaceId, file, type, altText.strip(), clock.instant()));
	}

	@Transactional
	void remove(long spaceId, long photoId) {
		catalog.toManage(spaceId);
		SpacePhoto photo = photos.findById(photoId)
			.filter(p -> p.getSpaceId() == spaceId)
			.orElseThrow(() -> new SpacesException("spaces.error.photoMissing"));
		photos.delete(photo);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				delete(photo.getFile());
			}
		});
	}

	private Optional<byte[]> bytes(String file) {
		Path path = directory.resolve(file).normalize();
		if (!path.startsWith(directory)) {
			return Optional.empty();
		}
		try {
			return Files.isRegularFile(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void delete(String file) {
		try {
			Files.deleteIfExists(directory.resolve(file));
		}
		catch (IOException ex) {
			// an orphan file wastes a little disk; the row decides what is shown
		}
	}
}
