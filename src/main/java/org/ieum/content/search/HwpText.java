package org.ieum.content.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The text of an HWP 5 document (한글 97 and later's binary format, the format published by
 * Hancom as "한글 문서 파일 형식 5.0"). The file is an OLE compound file (read with Apache POI);
 * its {@code BodyText/Section0..n} streams are records, raw-deflated when the file header says
 * so, and the paragraphs' text is in the PARA_TEXT records as UTF-16 with control characters
 * mixed in. A distribution document (배포용 문서) keeps its text encrypted in {@code ViewText}
 * and yields nothing.
 */
final class HwpText {

	private static final int PARA_TEXT = 0x10 + 51;
	private static final int FLAG_COMPRESSED = 1;
	private static final int FLAG_DISTRIBUTION = 1 << 2;
	/** No section stream is inflated beyond this (a small file cannot unpack into gigabytes). */
	private static final int MAX_SECTION_BYTES = 64 * 1024 * 1024;

	private HwpText() {
	}

	static void read(byte[] bytes, Appendable out) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
			DirectoryEntry root = fs.getRoot();
			byte[] header = stream(root, "FileHeader");
			if (header.length < 40 || !new String(header, 0, 17, java.nio.charset.StandardCharsets.US_ASCII)
				.equals("HWP Document File")) {
				throw new IOException("not an HWP 5 file");
			}
			int flags = ByteBuffer.wrap(header, 36, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
			if ((flags & FLAG_DISTRIBUTION) != 0 || !root.hasEntry("BodyText")) {
				return;
			}
			DirectoryEntry body = (DirectoryEntry) root.getEntry("BodyText");
			for (int i = 0; body.hasEntry("Section" + i); i++) {
				byte[] section = stream(body, "Section" + i);
				if ((flags & FLAG_COMPRESSED) != 0) {
					section = inflate(section);
				}
				records(section, out);
			}
		}
	}

	private static byte[] stream(DirectoryEntry dir, String name) throws IOException {
		try (InputStream in = new DocumentInputStream((DocumentEntry) dir.getEntry(name))) {
			return in.readAllBytes();
		}
	}

	private static byte[] inflate(byte[] data) throws IOException {
		Inflater inflater = new Inflater(true);
		try {
			inflater.setInput(data);
			ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 4);
			byte[] buffer = new byte[64 * 1024];
			while (!inflater.finished()) {
				int n = inflater.inflate(buffer);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					break;
				}
				out.write(buffer, 0, n);
				if (out.size() > MAX_SECTION_BYTES) {
					throw new IOException("HWP section unpacks beyond " + MAX_SECTION_BYTES + " bytes");
				}
			}
			return out.toByteArray();
		}
		catch (DataFormatException e) {
			throw new IOException("HWP section is not deflated data", e);
		}
		finally {
			inflater.end();
		}
	}

	/** Each record: a 32-bit header (tag 10 bits, level 10 bits, size 12 bits, 0xFFF: a 32-bit size follows). */
	private static void records(byte[] data, Appendable out) throws IOException {
		ByteBuffer buffer = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
		while (buffer.remaining() >= 4) {
			int header = buffer.getInt();
			int tag = header & 0x3FF;
			long size = (header >>> 20) & 0xFFF;
			if (size == 0xFFF) {
				if (buffer.remaining() < 4) {
					return;
				}
				size = buffer.getInt() & 0xFFFFFFFFL;
			}
			if (size > buffer.remaining()) {
				return;
			}
			if (tag == PARA_TEXT) {
				paragraph(buffer, (int) size, out);
			}
			else {
				buffer.position(buffer.position() + (int) size);
			}
		}
	}

	/**
	 * Characters below 32 are controls: 10 is a line break, 13 ends the paragraph, 24 to 31 are
	 * special hyphens and spaces (one character each); the others (a tab, a table, a field, a
	 * footnote) take eight characters.
	 */
	private static void paragraph(ByteBuffer buffer, int size, Appendable out) throws IOException {
		int end = buffer.position() + size;
		StringBuilder text = new StringBuilder(size / 2);
		while (buffer.position() + 2 <= end) {
			char c = buffer.getChar();
			if (c >= 32) {
				text.append(c);
			}
			else if (c == 10 || c == 13) {
				text.append('\n');
			}
			else if (c >= 24) {
				text.append(' ');
			}
			else if (c != 0) {
				// an inline or extended control: the code, six words of data and the code again
				if (c == 9) {
					text.append('\t');
				}
				buffer.position(Math.min(end, buffer.position() + 14));
			}
		}
		buffer.position(end);
		out.append(text);
		if (text.isEmpty() || text.charAt(text.length() - 1) != '\n') {
			out.append('\n');
		}
	}
}
