package org.ieum.shared.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded files in the directory {@code ieum.files.root} (default {@code ${ieum.data-dir}/files};
 * several nodes share one directory, a network file system mounted on each). Each module keeps
 * its files in an area of its own (see {@link FileArea}) and decides who may read them; this
 * class only knows how to check, store, read and delete bytes safely.
 */
@Component
public class FileStore {

	/** Tika reads its type database on creation: done on the first upload, not at start-up. */
	private static final class Detector {

		static final Tika TIKA = new Tika();
	}

	private final Path root;
	private final UploadLimits limits;

	@Autowired
	FileStore(@Value("${ieum.files.root:${ieum.data-dir}/files}") Path root, UploadLimits limits) {
		this.root = root.toAbsolutePath().normalize();
		this.limits = limits;
	}

	/** A store under {@code dataDir/files} with these limits, for tests and tools. */
	public FileStore(String dataDir, UploadLimits limits) {
		this(Path.of(dataDir, "files"), limits);
	}

	/** A store with the default limits, for tests and tools. */
	public FileStore(String dataDir) {
		this(dataDir, UploadLimits.defaults());
	}

	/**
	 * The folder {@code files/<name>} that accepts only the given content types (read from the
	 * bytes), each stored with the extension it maps to, up to {@code maxBytes}.
	 */
	public FileArea area(String name, Map<String, String> extensionsByType, long maxBytes) {
		Path directory = root.resolve(name).normalize();
		if (!directory.startsWith(root) || directory.equals(root)) {
			throw new IllegalArgumentException("not an area below the files directory: " + name);
		}
		return new FileArea(directory, Map.copyOf(extensionsByType), maxBytes, limits);
	}

	/**
	 * The check every upload gets, also for files that are read rather than kept (an imported
	 * list): a ZIP-based file is refused when it unpacks past the limits.
	 */
	public void checkPackage(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(4);
			if (!ZipContents.isZip(head)) {
				return;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			ZipContents.check(in, limits);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Pixels from a picture's header and the unpacked size of a ZIP, before anything keeps or decodes them. */
	static void checkContents(String type, byte[] bytes, UploadLimits limits) {
		if (ImageMetadata.TYPES.contains(type) && ImageMetadata.pixels(type, bytes) > limits.maxImagePixels()) {
			throw new RefusedUpload(RefusedUpload.Reason.TOO_MANY_PIXELS);
		}
		if (ZipContents.isZip(bytes)) {
			ZipContents.check(bytes, limits);
		}
	}

	/** The content type the bytes really have, whatever name or type the browser sent with them. */
	public static String detect(byte[] bytes) {
		return Detector.TIKA.detect(bytes);
	}
}
