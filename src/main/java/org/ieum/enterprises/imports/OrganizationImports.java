package org.ieum.enterprises.imports;

import org.ieum.shared.imports.TableFile;
import org.ieum.enterprises.records.ChangeHistory;
import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.DesignationRepository;
import org.ieum.enterprises.records.DesignationTerms;
import org.ieum.enterprises.records.FieldChange;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationProfile;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.enterprises.search.IndexCatchUp;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.ieum.enterprises.DesignationStatus;
import org.ieum.shared.Seoul;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upserts the rows of a list into a center's organizations, all in one transaction: a
 * preview runs the very same work and rolls it back, so what the preview counts is what the
 * confirmation does, and a failure halfway leaves nothing behind. Rows match an existing
 * organization by normalized business number, otherwise by normalized name and road address
 * (lists such as the 자활기업 list have no number: such rows create organizations without one,
 * and a later list that brings the number fills it in); a row that changes nothing touches
 * nothing, so importing the same file twice changes nothing.
 * <p>
 * Memory does not grow with the list: rows are streamed, written in chunks with the
 * persistence context flushed and cleared, the report keeps counts and the first rows only,
 * and search documents are not built in the transaction: the organizations written are
 * recorded as owed to the index ({@link IndexCatchUp}) in the same transaction and indexed
 * after the commit, by the web import at once and by the server for the command line.
 */
@Service
public class OrganizationImports {

	/** Rows written between two flushes and clears of the persistence context: memory stays flat on large lists. */
	static final int CHUNK = 500;

	private final OrganizationRepository organizations;
	private final DesignationRepository designations;
	private final ChangeHistory history;
	private final EntityManager entityManager;
	private final TransactionTemplate transactions;
	private final IndexCatchUp indexCatchUp;
	private final Clock clock;

