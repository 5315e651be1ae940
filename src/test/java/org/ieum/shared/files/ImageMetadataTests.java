package org.ieum.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photos lose the camera's metadata (place, device, owner, comments) and keep their picture and orientation. */
class ImageMetadataTests {

	private static final String PLACE = "GPS 35.2285N 128.8894E";
	private static final String OWNER = "홍길동의 휴대전화";

	@TempDir
	Path dataDir;

	@Test
	void aJpegLosesExifXmpPhotoshopAndCommentsButKeepsItsPictureAndOrientation() throws Exception {
		byte[] plain = jpeg(16, 8);
		byte[] withMetadata = insertAfterSoi(plain,
				segment(0xE1, exif(ByteOrder.LITTLE_ENDIAN, 6)),
				segment(0xE1, concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1),
						OWNER.getBytes(StandardCharsets.UTF_8))),
				segment(0xED, concat("Photoshop 3.0\0".getBytes(StandardCharsets.ISO_8859_1), PLACE.getBytes(StandardCharsets.UTF_8))),
				segment(0xFE, OWNER.getBytes(StandardCharsets.UTF_8)));

		byte[] stripped = ImageMetadata.strip("image/jpeg", withMetadata);

		assertThat(contains(stripped, PLACE.getBytes(StandardCharsets.UTF_8))).isFalse();
		assertThat(contains(stripped, OWNER.getBytes(StandardCharsets.UTF_8))).isFalse();
		assertThat(contains(stripped, "Photoshop".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
		assertThat(contains(stripped, "ns.adobe.com".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
		// the orientation (6: turned right) comes back as the only Exif entry, in big-endian order
		assertThat(contains(stripped, HexFormat.of().parseHex(
				"ffe10022457869660000" + "4d4d002a00000008" + "0001" + "011200030000000100060000" + "00000000"))).isTrue();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(stripped));
		assertThat(image.getWidth()).isEqualTo(16);
		assertThat(image.getHeight()).isEqualTo(8);
		// everything from the first scan on is the same bytes
		assertThat(Arrays.copyOfRange(stripped, stripped.length - 200, stripped.length))
			.isEqualTo(Arrays.copyOfRange(withMetadata, withMetadata.length - 200, withMetadata.length));
	}

	@Test
	void aJpegKeepsItsColourProfileAndAdobeSegmentAndDropsAnUprightOrientation() {
		byte[] icc = concat("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1), new byte[] { 1, 1, 9, 9, 9 });
		byte[] adobe = concat("Adobe".getBytes(StandardCharsets.ISO_8859_1), new byte[] { 0, 100, 0, 0, 0, 0, 1 });
		byte[] withMetadata = insertAfterSoi(jpeg(4, 4), segment(0xE1, exif(ByteOrder.BIG_ENDIAN, 1)),
				segment(0xE2, icc), segment(0xEE, adobe));

		byte[] stripped = ImageMetadata.strip("image/jpeg", withMetadata);

		assertThat(markers(stripped)).doesNotContain(0xE1).contains(0xE0, 0xE2, 0xEE, 0xDB, 0xC0, 0xDA);
		assertThat(contains(stripped, segment(0xE2, icc))).isTrue();
		assertThat(contains(stripped, segment(0xEE, adobe))).isTrue();
	}

	@Test
	void whateverFollowsTheEndOfAJpegGoesWithTheCommentsBetweenItsSegments() {
		byte[] first = jpeg(6, 6);
		// a second picture with its own Exif after the first one's end, as multi-picture and HDR files carry
		byte[] second = insertAfterSoi(jpeg(3, 3), segment(0xE1, exif(ByteOrder.BIG_ENDIAN, 1)));
		byte[] commentBeforeEnd = concat(Arrays.copyOf(first, first.length - 2),
				segment(0xFE, OWNER.getBytes(StandardCharsets.UTF_8)), new byte[] { (byte) 0xFF, (byte) 0xD9 });

		byte[] stripped = ImageMetadata.strip("image/jpeg", concat(commentBeforeEnd, second, "motion video".getBytes(
				StandardCharsets.ISO_8859_1)));

		assertThat(stripped).isEqualTo(first);
		assertThat(contains(stripped, PLACE.getBytes(StandardCharsets.UTF_8))).isFalse();
	}

	@Test
	void aJpegKeepsItsJfifHeaderWithoutTheThumbnailAndLosesJfxx() {
		byte[] plain = jpeg(4, 4);
		int app0End = 4 + (((plain[4] & 0xFF) << 8) | (plain[5] & 0xFF));
		byte[] jfif = Arrays.copyOfRange(plain, 4 + 2, app0End); // ImageIO's APP0 payload, no thumbnail
		byte[] withThumbnail = Arrays.copyOf(jfif, jfif.length + 6);
		withThumbnail[12] = 2; // a 2 x 1 thumbnail of six RGB bytes
		withThumbnail[13] = 1;
		Arrays.fill(withThumbnail, 14, 20, (byte) 0x7E);
		byte[] jfxx = concat("JFXX\0".getBytes(StandardCharsets.ISO_8859_1), new byte[] { 0x10, 1, 2, 3 });
		byte[] input = concat(Arrays.copyOf(plain, 2), segment(0xE0, withThumbnail), segment(0xE0, jfxx),
				Arrays.copyOfRange(plain, app0End, plain.length));

		byte[] stripped = ImageMetadata.strip("image/jpeg", input);

		assertThat(stripped).isEqualTo(plain);
	}

	@Test
	void fillBytesBeforeARestartMarkerInsideAScanAreData() {
		byte[] plain = jpeg(8, 8);
		int sos = 2;
		while ((plain[sos + 1] & 0xFF) != 0xDA) {
			sos += 2 + (((plain[sos + 2] & 0xFF) << 8) | (plain[sos + 3] & 0xFF));
		}
		int data = sos + 2 + (((plain[sos + 2] & 0xFF) << 8) | (plain[sos + 3] & 0xFF));
		byte[] withRestart = concat(Arrays.copyOf(plain, data + 3), new byte[] { (byte) 0xFF, (byte) 0xFF, (byte) 0xD0 },
				Arrays.copyOfRange(plain, data + 3, plain.length));

		assertThat(ImageMetadata.strip("image/jpeg", withRestart)).isEqualTo(withRestart);
	}

	@Test
	void aJpegCutOffBeforeItsPictureIsRefusedAsBroken() {
		byte[] jpeg = insertAfterSoi(jpeg(4, 4), segment(0xE1, exif(ByteOrder.BIG_ENDIAN, 3)));
		assertThatThrownBy(() -> ImageMetadata.strip("image/jpeg", Arrays.copyOf(jpeg, 60)))
			.isInstanceOfSatisfying(RefusedUpload.class, ex -> assertThat(ex.reason()).isEqualTo(RefusedUpload.Reason.BROKEN));
		assertThatThrownBy(() -> ImageMetadata.strip("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF,
				(byte) 0xD9, 0 })).isInstanceOf(RefusedUpload.class);
	}

	@Test
	void aPngLosesTextTimeAndExifChunksAndWhatFollowsItsEnd() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(5, 3, BufferedImage.TYPE_INT_RGB), "png", out);
		byte[] plain = out.toByteArray();
		int iend = plain.length - 12;
		byte[] withMetadata = concat(Arrays.copyOf(plain, iend),
				chunk("tEXt", concat("Author\0".getBytes(StandardCharsets.ISO_8859_1), OWNER.getBytes(StandardCharsets.UTF_8))),
				chunk("iTXt", concat("Location\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1), PLACE.getBytes(StandardCharsets.UTF_8))),
				chunk("tIME", new byte[] { 0x07, (byte) 0xEA, 12, 2, 9, 30, 0 }), chunk("eXIf", exif(ByteOrder.BIG_ENDIAN, 6)),
				chunk("caBX", OWNER.getBytes(StandardCharsets.UTF_8)), chunk("prVW", new byte[] { 1, 2, 3 }),
				Arrays.copyOfRange(plain, iend, plain.length), "trailing data".getBytes(StandardCharsets.ISO_8859_1));

		byte[] stripped = ImageMetadata.strip("image/png", withMetadata);

		assertThat(stripped).isEqualTo(plain);
		assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getWidth()).isEqualTo(5);
		assertThatThrownBy(() -> ImageMetadata.strip("image/png", Arrays.copyOf(plain, iend)))
			.isInstanceOfSatisfying(RefusedUpload.class, ex -> assertThat(ex.reason()).isEqualTo(RefusedUpload.Reason.BROKEN));
		byte[] noPixels = concat(Arrays.copyOf(plain, 8 + 25), Arrays.copyOfRange(plain, iend, plain.length));
		assertThatThrownBy(() -> ImageMetadata.strip("image/png", noPixels)).isInstanceOf(RefusedUpload.class);
	}

	@Test
	void aWebpLosesItsExifAndXmpChunksAndTheirFlags() {
		byte[] vp8x = new byte[10];
		vp8x[0] = 0x10 | 0x08 | 0x04; // alpha, EXIF, XMP
		byte[] picture = { 0x2F, 0, 0, 0, 0, 1, 2 };
		byte[] webp = riff(riffChunk("VP8X", vp8x), riffChunk("VP8L", picture),
				riffChunk("EXIF", concat(exif(ByteOrder.LITTLE_ENDIAN, 8), PLACE.getBytes(StandardCharsets.UTF_8), new byte[] { 1 })),
				riffChunk("XMP ", OWNER.getBytes(StandardCharsets.UTF_8)), riffChunk("C2PA", PLACE.getBytes(StandardCharsets.UTF_8)));

		byte[] stripped = ImageMetadata.strip("image/webp", webp);

		vp8x[0] = 0x10;
		assertThat(stripped).isEqualTo(riff(riffChunk("VP8X", vp8x), riffChunk("VP8L", picture)));
		assertThatThrownBy(() -> ImageMetadata.strip("image/webp", Arrays.copyOf(webp, 40)))
			.isInstanceOfSatisfying(RefusedUpload.class, ex -> assertThat(ex.reason()).isEqualTo(RefusedUpload.Reason.BROKEN));
		assertThatThrownBy(() -> ImageMetadata.strip("image/webp", riff())).as("a header and no picture")
			.isInstanceOf(RefusedUpload.class);
		assertThatThrownBy(() -> ImageMetadata.strip("image/webp", riff(riffChunk("VP8X", vp8x)))).isInstanceOf(RefusedUpload.class);
	}

	@Test
	void theStoreKeepsOnlyTheStrippedPhotoAndWritesNothingForABrokenOne() {
		FileArea area = new FileStore(dataDir.toString()).area("photos", Map.of("image/jpeg", "jpg", "image/png", "png"),
				1 << 20);
		byte[] withMetadata = insertAfterSoi(jpeg(8, 8), segment(0xFE, PLACE.getBytes(StandardCharsets.UTF_8)));

		FileArea.StoredFile stored = area.store(withMetadata);

		byte[] onDisk = area.read(stored.file()).orElseThrow();
		assertThat(contains(onDisk, PLACE.getBytes(StandardCharsets.UTF_8))).isFalse();
		assertThat(stored.size()).isEqualTo(onDisk.length).isLessThan(withMetadata.length);
		assertThatThrownBy(() -> area.store(Arrays.copyOf(withMetadata, 30)))
			.isInstanceOfSatisfying(RefusedUpload.class, ex -> assertThat(ex.reason()).isEqualTo(RefusedUpload.Reason.BROKEN));
		assertThat(dataDir.resolve("files/photos").toFile().list()).hasSize(1);
	}

	// --- building test images

	static byte[] jpeg(int width, int height) {
		try {
			BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
			for (int x = 0; x < width; x++) {
				image.setRGB(x, 0, 0x336699 + x);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "jpg", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An Exif block whose first directory holds the orientation and a second, unreadable-to-us entry. */
	private static byte[] exif(ByteOrder order, int orientation) {
		ByteBuffer tiff = ByteBuffer.allocate(6 + 8 + 2 + 24 + 4).order(order);
		tiff.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
		tiff.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
		tiff.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
		tiff.putShort((short) 42).putInt(8).putShort((short) 2);
		tiff.putShort((short) 0x010F).putShort((short) 2).putInt(4).put("Cam\0".getBytes(StandardCharsets.ISO_8859_1));
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putInt(0);
		return concat(tiff.array(), PLACE.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] segment(int marker, byte[] payload) {
		ByteBuffer segment = ByteBuffer.allocate(4 + payload.length);
		segment.put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
		return segment.array();
	}

	private static byte[] insertAfterSoi(byte[] jpeg, byte[]... segments) {
		// after SOI and the JFIF APP0 that ImageIO writes first
		int app0End = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
		byte[] result = Arrays.copyOf(jpeg, app0End);
		for (byte[] segment : segments) {
			result = concat(result, segment);
		}
		return concat(result, Arrays.copyOfRange(jpeg, app0End, jpeg.length));
	}

	private static List<Integer> markers(byte[] jpeg) {
		List<Integer> markers = new ArrayList<>();
		int pos = 2;
		while (pos + 4 <= jpeg.length) {
			int marker = jpeg[pos + 1] & 0xFF;
			markers.add(marker);
			if (marker == 0xDA) {
				break;
			}
			pos += 2 + (((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF));
		}
		return markers;
	}

	private static byte[] chunk(String type, byte[] data) {
		byte[] typeAndData = concat(type.getBytes(StandardCharsets.ISO_8859_1), data);
		CRC32 crc = new CRC32();
		crc.update(typeAndData);
		return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeAndData).putInt((int) crc.getValue()).array();
	}

	private static byte[] riffChunk(String fourcc, byte[] data) {
		ByteBuffer chunk = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
		chunk.put(fourcc.getBytes(StandardCharsets.ISO_8859_1)).putInt(data.length).put(data);
		return chunk.array();
	}

	private static byte[] riff(byte[]... chunks) {
		byte[] body = concat(chunks);
		ByteBuffer riff = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
		riff.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(4 + body.length)
			.put("WEBP".getBytes(StandardCharsets.ISO_8859_1)).put(body);
		return riff.array();
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.write(part, 0, part.length);
		}
		return out.toByteArray();
	}

	private static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}
}
