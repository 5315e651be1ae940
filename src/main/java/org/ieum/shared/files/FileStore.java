package org.ieum.shared.files;

import java.nio.file.Path;
import java.util.Map;

import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded files on the local disk under {@code ${ieum.data-dir}/files}. Each module keeps
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

	public FileStore(@Value("${ieum.data-dir}") String dataDir) {
		this.root = Path.of(dataDir, "files").toAbsolutePath().normalize();
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
		return new FileArea(directory, Map.copyOf(extensionsByType), maxBytes);
	}

	/** The content type the bytes really have, whatever name or type the browser sent with them. */
	public static String detect(byte[] bytes) {
		return Detector.TIKA.detect(bytes);
	}
}
