package org.ieum.shared.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.ieum.shared.Authorities;
import org.ieum.shared.files.DownloadNames;
import org.ieum.shared.files.FileStore;
import org.ieum.shared.files.RefusedUpload;
import org.ieum.shared.web.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Uploads kept between an import's preview and its confirmation, for every module's imports:
 * the file is kept under {@code ieum.imports.root} (default {@code ${ieum.data-dir}/imports}, shared by the
 * nodes of a cluster) with a record of its checksum until
 * the staff member confirms it, so the preview and the confirmation read the same bytes even
 * across a restart. A kept upload belongs to one center and one purpose (which import reads
 * it); every step checks that the caller is staff of that center. Unconfirmed uploads expire
 * after a day, with their files.
 */
@Service
public class KeptUploads {

	private static final Logger log = LoggerFactory.getLogger(KeptUploads.class);

	static final Duration KEPT_FOR = Duration.ofDays(1);

	/** Above the command line's reach only: a bigger table is imported from the command line. */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** A kept upload, opened for its preview or its confirmation: the file is still the one uploaded. */
	public record Kept(long id, long centerId, String fileName, TableFile file) {
	}

	private final KeptUploadRepository uploads;
	private final FileStore files;
	private final Path directory;
	private final Clock clock;

	KeptUploads(KeptUploadRepository uploads, FileStore files,
			@Value("${ieum.imports.root:${ieum.data-dir}/imports}") Path directory, Clock clock) {
		this.uploads = uploads;
		this.files = files;
		this.directory = directory.toAbsolutePath().normalize();
		this.clock = clock;
	}

	/**
	 * Keeps the upload if it is a table at all (by content, not by name) and {@code check}
	 * accepts it (an import reads its header there, so a file without the columns it needs is
	 * refused at once); a refused file is deleted at once.
	 *
	 * @param uploadedBy the staff member's account id
	 * @param encoding "auto", "utf-8", "cp949" (or "euc-kr"), or empty for detection
	 * @return the kept upload's id
	 */
	@Transactional
	public long keep(long centerId, Long uploadedBy, String purpose, String fileName, InputStream content, String encoding,
			Consumer<TableFile> check) {
		Authorities.requireCenterStaff(centerId);
		Optional<Charset> charset = TableFile.encodingNamed(encoding);
		String stored = UUID.randomUUID() + ".upload";
		Path path = directory.resolve(stored);
		try {
			Files.createDirectories(directory);
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			long size;
			try (InputStream in = new DigestInputStream(content, sha)) {
				size = Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
			}
			if (size > MAX_BYTES) {
				throw new ImportRefused("imports.refused.tooLarge");
			}
			checkPackage(path);
			TableFile file = TableFile.inspect(path, charset);
			check.accept(file);
			KeptUpload record = uploads.save(new KeptUpload(centerId, purpose, cleanName(fileName), stored,
					HexFormat.of().formatHex(sha.digest()), size, charset.map(c -> file.encodingName()).orElse(null),
					uploadedBy, clock.instant()));
			return record.getId();
		}
		catch (RuntimeException ex) {
			deleteQuietly(path);
			throw ex;
		}
		catch (IOException ex) {
			deleteQuietly(path);
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			deleteQuietly(path);
			throw new IllegalStateException(ex);
		}
	}

	/** An XLSX goes through the shared upload check too: a workbook that inflates to gigabytes is refused before POI opens it. */
	private void checkPackage(Path path) {
		try {
			files.checkPackage(path);
		}
		catch (RefusedUpload ex) {
			throw new ImportRefused(ex.reason() == RefusedUpload.Reason.BROKEN ? "imports.refused.broken"
					: RefusedUpload.FILES_MESSAGE_KEYS.getOrDefault(ex.reason(), "imports.refused.broken"));
		}
	}

	/**
	 * The kept upload, still pending, of this purpose, to a staff member of its center; refused when
	 * it was confirmed, discarded or expired, or its file changed since.
	 */
	@Transactional(readOnly = true)
	public Kept open(long id, String purpose) {
		KeptUpload record = pendingToManage(id, purpose);
		return new Kept(id, record.getCenterId(), record.getFileName(), fileOf(record));
	}

	/**
	 * Marks the upload applied in the caller's transaction, so a confirmation counts once and a
	 * failure leaves it pending with nothing written; its file is deleted once that commits.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void markApplied(long id, String purpose, int created, int updated, int unchanged, int rejected) {
		KeptUpload record = pendingToManage(id, purpose);
		if (uploads.markApplied(id, created, updated, unchanged, rejected, clock.instant(), KeptUpload.Status.APPLIED,
				KeptUpload.Status.PENDING) != 1) {
			// another confirmation of the same upload committed first: this one's rows roll back
			throw new ImportRefused("imports.refused.alreadyApplied");
		}
		Path path = directory.resolve(record.getStoredFile());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				deleteQuietly(path);
			}
		});
	}

	@Transactional
	public void discard(long id, String purpose) {
		KeptUpload record = pendingToManage(id, purpose);
		uploads.delete(record);
		deleteQuietly(directory.resolve(record.getStoredFile()));
	}

	/** Uploads nobody confirmed within a day go, with their files. */
	@SchedulerLock(name = "shared-imports-expiry")
	@Scheduled(initialDelayString = "${ieum.imports.expiry-initial-delay:10m}", fixedDelayString = "${ieum.imports.expiry-interval:1h}")
	@Transactional
	public void expire() {
		for (KeptUpload record : uploads.findByStatusAndCreatedAtBefore(KeptUpload.Status.PENDING,
				clock.instant().minus(KEPT_FOR))) {
			uploads.delete(record);
			deleteQuietly(directory.resolve(record.getStoredFile()));
		}
	}

	private KeptUpload pendingToManage(long id, String purpose) {
		KeptUpload record = uploads.findById(id)
			.filter(r -> r.getPurpose().equals(purpose))
			.orElseThrow(() -> Refusal.notFound("imports.refused.expired"));
		Authorities.requireCenterStaff(record.getCenterId());
		if (!record.pending()) {
			throw new ImportRefused("imports.refused.alreadyApplied");
		}
		return record;
	}

	/** The kept file, provided it is still the one that was uploaded. */
	private TableFile fileOf(KeptUpload record) {
		Path path = directory.resolve(record.getStoredFile());
		try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			String checksum = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
			if (!checksum.equals(record.getChecksum())) {
				throw new ImportRefused("imports.refused.changed");
			}
		}
		catch (NoSuchFileException ex) {
			throw new ImportRefused("imports.refused.expired", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		return TableFile.inspect(path, TableFile.encodingNamed(record.getEncoding()));
	}

	private static String cleanName(String fileName) {
		// control characters (a NUL, which PostgreSQL cannot store) and path parts go, as for every download name
		String name = fileName == null ? "" : fileName.replace('\\', '/').replaceAll(".*/", "");
		return DownloadNames.of(name, "list");
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.warn("could not delete import file {}", path, ex);
		}
	}
}
