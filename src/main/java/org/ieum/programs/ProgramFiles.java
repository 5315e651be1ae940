package org.ieum.programs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Applicants' files on the local disk under {@code ${ieum.data-dir}/files/programs}. The
 * name's extension says what the file claims to be; the bytes must be that: Tika reads the
 * type, and for containers the inside is checked too, because HWP is an OLE2 file like any
 * old Office file and HWPX, DOCX and XLSX are all ZIPs. Stored names are random.
 */
@Component
class ProgramFiles {

	/** What each accepted extension must look like to Tika (tika-core detects containers, not their flavour). */
	private static final Map<String, Set<String>> TIKA_TYPES = Map.of("pdf", Set.of("application/pdf"), "jpg",
			Set.of("image/jpeg"), "jpeg", Set.of("image/jpeg"), "png", Set.of("image/png"), "hwp",
			Set.of("application/x-tika-msoffice", "application/x-hwp-v5"), "hwpx",
			Set.of("application/zip", "application/x-tika-ooxml", "application/hwp+zip"), "docx",
			Set.of("application/zip", "application/x-tika-ooxml",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			"xlsx", Set.of("application/zip", "application/x-tika-ooxml",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

	private static final int MAX_ZIP_ENTRIES = 10_000;

	private static final class Detector {

		static final Tika TIKA = new Tika();
	}

	private final Path directory;

	private final ProgramsProperties properties;

	ProgramFiles(@Value("${ieum.data-dir}") String dataDir, ProgramsProperties properties) {
		this.directory = Path.of(dataDir, "files", "programs").toAbsolutePath().normalize();
		this.properties = properties;
	}

	record StoredFile(String file, String type, long size) {
	}

	long maxBytes() {
		return properties.maxFileSize().toBytes();
	}

	/** Checks and stores; the file is removed again if the surrounding transaction rolls back. */
	StoredFile store(String originalName, byte[] bytes) {
		StoredFile checked = check(originalName, bytes);
		try {
			Files.createDirectories(directory);
			Files.write(directory.resolve(checked.file()), bytes, StandardOpenOption.CREATE_NEW);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		deleteIfRolledBack(checked.file());
		return checked;
	}

	StoredFile check(String originalName, byte[] bytes) {
		if (bytes.length == 0) {
			throw new ProgramsException("programs.error.fileEmpty");
		}
		if (bytes.length > maxBytes()) {
			throw new ProgramsException("programs.error.fileTooLarge");
		}
		String extension = extensionOf(originalName);
		Set<String> expected = TIKA_TYPES.get(extension);
		if (expected == null) {
			throw new ProgramsException("programs.error.fileType");
		}
		String detected = Detector.TIKA.detect(bytes);
		boolean matches = expected.contains(detected) && switch (extension) {
			case "hwp" -> isHwp(bytes);
			case "hwpx" -> zipHolds(bytes, Set.of(), "application/hwp+zip");
			case "docx" -> zipHolds(bytes, Set.of("[Content_Types].xml", "word/document.xml"), null);
			case "xlsx" -> zipHolds(bytes, Set.of("[Content_Types].xml", "xl/workbook.xml"), null);
			default -> true;
		};
		if (!matches) {
			throw new ProgramsException("programs.error.fileMismatch");
		}
		return new StoredFile(UUID.randomUUID() + "." + extension, contentTypeOf(extension), bytes.length);
	}

	static String extensionOf(String name) {
		if (name == null) {
			return "";
		}
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
	}

	/** The type the download is served with: what the content was proven to be. */
	private static String contentTypeOf(String extension) {
		return switch (extension) {
			case "pdf" -> "application/pdf";
			case "jpg", "jpeg" -> "image/jpeg";
			case "png" -> "image/png";
			case "hwp" -> "application/x-hwp";
			case "hwpx" -> "application/hwp+zip";
			case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
			default -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
		};
	}

	/** An HWP 5 document is an OLE2 file whose FileHeader stream starts with its signature. */
	private static boolean isHwp(byte[] bytes) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
			DirectoryEntry root = fs.getRoot();
			if (!root.hasEntry("FileHeader")) {
				return false;
			}
			try (DocumentInputStream in = fs.createDocumentInputStream("FileHeader")) {
				byte[] signature = in.readNBytes(17);
				return "HWP Document File".equals(new String(signature, StandardCharsets.US_ASCII));
			}
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Whether the ZIP holds the named entries and, when asked, a {@code mimetype} entry with
	 * that content (HWPX, like EPUB, names itself so). Only names and that one small entry are
	 * read, so a compressed bomb costs nothing.
	 */
	private static boolean zipHolds(byte[] bytes, Set<String> entries, String mimetype) {
		Set<String> missing = new HashSet<>(entries);
		boolean mimetypeFound = mimetype == null;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			int count = 0;
			while ((entry = zip.getNextEntry()) != null && count++ < MAX_ZIP_ENTRIES) {
				missing.remove(entry.getName());
				if (mimetype != null && "mimetype".equals(entry.getName())) {
					mimetypeFound = mimetype.equals(new String(readAtMost(zip, 100), StandardCharsets.US_ASCII).strip());
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
		return missing.isEmpty() && mimetypeFound;
	}

	private static byte[] readAtMost(InputStream in, int limit) throws IOException {
		return in.readNBytes(limit);
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
			throw new IllegalArgumentException("not a stored file name: " + file);
		}
		return path;
	}
}
