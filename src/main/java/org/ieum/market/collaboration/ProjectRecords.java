package org.ieum.market.collaboration;

import java.time.Clock;
import java.time.LocalDate;

import org.ieum.shared.Seoul;
import org.ieum.shared.files.DownloadNames;
import org.ieum.shared.files.FileArea;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the people of a project record in it: shared documents and the sales of a month or quarter. Staff of the
 * project's center and the managers of its organizations may; anyone else is refused ({@link ProjectAccess}).
 */
@Service
@Transactional
public class ProjectRecords {

	private final ProjectAccess access;
	private final ProjectDocumentRepository documents;
	private final PeriodSalesRepository sales;
	private final ProjectFiles files;
	private final Clock clock;

	ProjectRecords(ProjectAccess access, ProjectDocumentRepository documents, PeriodSalesRepository sales,
			ProjectFiles files, Clock clock) {
		this.access = access;
		this.documents = documents;
		this.sales = sales;
		this.files = files;
		this.clock = clock;
	}

	/** An uploaded file with the name the browser sent. */
	public record Upload(byte[] bytes, String name) {
	}

	public record Download(String name, String type, byte[] bytes) {
	}

	/** A document shared in the project; the one upload check refuses a wrong type or size and stores nothing. */
	public long share(long projectId, Upload upload, Long accountId) {
		Project project = access.open(projectId, accountId);
		if (upload == null) {
			throw new Refusal("market.collab.error.fileEmpty");
		}
		FileArea.StoredFile stored = files.store(upload.bytes());
		return documents.save(new ProjectDocument(project.getId(), stored.file(),
				DownloadNames.of(upload.name(), stored.file()), stored.type(), stored.size(), accountId,
				clock.instant())).getId();
	}

	@Transactional(readOnly = true)
	public Download document(long projectId, long documentId, Long accountId) {
		Project project = access.open(projectId, accountId);
		ProjectDocument document = documents.findById(documentId).filter(d -> d.getProjectId() == project.getId())
			.orElseThrow(() -> Refusal.notFound("market.collab.error.unknown"));
		byte[] bytes = files.read(document.getStoredFile())
			.orElseThrow(() -> Refusal.notFound("market.collab.error.unknown"));
		return new Download(document.getName(), document.getContentType(), bytes);
	}

	/** A shared document removed (by staff or the project's managers); the file goes once the removal commits. */
	public void remove(long projectId, long documentId, Long accountId) {
		Project project = access.open(projectId, accountId);
		ProjectDocument document = documents.findById(documentId).filter(d -> d.getProjectId() == project.getId())
			.orElseThrow(() -> Refusal.notFound("market.collab.error.unknown"));
		documents.delete(document);
		files.deleteAfterCommit(document.getStoredFile());
	}

	/**
	 * The project's sales in a month or quarter that has begun (Seoul), in whole won, never negative; entering a
	 * period again corrects its amount.
	 */
	public void recordSales(long projectId, PeriodKind kind, Integer year, Integer number, String won, Long accountId) {
		Project project = access.open(projectId, accountId);
		if (kind == null || year == null || number == null || year < 2000 || number < 1 || number > kind.perYear()) {
			throw new Refusal("market.collab.error.salesPeriod");
		}
		LocalDate first = kind.firstDay(year, number);
		if (first.isAfter(Seoul.today(clock))) {
			throw new Refusal("market.collab.error.salesFuture");
		}
		long amount = Projects.won(won);
		if (won == null || won.isBlank()) {
			throw new Refusal("market.collab.error.won", "");
		}
		PeriodSales line = sales.findByProjectIdAndPeriodKindAndPeriodYearAndPeriodNumber(project.getId(), kind, year,
				number).orElseGet(() -> new PeriodSales(project.getId(), kind, year, number));
		line.record(amount, accountId, clock.instant());
		sales.save(line);
	}
}
