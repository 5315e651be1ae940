package org.ieum.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One module's folder of uploaded files. The type comes from the bytes, never from the name
 * the browser sent, so a renamed script is refused; stored names are random, so no
 * user-chosen name reaches the disk. A file written inside a transaction that rolls back is
 * removed again, and a file is deleted only once the transaction that dropped it commits.
 * Images (JPEG, PNG, WebP) are stored without their camera metadata: location, device, owner,
 * comments ({@link ImageMetadata}). Nothing that unpacks to more than {@link UploadLimits} allow
 * is stored: pictures are measured by their header, ZIP-based documents by inflating them as a
 * stream ({@link ZipContents}).
 */
public final class FileArea {

	/** A stored file: its random name inside the area, the detected content type and the size. */
	public record StoredFile(String file, String type, long size) {
	}

	private final Path directory;
	private final Map<String, String> extensionsByType;
	private final long maxBytes;
	private final UploadLimits limits;

	FileArea(Path directory, Map<String, String> extensionsByType, long maxBytes, UploadLimits limits) {
		this.directory = directory;
		this.extensionsByType = extensionsByType;
		this.maxBytes = maxBytes;
		this.limits = limits;
	}

	public long maxBytes() {
		return maxBytes;
	}

	/**
	 * The checks of {@link #store} without storing: size, type read from the bytes, pixels and
	 * unpacked size. A module that looks inside a file itself calls this first, so it never
	 * opens a decompression bomb. Returns the detected type.
	 */
	public String check(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new RefusedUpload(RefusedUpload.Reason.EMPTY);
		}
		if (bytes.length > maxBytes) {
			throw new RefusedUpload(RefusedUpload.Reason.TOO_LARGE);
		}
		String type = FileStore.detect(bytes);
		if (!extensionsByType.containsKey(type)) {
			throw new RefusedUpload(RefusedUpload.Reason.TYPE);
		}
		FileStore.checkContents(type, bytes, limits);
		return type;
	}

	/** Checks and stores the bytes; a refused upload writes nothing. */
	public StoredFile store(byte[] bytes) {
		String type = check(bytes);
		String extension = extensionsByType.get(type);
		byte[] stored = ImageMetadata.strip(type, bytes);
		String file = UUID.randomUUID() + "." + extension;
		try {
			Files.createDirectories(directory);
			Files.write(directory.resolve(file), stored, StandardOpenOption.CREATE_NEW);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		deleteIfRolledBack(file);
		return new StoredFile(file, type, stored.length);
	}

	/** The bytes of a stored file; empty for a missing file or a name that is not one of this area's. */
	public Optional<byte[]> read(String file) {
		return resolve(file).filter(Files::isRegularFile).map(path -> {
			try {
				return Files.readAllBytes(path);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
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
		resolve(file).ifPresent(path -> {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				// A leftover file only wastes disk; the database no longer points to it.
			}
		});
	}

	private Optional<Path> resolve(String file) {
		if (file == null || file.isBlank()) {
			return Optional.empty();
		}
		Path path = directory.resolve(file).normalize();
		return directory.equals(path.getParent()) ? Optional.of(path) : Optional.empty();
	}
}
