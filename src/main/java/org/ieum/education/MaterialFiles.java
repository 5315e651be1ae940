package org.ieum.education;

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
 * Course materials on the local disk under {@code ${ieum.data-dir}/files/education}. The
 * type comes from the bytes (Tika), never from the name the browser sent, so a renamed
 * script is refused; stored names are random, so no user-chosen name reaches the disk.
 */
@Component
class MaterialFiles {

	/**
	 * Not above spring.servlet.multipart.max-file-size (10 MB): a larger file never reaches
	 * this check and the person would get the generic "photos up to 2 MB" page instead.
	 */
	static final long MAX_BYTES = 10L * 1024 * 1024;

	/** Documents centers hand out: PDF, Office files (OOXML and the older OLE ones, which HWP 5 also is), zip bundles. */
	private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf",
			"application/x-tika-ooxml", "office", "application/x-tika-msoffice", "office", "application/zip", "zip",
			"application/x-hwp-v5", "hwp");

	private static final class Detector {

		static final Tika TIKA = new Tika();
	}

	private final Path directory;

	MaterialFiles(@Value("${ieum.data-dir}") String dataDir) {
		this.directory = Path.of(dataDir, "files", "education").toAbsolutePath().normalize();
	}

	record StoredFile(String file, String type, long size) {
	}

	StoredFile store(byte[] bytes) {
		if (bytes.length == 0) {
			throw new EducationException("education.error.fileEmpty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new EducationException("education.error.fileTooLarge");
		}
		String type = Detector.TIKA.detect(bytes);
		String extension = EXTENSIONS.get(type);
		if (extension == null) {
			throw new EducationException("education.error.fileType");
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
		return new StoredFile(file, type, bytes.length);
	}

	Optional<byte[]> read(String file) {
		Path path = resolve(file);
		try {
			return Files.isRegularFile(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void deleteAfterCommit(String file) {
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
			// A leftover file only wastes disk; the database no longer points to it.
		}
	}

	private Path resolve(String file) {
		Path path = directory.resolve(file).normalize();
		if (!path.getParent().equals(directory)) {
			throw new IllegalArgumentException("not a stored material name: " + file);
		}
		return path;
	}
}
