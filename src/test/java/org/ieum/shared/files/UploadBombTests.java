package org.ieum.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * The one upload check refuses pictures that announce more pixels than allowed and ZIP-based
 * documents that unpack past the limits, and stores nothing of them; ordinary files pass.
 */
class UploadBombTests {

	@TempDir
	Path dataDir;

	private FileArea photos() {
		return new FileStore(dataDir.toString()).area("photos",
				Map.of("image/png", "png", "image/jpeg", "jpg", "image/webp", "webp"), 2 * 1024 * 1024);
	}

	private FileArea documents() {
		return new FileStore(dataDir.toString()).area("documents",
				Map.of("application/zip", "zip", "application/x-tika-ooxml", "office"), 10 * 1024 * 1024);
	}

	private static void refused(Runnable upload, RefusedUpload.Reason reason) {
		assertThatThrownBy(upload::run)
			.isInstanceOfSatisfying(RefusedUpload.class, ex -> assertThat(ex.reason()).isEqualTo(reason));
	}

	@Test
	void aPngOf30000By30000PixelsIsRefusedFromItsHeader() {
		byte[] bomb = Bombs.png(30_000);
		assertThat(bomb.length).as("small on the wire").isLessThan(200_000);
		refused(() -> photos().store(bomb), RefusedUpload.Reason.TOO_MANY_PIXELS);
		assertThat(dataDir.resolve("files/photos")).doesNotExist();
	}

	@Test
	void jpegAndWebpAreMeasuredTooAndPhotosUnderTheLimitPass() {
		refused(() -> photos().store(Bombs.jpeg(20_000, 20_000)), RefusedUpload.Reason.TOO_MANY_PIXELS);
		refused(() -> photos().store(Bombs.webp(16_000, 16_000)), RefusedUpload.Reason.TOO_MANY_PIXELS);
		assertThat(ImageMetadata.pixels("image/jpeg", Bombs.jpeg(4000, 3000))).isEqualTo(12_000_000L);
		assertThat(ImageMetadata.pixels("image/webp", Bombs.webp(6000, 4000))).isEqualTo(24_000_000L);
		assertThat(ImageMetadata.pixels("image/png", Bombs.png(100))).isEqualTo(10_000L);
		assertThat(photos().store(Bombs.png(6000)).type()).isEqualTo("image/png");
		assertThat(photos().store(Bombs.jpeg(4000, 3000)).type()).isEqualTo("image/jpeg");
	}

	@Test
	void theLimitIsASetting() {
		UploadLimits small = new UploadLimits(1_000_000, DataSize.ofMegabytes(256), 10_000, 100, DataSize.ofMegabytes(16), 2);
		FileArea area = new FileStore(dataDir.toString(), small).area("photos", Map.of("image/png", "png"), 2_000_000);
		refused(() -> area.store(Bombs.png(1001)), RefusedUpload.Reason.TOO_MANY_PIXELS);
		assertThat(area.store(Bombs.png(1000)).type()).isEqualTo("image/png");
	}

	@Test
	void aDocxThatInflatesTo2GigabytesIsRefusedWithoutInflatingIt() {
		byte[] bomb = Bombs.docx(2048);
		assertThat(bomb.length).as("small on the wire").isLessThan(3 * 1024 * 1024);
		long started = System.nanoTime();
		refused(() -> documents().store(bomb), RefusedUpload.Reason.UNPACKS_TOO_LARGE);
		assertThat(dataDir.resolve("files/documents")).doesNotExist();
		// the 100:1 ratio stops it after 16 MB; 2 GB would take many seconds
		assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
	}

	@Test
	void aModerateSizeThatInflatesAThousandfoldIsRefusedByTheRatio() {
		refused(() -> documents().store(Bombs.docx(40)), RefusedUpload.Reason.UNPACKS_TOO_LARGE);
	}

	@Test
	void tooManyEntriesAndZipsNestedTooDeepAreRefused() {
		refused(() -> documents().store(Bombs.manyEntries(10_001)), RefusedUpload.Reason.UNPACKS_TOO_LARGE);
		byte[] small = Bombs.manyEntries(3);
		assertThat(documents().store(Bombs.nested(small, 2)).type()).isEqualTo("application/zip");
		refused(() -> documents().store(Bombs.nested(small, 3)), RefusedUpload.Reason.UNPACKS_TOO_LARGE);
		// inflation inside nested ZIPs counts as well
		refused(() -> documents().store(Bombs.nested(Bombs.docx(300), 1)), RefusedUpload.Reason.UNPACKS_TOO_LARGE);
	}

	@Test
	void aCentralDirectoryThatDeclaresGigabytesIsRefused() {
		byte[] docx = Bombs.docx(1);
		// a reader that trusts the directory (as Office readers do) would reserve what it declares
		for (int i = docx.length - 22; i >= 0; i--) {
			if (docx[i] == 'P' && docx[i + 1] == 'K' && docx[i + 2] == 1 && docx[i + 3] == 2) {
				ByteBuffer.wrap(docx, i + 24, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(-2);
			}
		}
		refused(() -> documents().store(docx), RefusedUpload.Reason.UNPACKS_TOO_LARGE);
	}

	@Test
	void anOrdinaryDocumentPassesAndAFileOnDiskIsCheckedTheSameWay() throws Exception {
		byte[] ordinary = Bombs.docx(2);
		assertThat(documents().store(ordinary).size()).isEqualTo(ordinary.length);

		FileStore store = new FileStore(dataDir.toString());
		Path bomb = dataDir.resolve("list.xlsx");
		Files.write(bomb, Bombs.docx(2048));
		refused(() -> store.checkPackage(bomb), RefusedUpload.Reason.UNPACKS_TOO_LARGE);
		Path fine = dataDir.resolve("fine.xlsx");
		Files.write(fine, ordinary);
		store.checkPackage(fine);
		Path csv = dataDir.resolve("list.csv");
		Files.writeString(csv, "이름,주소\n");
		store.checkPackage(csv);
	}
}
