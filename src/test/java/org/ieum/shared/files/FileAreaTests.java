package org.ieum.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class FileAreaTests {

	private static final byte[] PNG = png();

	private static byte[] png() {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB),
					"png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@TempDir
	Path dataDir;

	private FileArea area() {
		return new FileStore(dataDir.toString()).area("photos", Map.of("image/png", "png"), 1024);
	}

	@Test
	void storesByContentAndRefusesWhatTheBytesAreNot() {
		FileArea area = area();
		FileArea.StoredFile stored = area.store(PNG);
		assertThat(stored.type()).isEqualTo("image/png");
		assertThat(stored.file()).endsWith(".png");
		assertThat(area.read(stored.file())).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PNG));

		assertThatThrownBy(() -> area.store("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(RefusedUpload.class, ex -> assertThat(ex.reason()).isEqualTo(RefusedUpload.Reason.TYPE));
		assertThatThrownBy(() -> area.store(new byte[0]))
			.isInstanceOfSatisfying(RefusedUpload.class, ex -> assertThat(ex.reason()).isEqualTo(RefusedUpload.Reason.EMPTY));
		assertThatThrownBy(() -> area.store(new byte[2048]))
			.isInstanceOfSatisfying(RefusedUpload.class,
					ex -> assertThat(ex.reason()).isEqualTo(RefusedUpload.Reason.TOO_LARGE));
		assertThat(dataDir.resolve("files/photos").toFile().list()).hasSize(1);
	}

	@Test
	void namesOutsideTheAreaReadAsMissing() throws Exception {
		Files.writeString(dataDir.resolve("secret.txt"), "secret");
		Files.createDirectories(dataDir.resolve("files/photos"));
		assertThat(area().read("../../secret.txt")).isEmpty();
		assertThat(area().read("")).isEmpty();
		assertThatThrownBy(() -> new FileStore(dataDir.toString()).area("../..", Map.of(), 1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aFileStoredInATransactionThatRollsBackIsRemoved() {
		FileArea area = area();
		TransactionSynchronizationManager.initSynchronization();
		try {
			FileArea.StoredFile stored = area.store(PNG);
			assertThat(area.read(stored.file())).isPresent();
			for (TransactionSynchronization sync : TransactionSynchronizationManager.getSynchronizations()) {
				sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
			}
			assertThat(area.read(stored.file())).isEmpty();
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}
}
