package org.ieum.shared.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.tika.Tika;

/**
 * An uploaded table (a list of organizations, purchases, books…) checked by its content, never by its name: Tika tells text from a
 * spreadsheet (a ZIP package) from anything else, and a CSV's encoding is detected
 * (a byte order mark, or whichever of UTF-8 and CP949 reads the bytes with fewer broken
 * characters) unless the user names it.
 */
public record TableFile(Path path, Kind kind, Charset charset, boolean byteOrderMark) {

	public enum Kind {
		CSV, XLSX
	}

	/** Korean Windows' code page: a superset of EUC-KR, which public CSV files are saved in. */
	public static final Charset CP949 = Charset.forName("x-windows-949");

	/** How much of a CSV the encoding is guessed from: enough for any real list, bounded for huge ones. */
	private static final int SAMPLE_BYTES = 4 * 1024 * 1024;

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** Tika reads its type database on creation: done on the first import, not at start-up. */
	private static final class Detector {

		static final Tika TIKA = new Tika();
	}

	/** "cp949", "euc-kr", "utf-8" (any case) or empty for detection; anything else is refused. */
	public static Optional<Charset> encodingNamed(String name) {
		if (name == null || name.isBlank() || name.equalsIgnoreCase("auto")) {
			return Optional.empty();
		}
		return switch (name.strip().toLowerCase(Locale.ROOT)) {
			case "cp949", "ms949", "euc-kr", "euckr", "x-windows-949" -> Optional.of(CP949);
			case "utf-8", "utf8" -> Optional.of(StandardCharsets.UTF_8);
			default -> throw new ImportRefused("imports.refused.encoding");
		};
	}

	public static TableFile inspect(Path path, Optional<Charset> encoding) {
		try {
			if (Files.size(path) == 0) {
				throw new ImportRefused("imports.refused.empty");
			}
			byte[] head;
			try (InputStream in = Files.newInputStream(path)) {
				head = in.readNBytes(64 * 1024);
			}
			String type = Detector.TIKA.detect(head);
			if (type.equals("application/zip") || type.startsWith("application/vnd.openxmlformats-officedocument")
					|| type.equals("application/x-tika-ooxml")) {
				return new TableFile(path, Kind.XLSX, null, false);
			}
			if (!type.startsWith("text/") && !(type.equals("application/octet-stream") && koreanText(head))) {
				throw new ImportRefused("imports.refused.type");
			}
			boolean bom = head.length >= 3 && Arrays.equals(Arrays.copyOf(head, 3), UTF8_BOM);
			Charset charset = encoding.orElseGet(() -> bom ? StandardCharsets.UTF_8 : guessEncoding(path));
			return new TableFile(path, Kind.CSV, charset, bom);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Tika's text detection takes CP949 for binary: bytes without control characters that
	 * UTF-8 or CP949 reads with next to no broken characters are text all the same.
	 */
	public static boolean koreanText(byte[] head) {
		for (byte b : head) {
			if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
				return false;
			}
		}
		int length = Math.max(0, head.length - 4);
		byte[] sample = Arrays.copyOf(head, length);
		int allowed = Math.max(1, length / 200);
		return brokenCharacters(sample, StandardCharsets.UTF_8) <= allowed || brokenCharacters(sample, CP949) <= allowed;
	}

	/**
	 * UTF-8 unless CP949 reads the sample with fewer broken characters. A UTF-8 file with one
	 * badly saved row stays UTF-8, and that row is rejected instead of the whole file turning
	 * to garbage.
	 */
	public static Charset guessEncoding(Path path) {
		byte[] sample;
		try (InputStream in = Files.newInputStream(path)) {
			sample = in.readNBytes(SAMPLE_BYTES);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int utf8 = brokenCharacters(sample, StandardCharsets.UTF_8);
		if (utf8 == 0) {
			return StandardCharsets.UTF_8;
		}
		return brokenCharacters(sample, CP949) < utf8 ? CP949 : StandardCharsets.UTF_8;
	}

	private static int brokenCharacters(byte[] bytes, Charset charset) {
		int length = bytes.length;
		// a sample cut in the middle of a character must not count against the encoding
		if (length == SAMPLE_BYTES) {
			length = Math.max(0, length - 4);
		}
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE)
			.replaceWith("\uFFFD");
		try {
			CharBuffer text = decoder.decode(ByteBuffer.wrap(bytes, 0, length));
			int broken = 0;
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '\uFFFD') {
					broken++;
				}
			}
			return broken;
		}
		catch (CharacterCodingException ex) {
			return Integer.MAX_VALUE;
		}
	}

	public String encodingName() {
		if (charset == null) {
			return null;
		}
		return charset.equals(CP949) ? "CP949" : "UTF-8";
	}
}
