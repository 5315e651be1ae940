package org.ieum.enterprises.imports;

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

import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.enterprises.records.UnknownOrganization;
import org.ieum.enterprises.search.IndexCatchUp;
import org.ieum.shared.Authorities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ieum.shared.files.DownloadNames;
import org.ieum.shared.files.FileStore;
import org.ieum.shared.files.RefusedUpload;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Staff imports through the pages: the upload is kept under {@code ${ieum.data-dir}/imports}
 * with a record of its checksum until the staff member confirms it, so the preview and the
 * confirmation read the same bytes even across a restart. Pending uploads expire after a day.
 * Every step checks that the caller is staff of the import's center.
 */
@Service
public class ListUploads {

	private static final Logger log = LoggerFactory.getLogger(ListUploads.class);

	static final Duration KEPT_FOR = Duration.ofDays(1);

	/** Above the command line's reach only: a bigger list is imported with {@code import organizations}. */
	static final long MAX_BYTES = 10L * 1024 * 1024;

	private final PendingImportRepository pending;
	private final OrganizationImports imports;
	private final IdentityApi identity;
	private final Path directory;
	private final FileStore files;
	private final IndexCatchUp indexCatchUp;
	private final Clock clock;

	public ListUploads(PendingImportRepository pending, OrganizationImports imports, IdentityApi identity,
			IndexCatchUp indexCatchUp, @Value("${ieum.data-dir}") String dataDir, FileStore files, Clock clock) {
		this.files = files;
		this.indexCatchUp = indexCatchUp;
		this.pending = pending;
		this.imports = imports;
		this.identity = identity;
		this.directory = Path.of(dataDir, "imports").toAbsolutePath().normalize();
		this.clock = clock;
	}

	/** Keeps the upload if it is a list at all (by content); a refused file is deleted at once. */
	long upload(long centerId, String fileName, InputStream content, String encoding) {
		Authorities.requireCenterStaff(centerId);
		Optional<Charset> charset = ListFile.encodingNamed(encoding);
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
			ListFile file = ListFile.inspect(path, charset);
			// reading the header now refuses a list without recognizable columns before anything is kept
			ListReader.requireHeader(file);
			String name = cleanName(fileName);
			PendingImport record = pending.save(new PendingImport(centerId, name, stored,
					HexFormat.of().formatHex(sha.digest()), size, charset.map(c -> file.encodingName()).orElse(null),
					identity.currentUser().map(CurrentUser::accountId).orElse(null), clock.instant()));
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

	record Preview(long id, long centerId, String fileName, ImportReport report) {
	}

	Preview preview(long id) {
		PendingImport record = pendingToManage(id);
		ImportReport report = imports.preview(fileOf(record), record.getFileName(), record.getCenterId());
		return new Preview(id, record.getCenterId(), record.getFileName(), report);
	}

	/**
	 * Imports the kept file. Nothing is kept when it has rejected rows and {@code validRowsOnly}
	 * is false; otherwise the import is marked applied in the same transaction, so it cannot
	 * be confirmed twice, and the file is deleted once that commits.
	 */
	ImportReport confirm(long id, boolean validRowsOnly) {
		PendingImport record = pendingToManage(id);
		ImportReport report = imports.apply(fileOf(record), record.getFileName(), record.getCenterId(), validRowsOnly,
				row -> {
				}, done -> {
					PendingImport current = pending.findById(id).orElseThrow(() -> new UnknownOrganization("import", id));
					current.applied(done, clock.instant());
					pending.saveAndFlush(current);
					Path path = directory.resolve(record.getStoredFile());
					TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
						@Override
						public void afterCommit() {
							deleteQuietly(path);
						}
					});
				});
		if (report.applied()) {
			// the directory shows the new organizations when the staff member lands on the next page
			indexCatchUp.settle();
		}
		return report;
	}

	void discard(long id) {
		PendingImport record = pendingToManage(id);
		pending.delete(record);
		deleteQuietly(directory.resolve(record.getStoredFile()));
	}

	/** Uploads nobody confirmed within a day go, with their files. */
	@Scheduled(initialDelayString = "${ieum.imports.expiry-initial-delay:10m}", fixedDelayString = "${ieum.imports.expiry-interval:1h}")
	public void expire() {
		for (PendingImport record : pending.findByStatusAndCreatedAtBefore(PendingImport.Status.PENDING,
				clock.instant().minus(KEPT_FOR))) {
			pending.delete(record);
			deleteQuietly(directory.resolve(record.getStoredFile()));
		}
	}

	private PendingImport pendingToManage(long id) {
		PendingImport record = pending.findById(id).orElseThrow(() -> new UnknownOrganization("import", id));
		Authorities.requireCenterStaff(record.getCenterId());
		if (!record.pending()) {
			throw new ImportRefused("imports.refused.alreadyApplied");
		}
		return record;
	}

	/** The kept file, provided it is still the one that was uploaded. */
	private ListFile fileOf(PendingImport record) {
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
		return ListFile.inspect(path, ListFile.encodingNamed(record.getEncoding()));
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
