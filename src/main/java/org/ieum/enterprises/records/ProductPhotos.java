package org.ieum.enterprises.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Product photos on the local disk under {@code ${ieum.data-dir}/files/products}. The
 * type is read from the bytes with Tika, never from the file name or the browser's
 * claim, so a renamed text or script file is refused. Stored names are random, so a
 * user-chosen name never reaches the file system.
 */
@Component
public class ProductPhotos {

	/** Photos above this are refused with a Korean message; the request limit in application.yml is higher. */
	static final long MAX_BYTES = 2 * 1024 * 1024;

	private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "image/png", "png", "image/webp",
			"webp");

	private final Path directory;

	/** Tika reads its type database on creation: done on the first upload, not at start-up. */
	private static final class Detector {

		static final Tika TIKA = new Tika();
	}

	public ProductPhotos(@Value("${ieum.data-dir}") String dataDir) {
		this.directory = Path.of(dataDir, "files", "products").toAbsolutePath().normalize();
	}

	public record StoredPhoto(String file, String type) {
	}

	/** Checks and stores the bytes; a refused upload writes nothing. */
	public StoredPhoto store(byte[] bytes) {
		if (bytes.length == 0) {
			throw new EnterprisesException("enterprises.error.photoEmpty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new EnterprisesException("enterprises.error.photoTooLarge");
		}
		String type = Detector.TIKA.detect(bytes);
		String extension = EXTENSIONS.get(type);
		if (extension == null) {
			throw new EnterprisesException("enterprises.error.photoType");
		}
		String file = UUID.randomUUID() + "." + extension;
		try {
			Files.createDirectories(directory);
			Files.write(directory.resolve(file), bytes, StandardOpenOption.CREATE_NEW);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		deleteIfRolledBack(file);
		return new StoredPhoto(file, type);
	}

	public Optional<byte[]> read(String file) {
		Path path = resolve(file);
		try {
			return Files.isRegularFile(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Deletes once the transaction that dropped the file has committed, so a rollback keeps it. */
	public void deleteAfterCommit(String file) {
		if (file == null) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			delete(file);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				delete(file);
			}
		});
	}

	private void deleteIfRolledBack(String file) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					delete(file);
				}
			}
		});
	}

	private void delete(String file) {
		try {
			Files.deleteIfExists(resolve(file));
		}
		catch (IOException ex) {
			// A leftover file wastes a little disk and is harmless; the database no longer points to it.
		}
	}

	private Path resolve(String file) {
		Path path = directory.resolve(file).normalize();
		if (!path.getParent().equals(directory)) {
			throw new IllegalArgumentException("not a stored photo name: " + file);
		}
		return path;
	}
}
