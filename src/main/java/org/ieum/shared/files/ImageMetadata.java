package org.ieum.shared.files;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Removes what a camera or a phone writes into a photo besides the picture: the place it was
 * taken (GPS), the device and its serial number, the time, the owner's name, comments,
 * embedded thumbnails and provenance records, and anything appended after the picture. Photos of spaces and products are published, and nobody should learn
 * where a member lives from one. The pixels are left untouched (no re-encoding); what a
 * browser needs to draw the picture right stays: the colour profile, the Adobe colour
 * transform and, for JPEG, the orientation, which is written back as the only Exif entry.
 * <p>
 * Bytes whose structure cannot be walked are refused as {@link RefusedUpload.Reason#BROKEN}
 * rather than stored with their metadata.
 */
final class ImageMetadata {

	static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/webp");

	private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
	private static final byte[] JFIF_HEADER = "JFIF\0".getBytes(StandardCharsets.ISO_8859_1);
	private static final byte[] ICC_HEADER = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
	private static final byte[] ADOBE_HEADER = "Adobe".getBytes(StandardCharsets.ISO_8859_1);
	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
	/**
	 * The PNG chunks that draw the picture (pixels, palette, colour, transparency, animation); every
	 * other chunk goes: text, time, Exif, provenance, editors' previews and whatever comes next.
	 */
	private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
			"iCCP", "sBIT", "bKGD", "pHYs", "hIST", "sPLT", "cICP", "cLLi", "mDCv", "acTL", "fcTL", "fdAT");
	/** The WebP chunks that draw the picture; EXIF, XMP, provenance and unknown chunks go. */
	private static final Set<String> WEBP_KEPT = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP");
	private static final Set<String> WEBP_PICTURES = Set.of("VP8 ", "VP8L", "ANMF");
	private static final int ORIENTATION_TAG = 0x0112;

	private ImageMetadata() {
	}

	/** The image without its metadata; other types come back as they are. */
	static byte[] strip(String type, byte[] bytes) {
		try {
			return switch (type) {
				case "image/jpeg" -> jpeg(bytes);
				case "image/png" -> png(bytes);
				case "image/webp" -> webp(bytes);
				default -> bytes;
			};
		}
		catch (IndexOutOfBoundsException | IllegalArgumentException ex) {
			throw new RefusedUpload(RefusedUpload.Reason.BROKEN);
		}
	}

	/**
	 * Width × height as the header announces them, read before anything decodes the picture: a
	 * 109 KB PNG may announce 30000 × 30000 pixels, which every browser showing it would have to
	 * hold as 3.6 GB. Bytes whose header cannot be read are refused as broken.
	 */
	static long pixels(String type, byte[] in) {
		try {
			return switch (type) {
				case "image/png" -> pngPixels(in);
				case "image/jpeg" -> jpegPixels(in);
				case "image/webp" -> webpPixels(in);
				default -> 0;
			};
		}
		catch (IndexOutOfBoundsException | IllegalArgumentException ex) {
			throw new RefusedUpload(RefusedUpload.Reason.BROKEN);
		}
	}

	/* PNG: IHDR is the first chunk, width and height its first two big-endian numbers. */
	private static long pngPixels(byte[] in) {
		require(in.length >= 24 && Arrays.equals(in, 0, 8, PNG_SIGNATURE, 0, 8)
				&& new String(in, 12, 4, StandardCharsets.ISO_8859_1).equals("IHDR"));
		return Integer.toUnsignedLong(u32be(in, 16)) * Integer.toUnsignedLong(u32be(in, 20));
	}

	/* JPEG: the first start-of-frame segment (SOF0 to SOF15 but DHT, JPG and DAC) holds height and width. */
	private static long jpegPixels(byte[] in) {
		require(in.length > 4 && u8(in, 0) == 0xFF && u8(in, 1) == 0xD8);
		int pos = 2;
		while (true) {
			require(u8(in, pos) == 0xFF);
			while (u8(in, pos) == 0xFF) {
				pos++;
			}
			int marker = u8(in, pos++);
			if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
				continue;
			}
			require(marker != 0xD9 && marker != 0xDA);
			int length = u16be(in, pos);
			require(length >= 2);
			if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
				return (long) u16be(in, pos + 3) * u16be(in, pos + 5);
			}
			pos += length;
		}
	}

	/* WebP: the canvas of an extended file (VP8X), or the frame of a simple lossy (VP8) or lossless (VP8L) one. */
	private static long webpPixels(byte[] in) {
		require(in.length >= 30 && new String(in, 0, 4, StandardCharsets.ISO_8859_1).equals("RIFF")
				&& new String(in, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP"));
		String chunk = new String(in, 12, 4, StandardCharsets.ISO_8859_1);
		int data = 20;
		return switch (chunk) {
			case "VP8X" -> (u24le(in, data + 4) + 1L) * (u24le(in, data + 7) + 1L);
			case "VP8L" -> {
				require(u8(in, data) == 0x2F);
				int bits = u32le(in, data + 1);
				yield ((bits & 0x3FFF) + 1L) * (((bits >>> 14) & 0x3FFF) + 1L);
			}
			case "VP8 " -> {
				require(u8(in, data + 3) == 0x9D && u8(in, data + 4) == 0x01 && u8(in, data + 5) == 0x2A);
				yield (long) ((u8(in, data + 6) | u8(in, data + 7) << 8) & 0x3FFF)
						* ((u8(in, data + 8) | u8(in, data + 9) << 8) & 0x3FFF);
			}
			default -> throw new IllegalArgumentException("no WebP picture header");
		};
	}

	/*
	 * JPEG: every segment is walked up to the end-of-image marker, the scans' compressed data
	 * copied as it is. Kept: the JFIF header (APP0, without its thumbnail), the ICC profile (APP2),
	 * Adobe (APP14) and every non-APP segment (tables, frame, scans). Dropped: Exif and XMP (APP1),
	 * JFXX thumbnails, Photoshop/IPTC (APP13), the other APPn, comments, and whatever follows the
	 * end of the image (a second picture of a multi-picture or HDR file, a motion photo's video).
	 */
	private static byte[] jpeg(byte[] in) {
		require(in.length > 4 && u8(in, 0) == 0xFF && u8(in, 1) == 0xD8);
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(0xFF);
		out.write(0xD8);
		Integer orientation = null;
		boolean orientationWritten = false;
		boolean scanned = false;
		int pos = 2;
		while (true) {
			require(u8(in, pos) == 0xFF);
			while (u8(in, pos) == 0xFF) {
				pos++; // fill bytes before a marker
			}
			int marker = u8(in, pos);
			pos++;
			if (marker == 0xD9) {
				require(scanned);
				out.write(0xFF);
				out.write(0xD9);
				return out.toByteArray();
			}
			if (marker == 0x01) {
				out.write(0xFF);
				out.write(0x01); // TEM stands alone, without a length
				continue;
			}
			require(marker != 0x00 && marker != 0xD8 && !(marker >= 0xD0 && marker <= 0xD7));
			int length = u16be(in, pos);
			require(length >= 2 && pos + length <= in.length);
			int payload = pos + 2;
			int end = pos + length;
			boolean app = marker >= 0xE0 && marker <= 0xEF;
			if (marker == 0xE1 && startsWith(in, payload, end, EXIF_HEADER) && orientation == null) {
				orientation = exifOrientation(in, payload + EXIF_HEADER.length, end).orElse(null);
			}
			if (!orientationWritten && marker != 0xE0 && orientation != null) {
				// after the JFIF header, where Exif would stand
				writeOrientation(out, orientation);
				orientationWritten = true;
			}
			if (marker == 0xE0) {
				if (startsWith(in, payload, end, JFIF_HEADER) && length >= 16) {
					// version, units and density stay; the thumbnail's size becomes 0 x 0 and its pixels go
					out.write(new byte[] { (byte) 0xFF, (byte) 0xE0, 0, 16 }, 0, 4);
					out.write(in, payload, 12);
					out.write(0);
					out.write(0);
				}
			}
			else if (!app && marker != 0xFE || marker == 0xE2 && startsWith(in, payload, end, ICC_HEADER)
					|| marker == 0xEE && startsWith(in, payload, end, ADOBE_HEADER)) {
				out.write(0xFF);
				out.write(marker);
				out.write(in, pos, length);
			}
			pos = end;
			if (marker == 0xDA) {
				// the scan's compressed data runs to the next marker that is neither a stuffed 0xFF nor a restart
				scanned = true;
				int data = pos;
				while (true) {
					if (u8(in, pos) != 0xFF) {
						pos++;
						continue;
					}
					int next = pos + 1;
					while (u8(in, next) == 0xFF) {
						next++; // fill bytes, which may stand before a restart marker too
					}
					int code = u8(in, next);
					if (code != 0x00 && (code < 0xD0 || code > 0xD7)) {
						break;
					}
					pos = next + 1;
				}
				out.write(in, data, pos - data);
			}
		}
	}

	/** The orientation (2 to 8) from an Exif block's first directory; empty when absent, normal or unreadable. */
	private static Optional<Integer> exifOrientation(byte[] in, int tiff, int end) {
		if (end - tiff < 8) {
			return Optional.empty();
		}
		ByteOrder order;
		if (in[tiff] == 'I' && in[tiff + 1] == 'I') {
			order = ByteOrder.LITTLE_ENDIAN;
		}
		else if (in[tiff] == 'M' && in[tiff + 1] == 'M') {
			order = ByteOrder.BIG_ENDIAN;
		}
		else {
			return Optional.empty();
		}
		ByteBuffer buffer = ByteBuffer.wrap(in, tiff, end - tiff).slice().order(order);
		long ifd = Integer.toUnsignedLong(buffer.getInt(4));
		if (ifd < 8 || ifd + 2 > buffer.limit()) {
			return Optional.empty();
		}
		int entries = Short.toUnsignedInt(buffer.getShort((int) ifd));
		for (int i = 0; i < entries; i++) {
			int entry = (int) ifd + 2 + 12 * i;
			if (entry + 12 > buffer.limit()) {
				return Optional.empty();
			}
			if (Short.toUnsignedInt(buffer.getShort(entry)) == ORIENTATION_TAG
					&& Short.toUnsignedInt(buffer.getShort(entry + 2)) == 3) {
				int value = Short.toUnsignedInt(buffer.getShort(entry + 8));
				return value >= 2 && value <= 8 ? Optional.of(value) : Optional.empty();
			}
		}
		return Optional.empty();
	}

	/** An APP1 Exif segment whose only entry is the orientation (big-endian TIFF, one directory, one SHORT). */
	private static void writeOrientation(ByteArrayOutputStream out, int orientation) {
		ByteBuffer segment = ByteBuffer.allocate(36).order(ByteOrder.BIG_ENDIAN);
		segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) 34);
		segment.put(EXIF_HEADER);
		segment.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		segment.putShort((short) 1);
		segment.putShort((short) ORIENTATION_TAG).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		segment.putInt(0);
		out.write(segment.array(), 0, segment.position());
	}

	/* PNG: the picture's chunks from IHDR to IEND; other chunks and bytes after IEND go. */
	private static byte[] png(byte[] in) {
		require(in.length >= 8 && Arrays.equals(in, 0, 8, PNG_SIGNATURE, 0, 8));
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(in, 0, 8);
		int pos = 8;
		boolean pixels = false;
		while (true) {
			long length = Integer.toUnsignedLong(u32be(in, pos));
			require(length <= in.length && pos + 12 + length <= in.length);
			String chunk = new String(in, pos + 4, 4, StandardCharsets.ISO_8859_1);
			require(pos > 8 || chunk.equals("IHDR"));
			int total = 12 + (int) length;
			if (PNG_KEPT.contains(chunk)) {
				out.write(in, pos, total);
			}
			pixels |= chunk.equals("IDAT");
			pos += total;
			if (chunk.equals("IEND")) {
				require(pixels);
				return out.toByteArray();
			}
		}
	}

	/* WebP: the picture's RIFF chunks, with the EXIF and XMP flags cleared in the VP8X header. */
	private static byte[] webp(byte[] in) {
		require(in.length >= 12 && new String(in, 0, 4, StandardCharsets.ISO_8859_1).equals("RIFF")
				&& new String(in, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP"));
		long riffEnd = 8 + Integer.toUnsignedLong(u32le(in, 4));
		require(riffEnd <= in.length);
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(in, 0, 12);
		int pos = 12;
		boolean picture = false;
		while (pos < riffEnd) {
			String chunk = new String(in, pos, 4, StandardCharsets.ISO_8859_1);
			long size = Integer.toUnsignedLong(u32le(in, pos + 4));
			long total = 8 + size + (size & 1);
			require(pos + 8 + size <= riffEnd);
			int copied = (int) Math.min(total, riffEnd - pos);
			if (chunk.equals("VP8X")) {
				require(size >= 10);
				byte[] header = Arrays.copyOfRange(in, pos, pos + copied);
				header[8] &= (byte) ~0x0C; // the EXIF (0x08) and XMP (0x04) flags
				out.write(header, 0, header.length);
			}
			else if (WEBP_KEPT.contains(chunk)) {
				out.write(in, pos, copied);
			}
			picture |= WEBP_PICTURES.contains(chunk);
			pos += copied;
		}
		require(picture);
		byte[] result = out.toByteArray();
		ByteBuffer.wrap(result, 4, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(result.length - 8);
		return result;
	}

	private static void require(boolean condition) {
		if (!condition) {
			throw new IllegalArgumentException("not a well-formed image");
		}
	}

	private static boolean startsWith(byte[] in, int from, int end, byte[] prefix) {
		return end - from >= prefix.length && Arrays.equals(in, from, from + prefix.length, prefix, 0, prefix.length);
	}

	private static int u8(byte[] in, int pos) {
		return in[pos] & 0xFF;
	}

	private static int u16be(byte[] in, int pos) {
		return (u8(in, pos) << 8) | u8(in, pos + 1);
	}

	private static int u32be(byte[] in, int pos) {
		return (u16be(in, pos) << 16) | u16be(in, pos + 2);
	}

	private static int u24le(byte[] in, int pos) {
		return u8(in, pos) | (u8(in, pos + 1) << 8) | (u8(in, pos + 2) << 16);
	}

	private static int u32le(byte[] in, int pos) {
		return u8(in, pos) | (u8(in, pos + 1) << 8) | (u8(in, pos + 2) << 16) | (u8(in, pos + 3) << 24);
	}
}
