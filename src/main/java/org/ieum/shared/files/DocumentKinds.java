package org.ieum.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Whether a document is what its name says, beyond the container type read from the bytes:
 * HWP is an OLE2 file like any old Office file, and HWPX, DOCX, XLSX and PPTX are all ZIP files,
 * so a PowerPoint renamed {@code .docx} passes a type check alone. Call it only on bytes that
 * passed {@link FileArea#check}: walking a ZIP's entries inflates them, which the shared check
 * bounds first.
 */
public final class DocumentKinds {

	private static final int MAX_ZIP_ENTRIES = 10_000;

	private DocumentKinds() {
	}

	/** For hwp, hwpx, docx, xlsx and pptx: whether the inside fits; any other extension fits. */
	public static boolean insideFits(String extension, byte[] bytes) {
		return switch (extension) {
			case "hwp" -> isHwp(bytes);
			case "hwpx" -> zipHolds(bytes, Set.of(), "application/hwp+zip");
			case "docx" -> zipHolds(bytes, Set.of("[Content_Types].xml", "word/document.xml"), null);
			case "xlsx" -> zipHolds(bytes, Set.of("[Content_Types].xml", "xl/workbook.xml"), null);
			case "pptx" -> zipHolds(bytes, Set.of("[Content_Types].xml", "ppt/presentation.xml"), null);
			default -> true;
		};
	}

	/** An HWP 5 document: an OLE2 file whose FileHeader stream starts with the HWP signature. */
	private static boolean isHwp(byte[] bytes) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
			if (!fs.getRoot().hasEntry("FileHeader")) {
				return false;
			}
			try (DocumentInputStream in = fs.createDocumentInputStream("FileHeader")) {
				return "HWP Document File".equals(new String(in.readNBytes(17), StandardCharsets.US_ASCII));
			}
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Whether the ZIP holds the named entries and, when asked, a {@code mimetype} entry with that
	 * content (HWPX, like EPUB, names itself so).
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
					mimetypeFound = mimetype.equals(new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip());
				}
				if (missing.isEmpty() && mimetypeFound) {
					return true;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
		return missing.isEmpty() && mimetypeFound;
	}
}
