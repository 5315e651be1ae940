package org.ieum.shared.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Decompression bombs made on the spot, small in memory and never on disk. */
public final class Bombs {

	/** An empty last deflate block: what ends a stream of byte-aligned blocks. */
	private static final byte[] FINAL_BLOCK = { 0x03, 0x00 };

	private Bombs() {
	}

	/**
	 * The bytes as deflate blocks that end on a byte boundary and refer to nothing before them,
	 * so copies can follow one another: a bomb of gigabytes is made in milliseconds.
	 */
	static byte[] deflated(byte[] bytes) {
		Deflater deflater = new Deflater(9, true);
		deflater.setInput(bytes);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		int n;
		do {
			n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
			out.write(buffer, 0, n);
		}
		while (n == buffer.length || !deflater.needsInput());
		deflater.end();
		return out.toByteArray();
	}

	/** One ZIP entry made of {@code times} copies of {@code bytes}, deflated. */
	record Entry(String name, byte[] bytes, int times) {
	}

	/** A ZIP written by hand, with true sizes and checksums in its headers. */
	static byte[] zip(List<Entry> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream directory = new ByteArrayOutputStream();
		for (Entry entry : entries) {
			byte[] block = deflated(entry.bytes());
			CRC32 crc = new CRC32();
			for (int i = 0; i < entry.times(); i++) {
				crc.update(entry.bytes());
			}
			long compressed = (long) block.length * entry.times() + FINAL_BLOCK.length;
			long size = (long) entry.bytes().length * entry.times();
			byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
			int offset = out.size();
			ByteBuffer local = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN).putInt(0x04034b50)
				.putShort((short) 20).putShort((short) 0).putShort((short) 8).putShort((short) 0).putShort((short) 0x21)
				.putInt((int) crc.getValue()).putInt((int) compressed).putInt((int) size).putShort((short) name.length)
				.putShort((short) 0);
			out.writeBytes(local.array());
			out.writeBytes(name);
			for (int i = 0; i < entry.times(); i++) {
				out.writeBytes(block);
			}
			out.writeBytes(FINAL_BLOCK);
			ByteBuffer central = ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN).putInt(0x02014b50)
				.putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) 8).putShort((short) 0)
				.putShort((short) 0x21).putInt((int) crc.getValue()).putInt((int) compressed).putInt((int) size)
				.putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
				.putShort((short) 0).putInt(0).putInt(offset);
			directory.writeBytes(central.array());
			directory.writeBytes(name);
		}
		int start = out.size();
		out.writeBytes(directory.toByteArray());
		out.writeBytes(ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN).putInt(0x06054b50)
			.putShort((short) 0).putShort((short) 0).putShort((short) entries.size()).putShort((short) entries.size())
			.putInt(directory.size()).putInt(start).putShort((short) 0).array());
		return out.toByteArray();
	}

	/** A real PNG of {@code side} × {@code side} black-and-white pixels: 30000 gives about 109 KB. */
	public static byte[] png(int side) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer header = ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 1).put((byte) 0)
			.put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", header.array());
		byte[] row = new byte[1 + (side + 7) / 8];
		int rowsPerChunk = Math.max(1, Math.min(side, (1 << 20) / row.length));
		int chunks = side / rowsPerChunk;
		int rest = side - chunks * rowsPerChunk;
		ByteArrayOutputStream pixels = new ByteArrayOutputStream();
		pixels.write(0x78);
		pixels.write(0x01);
		Adler32 adler = new Adler32();
		byte[] chunkRows = new byte[rowsPerChunk * row.length];
		byte[] block = deflated(chunkRows);
		for (int i = 0; i < chunks; i++) {
			pixels.writeBytes(block);
			adler.update(chunkRows);
		}
		byte[] restRows = new byte[rest * row.length];
		pixels.writeBytes(deflated(restRows));
		adler.update(restRows);
		pixels.writeBytes(FINAL_BLOCK);
		pixels.writeBytes(ByteBuffer.allocate(4).putInt((int) adler.getValue()).array());
		chunk(out, "IDAT", pixels.toByteArray());
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(name);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	/** A JPEG whose frame header announces {@code width} × {@code height} (a small real picture, patched). */
	public static byte[] jpeg(int width, int height) {
		byte[] bytes = ImageMetadataTests.jpeg(8, 8);
		for (int i = 2; i + 9 < bytes.length; i++) {
			if ((bytes[i] & 0xFF) == 0xFF && (bytes[i + 1] & 0xFF) == 0xC0) {
				ByteBuffer.wrap(bytes, i + 5, 4).putShort((short) height).putShort((short) width);
				return bytes;
			}
		}
		throw new IllegalStateException("no frame header");
	}

	/** An extended WebP whose canvas is {@code width} × {@code height}. */
	public static byte[] webp(int width, int height) {
		ByteBuffer b = ByteBuffer.allocate(30 + 8 + 6).order(ByteOrder.LITTLE_ENDIAN);
		b.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(30 + 14 - 8).put("WEBP".getBytes(StandardCharsets.ISO_8859_1));
		b.put("VP8X".getBytes(StandardCharsets.ISO_8859_1)).putInt(10).put((byte) 0).put(new byte[3]);
		b.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
		b.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
		b.put("VP8L".getBytes(StandardCharsets.ISO_8859_1)).putInt(6).put((byte) 0x2F).put(new byte[5]);
		return b.array();
	}

	/** A DOCX whose document part inflates to {@code megabytes} of spaces. */
	public static byte[] docx(int megabytes) {
		byte[] spaces = new byte[1024 * 1024];
		Arrays.fill(spaces, (byte) ' ');
		return zip(List.of(new Entry("[Content_Types].xml",
				"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8), 1),
				new Entry("word/document.xml", spaces, megabytes)));
	}

	/** A ZIP of {@code count} empty entries. */
	public static byte[] manyEntries(int count) {
		return zip(zip -> {
			for (int i = 0; i < count; i++) {
				entry(zip, "e" + i, new byte[0]);
			}
		});
	}

	/** {@code inner} packed {@code times} more times, one ZIP inside the next. */
	public static byte[] nested(byte[] inner, int times) {
		byte[] bytes = inner;
		for (int i = 0; i < times; i++) {
			byte[] packed = bytes;
			bytes = zip(zip -> entry(zip, "inner.zip", packed));
		}
		return bytes;
	}

	interface Entries {

		void write(ZipOutputStream zip) throws IOException;
	}

	static byte[] zip(Entries entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(9);
			entries.write(zip);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes);
		zip.closeEntry();
	}
}