	public OrganizationImports(OrganizationRepository organizations, DesignationRepository designations,
			ChangeHistory history, EntityManager entityManager, PlatformTransactionManager transactionManager,
			IndexCatchUp indexCatchUp, Clock clock) {
		this.indexCatchUp = indexCatchUp;
		this.organizations = organizations;
		this.designations = designations;
		this.history = history;
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** What the import of this file into this center would do, with nothing kept. */
	ImportReport preview(TableFile file, String fileName, long centerId) {
		return run(file, fileName, centerId, false, false, n -> {
		}, r -> {
		});
	}

	/**
	 * Imports the file. With rejected rows and {@code validRowsOnly} false nothing is kept
	 * ({@link ImportReport#applied()} is false). {@code inTransaction} runs before the commit,
	 * so what it writes commits or rolls back with the rows.
	 */
	ImportReport apply(TableFile file, String fileName, long centerId, boolean validRowsOnly, IntConsumer progress,
			Consumer<ImportReport> inTransaction) {
		return run(file, fileName, centerId, true, validRowsOnly, progress, inTransaction);
	}

	private ImportReport run(TableFile file, String fileName, long centerId, boolean apply, boolean validRowsOnly,
			IntConsumer progress, Consumer<ImportReport> inTransaction) {
		return transactions.execute(status -> {
			// documents are not built in this transaction, which would hold them all until the commit:
			// the organizations written are recorded as owed to the index and indexed after it
			indexCatchUp.exclude();
			Run run = new Run(centerId, source(fileName), progress, apply);
			ListReader.Layout layout = ListReader.read(file, run::accept);
			run.flush();
			boolean commit = apply && (validRowsOnly || run.rejected == 0);
			ImportReport report = new ImportReport(layout.list(), layout.headerRow(), file.encodingName(), run.created,
					run.updated, run.unchanged, run.repeated, run.rejected, run.byNumber, run.byNameAndAddress,
					run.regionUnknown, List.copyOf(run.rejectedRows), List.copyOf(run.rows),
					List.copyOf(run.regionUnknownRows), List.copyOf(run.createdNames), List.copyOf(run.updatedNames),
					commit);
			if (commit) {
				inTransaction.accept(report);
			}
			else {
				status.setRollbackOnly();
			}
			return report;
		});
	}

	/** Where imported designations came from: the file and the day, so a designation can be traced to its list. */
	private String source(String fileName) {
		String name = fileName == null || fileName.isBlank() ? "list" : fileName.strip();
		String suffix = " " + Seoul.today(clock);
		int room = 100 - "IMPORT:".length() - suffix.length();
		return "IMPORT:" + (name.length() > room ? name.substring(0, room) : name) + suffix;
	}

	/** Which organization a row is, and how that was found. */
	private record Found(Long id, ImportReport.Match match, boolean numberAdded) {
	}

	/**
	 * One pass over a file: the keys of existing organizations loaded once, rows written in
	 * chunks, and of the rows only counts and the first few kept for the report.
	 */
	private final class Run {

		private final long centerId;
		private final String source;
		private final IntConsumer progress;
		private final Map<String, Long> numbers = new HashMap<>();
		private final Map<String, Long> namesAndAddresses = new HashMap<>();
		/** Organizations on file without a business number: a row that brings one fills it in. */
		private final Set<Long> numberless = new HashSet<>();
		private final Set<String> seen = new HashSet<>();
		/** Organizations this chunk created or changed: owed to the search index. */
		private final List<Long> written = new ArrayList<>(CHUNK);
		private final boolean recordDebt;
		private final List<ListRow> chunk = new ArrayList<>(CHUNK);
		private final List<ImportReport.RejectedRow> rejectedRows = new ArrayList<>();
		private final List<ImportReport.RowResult> rows = new ArrayList<>();
		private final List<ImportReport.RowResult> regionUnknownRows = new ArrayList<>();
		private final List<String> createdNames = new ArrayList<>();
		private final List<String> updatedNames = new ArrayList<>();
		private final Instant now;
		private int created;
		private int updated;
		private int unchanged;
		private int repeated;
		private int rejected;
		private int byNumber;
		private int byNameAndAddress;
		private int regionUnknown;

		Run(long centerId, String source, IntConsumer progress, boolean recordDebt) {
			this.recordDebt = recordDebt;
			this.centerId = centerId;
			this.source = source;
			this.progress = progress;
			this.now = clock.instant();
			// every organization, not only the center's: the number is the join key across centers' lists
			entityManager.createQuery("select o.id, o.businessNumber, o.name, o.roadAddress from Organization o order by o.id",
					Object[].class)
				.getResultStream()
				.forEach(o -> {
					Long id = (Long) o[0];
					if (o[1] == null) {
						numberless.add(id);
					}
					else {
						numbers.putIfAbsent((String) o[1], id);
					}
					namesAndAddresses.putIfAbsent(ListRow.nameAndAddressKey((String) o[2], (String) o[3]), id);
				});
		}

		void accept(ListRow row) {
			if (row.rejected()) {
				rejected++;
				if (rejectedRows.size() < ImportReport.REJECTED_SHOWN) {
					rejectedRows.add(new ImportReport.RejectedRow(row.rowNumber(), row.name(), row.problems()));
				}
				return;
			}
			if (!seen.add(row.key())) {
				repeated++;
				return;
			}
			chunk.add(row);
			if (chunk.size() >= CHUNK) {
				flush();
			}
		}

		/**
		 * By number when the row has one; otherwise, or when the number is new, by name and road
		 * address, but then only an organization on file without a number (another number is
		 * another organization).
		 */
		private Found find(ListRow row) {
			if (row.number() != null) {
				Long id = numbers.get(row.number().digits());
				if (id != null) {
					return new Found(id, ImportReport.Match.NUMBER, false);
				}
			}
			Long id = namesAndAddresses.get(ListRow.nameAndAddressKey(row.name(), row.roadAddress()));
			if (id != null && (row.number() == null || numberless.contains(id))) {
				return new Found(id, ImportReport.Match.NAME_AND_ADDRESS, row.number() != null);
			}
			return new Found(null, ImportReport.Match.NEW, false);
		}

		void flush() {
			if (chunk.isEmpty()) {
				return;
			}
			Set<Long> ids = chunk.stream().map(r -> find(r).id()).filter(Objects::nonNull).collect(Collectors.toSet());
			Map<Long, Organization> existing = organizations.findAllById(ids).stream()
				.collect(Collectors.toMap(Organization::getId, o -> o));
			Map<Long, List<Designation>> held = ids.isEmpty() ? new HashMap<>()
					: designations.findByOrganizationIdIn(ids).stream()
						.collect(Collectors.groupingBy(Designation::getOrganizationId));
			for (ListRow row : chunk) {
				// found again row by row: an earlier row of this chunk may have created or numbered it
				Found found = find(row);
				ImportReport.Outcome outcome;
				if (found.id() == null) {
					create(row);
					outcome = ImportReport.Outcome.CREATED;
				}
				else {
					Organization organization = existing.computeIfAbsent(found.id(),
							id -> entityManager.find(Organization.class, id));
					List<Designation> heldNow = held.computeIfAbsent(found.id(),
							id -> designations.findByOrganizationIdIn(Set.of(id)));
					outcome = update(organization, heldNow, row, found.numberAdded());
					if (found.match() == ImportReport.Match.NUMBER) {
						byNumber++;
					}
					else {
						byNameAndAddress++;
					}
				}
				note(row, found, outcome);
				progress.accept(row.rowNumber());
			}
			chunk.clear();
			entityManager.flush();
			if (recordDebt) {
				indexCatchUp.owe(written);
			}
			written.clear();
			entityManager.clear();
		}

		private void note(ListRow row, Found found, ImportReport.Outcome outcome) {
			ImportReport.RowResult result = new ImportReport.RowResult(row.rowNumber(), row.name(), outcome,
					found.match(), found.numberAdded(), row.sido(), row.sigungu(), row.roadAddress(), row.regionComplete());
			if (rows.size() < ImportReport.SAMPLE) {
				rows.add(result);
			}
			if (!row.regionComplete()) {
				regionUnknown++;
				if (regionUnknownRows.size() < ImportReport.SAMPLE) {
					regionUnknownRows.add(result);
				}
			}
		}

		private void create(ListRow row) {
			// the entity manager directly, not the repositories: one proxy less per row counts at 50,000 rows
			Organization organization = new Organization(row.numberRaw(), row.number(), Set.of(centerId),
					merged(null, row), now);
			entityManager.persist(organization);
			long id = organization.getId();
			List<FieldChange> changes = new ArrayList<>();
			changes.add(new FieldChange("created", null, organization.getName()));
			for (DesignationTerms terms : row.designations()) {
				Designation designation = new Designation(id, terms, source, now);
				entityManager.persist(designation);
				changes.add(new FieldChange("designation", null, designation.describe()));
			}
			history.record(id, changes);
			written.add(id);
			if (row.number() != null) {
				numbers.putIfAbsent(row.number().digits(), id);
			}
			else {
				numberless.add(id);
			}
			namesAndAddresses.putIfAbsent(ListRow.nameAndAddressKey(row.name(), row.roadAddress()), id);
			created++;
			if (createdNames.size() < ImportReport.SAMPLE) {
				createdNames.add(organization.getName());
			}
		}

		private ImportReport.Outcome update(Organization organization, List<Designation> held, ListRow row,
				boolean numberAdded) {
			long id = organization.getId();
			List<FieldChange> changes = new ArrayList<>(organization.describe(merged(organization.profile(), row), now));
			if (numberAdded) {
				changes.addAll(organization.renumber(row.numberRaw(), row.number(), now));
				numberless.remove(id);
				numbers.putIfAbsent(row.number().digits(), id);
			}
			if (!organization.getCenterIds().contains(centerId)) {
				Set<Long> centers = new LinkedHashSet<>(organization.getCenterIds());
				centers.add(centerId);
				changes.addAll(organization.assignCenters(centers, now));
			}
			for (DesignationTerms terms : row.designations()) {
				Designation same = held.stream()
					.filter(d -> d.getType() == terms.type() && d.getStatus() != DesignationStatus.CANCELLED)
					.filter(d -> d.getNumber() == null || terms.number() == null
							|| d.getNumber().strip().equals(terms.number()))
					.findFirst()
					.orElse(null);
				if (same == null) {
					Designation designation = new Designation(id, terms, source, now);
					entityManager.persist(designation);
					changes.add(new FieldChange("designation", null, designation.describe()));
				}
				else {
					DesignationTerms revised = overlay(same.terms(), terms);
					if (!revised.equals(same.terms())) {
						String before = same.describe();
						same.revise(revised);
						changes.add(new FieldChange("designation", before, same.describe()));
					}
				}
			}
			if (changes.isEmpty()) {
				unchanged++;
				return ImportReport.Outcome.UNCHANGED;
			}
			history.record(id, changes);
			written.add(id);
			updated++;
			if (updatedNames.size() < ImportReport.SAMPLE) {
				updatedNames.add(organization.getName());
			}
			return ImportReport.Outcome.UPDATED;
		}
	}

	/** The list's values over what is on file: a column the list lacks or leaves blank keeps the value on file. */
	static OrganizationProfile merged(OrganizationProfile on, ListRow row) {
		OrganizationProfile p = on != null ? on
				: new OrganizationProfile(null, null, null, null, null, null, null, null, null, null, null, null, null,
						null, null, null);
		return new OrganizationProfile(or(row.name(), p.name()), p.corporateNumber(),
				or(row.representative(), p.representative()), or(row.sido(), p.sido()), or(row.sigungu(), p.sigungu()),
				or(row.roadAddress(), p.roadAddress()), or(row.phone(), p.phone()), or(row.homepage(), p.homepage()),
				or(row.socialChannels(), p.socialChannels()), or(row.industry(), p.industry()),
				or(row.mainBusiness(), p.mainBusiness()), p.foundedOn(), p.employees(), p.vulnerableEmployees(),
				or(row.socialPurpose(), p.socialPurpose()), or(row.socialServiceField(), p.socialServiceField()));
	}

	private static DesignationTerms overlay(DesignationTerms on, DesignationTerms list) {
		return new DesignationTerms(on.type(), or(list.number(), on.number()), on.issuer(), on.ministry(),
				or(list.villageStage(), on.villageStage()), or(list.certificationRound(), on.certificationRound()),
				or(list.designatedOn(), on.designatedOn()), on.validUntil(), on.status());
	}

	private static <T> T or(T value, T fallback) {
		return value != null ? value : fallback;
	}
}
