package org.ieum.enterprises.imports;

import org.ieum.enterprises.OrganizationRegistered;
import org.ieum.enterprises.records.ChangeHistory;
import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.DesignationRepository;
import org.ieum.enterprises.records.DesignationTerms;
import org.ieum.enterprises.records.FieldChange;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationProfile;
import org.ieum.enterprises.records.OrganizationRepository;

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

import org.hibernate.search.mapper.orm.Search;

import org.ieum.enterprises.DesignationStatus;
import org.ieum.shared.Seoul;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upserts the rows of a list into a center's organizations, all in one transaction: a
 * preview runs the very same work and rolls it back, so what the preview counts is what the
 * confirmation does, and a failure halfway leaves nothing behind. Rows match an existing
 * organization by normalized business number, otherwise by name and address; a row that
 * changes nothing touches nothing, so importing the same file twice changes nothing.
 */
@Service
public class OrganizationImports {

	/** Rows written between two flushes and clears of the persistence context: memory stays flat on large lists. */
	static final int CHUNK = 500;

	private final OrganizationRepository organizations;
	private final DesignationRepository designations;
	private final ChangeHistory history;
	private final EntityManager entityManager;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	public OrganizationImports(OrganizationRepository organizations, DesignationRepository designations,
			ChangeHistory history, EntityManager entityManager, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.organizations = organizations;
		this.designations = designations;
		this.history = history;
		this.entityManager = entityManager;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** What the import of this file into this center would do, with nothing kept. */
	ImportReport preview(ListFile file, String fileName, long centerId) {
		return run(file, fileName, centerId, false, false, n -> {
		}, r -> {
		});
	}

	/**
	 * Imports the file. With rejected rows and {@code validRowsOnly} false nothing is kept
	 * ({@link ImportReport#applied()} is false). {@code inTransaction} runs before the commit,
	 * so what it writes commits or rolls back with the rows.
	 */
	ImportReport apply(ListFile file, String fileName, long centerId, boolean validRowsOnly, IntConsumer progress,
			Consumer<ImportReport> inTransaction) {
		return run(file, fileName, centerId, true, validRowsOnly, progress, inTransaction);
	}

	private ImportReport run(ListFile file, String fileName, long centerId, boolean apply, boolean validRowsOnly,
			IntConsumer progress, Consumer<ImportReport> inTransaction) {
		return transactions.execute(status -> {
			Run run = new Run(centerId, source(fileName), progress);
			ListReader.Layout layout = ListReader.read(file, run::accept);
			run.flush();
			boolean commit = apply && (validRowsOnly || run.rejected.isEmpty());
			ImportReport report = new ImportReport(layout.list(), layout.headerRow(), file.encodingName(), run.created,
					run.updated, run.unchanged, run.repeated, List.copyOf(run.rejected), List.copyOf(run.createdNames),
					List.copyOf(run.updatedNames), commit);
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

	/** One pass over a file: the keys of existing organizations loaded once, rows written in chunks. */
	private final class Run {

		private final long centerId;
		private final String source;
		private final IntConsumer progress;
		private final Map<String, Long> byNumber = new HashMap<>();
		private final Map<String, Long> byNameAndAddress = new HashMap<>();
		private final Set<String> seen = new HashSet<>();
		private final List<ListRow> chunk = new ArrayList<>(CHUNK);
		private final List<ImportReport.RejectedRow> rejected = new ArrayList<>();
		private final List<String> createdNames = new ArrayList<>();
		private final List<String> updatedNames = new ArrayList<>();
		private final Instant now;
		private int created;
		private int updated;
		private int unchanged;
		private int repeated;

		Run(long centerId, String source, IntConsumer progress) {
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
					byNumber.putIfAbsent((String) o[1], id);
					byNameAndAddress.putIfAbsent(ListRow.nameAndAddressKey((String) o[2], (String) o[3]), id);
				});
		}

		void accept(ListRow row) {
			if (row.rejected()) {
				rejected.add(new ImportReport.RejectedRow(row.rowNumber(), row.name(), row.problems()));
				return;
			}
			if (!seen.add(row.key())) {
				repeated++;
				return;
			}
			if (row.number() == null && matchOf(row) == null) {
				rejected.add(new ImportReport.RejectedRow(row.rowNumber(), row.name(),
						List.of(RowProblem.of("imports.reject.noNumber"))));
				return;
			}
			chunk.add(row);
			if (chunk.size() >= CHUNK) {
				flush();
			}
		}

		/** By number when the row has one (a new number is a new organization), by name and address only without. */
		private Long matchOf(ListRow row) {
			if (row.number() != null) {
				return byNumber.get(row.number().digits());
			}
			return byNameAndAddress.get(ListRow.nameAndAddressKey(row.name(), row.roadAddress()));
		}

		void flush() {
			if (chunk.isEmpty()) {
				return;
			}
			Set<Long> ids = chunk.stream().map(this::matchOf).filter(Objects::nonNull).collect(Collectors.toSet());
			Map<Long, Organization> existing = organizations.findAllById(ids).stream()
				.collect(Collectors.toMap(Organization::getId, o -> o));
			Map<Long, List<Designation>> held = ids.isEmpty() ? Map.of()
					: designations.findByOrganizationIdIn(ids).stream()
						.collect(Collectors.groupingBy(Designation::getOrganizationId));
			for (ListRow row : chunk) {
				Long id = matchOf(row);
				if (id == null) {
					create(row);
				}
				else {
					update(existing.get(id), held.getOrDefault(id, List.of()), row);
				}
				progress.accept(row.rowNumber());
			}
			chunk.clear();
			entityManager.flush();
			// Build this chunk's search documents now, so clearing the session lets the entities go;
			// the index only changes when the transaction commits (a preview rolls back and leaves it alone).
			Search.session(entityManager).indexingPlan().process();
			entityManager.clear();
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
			byNumber.putIfAbsent(row.number().digits(), id);
			byNameAndAddress.putIfAbsent(ListRow.nameAndAddressKey(row.name(), row.roadAddress()), id);
			events.publishEvent(new OrganizationRegistered(id, row.number().digits(), Set.of(centerId)));
			created++;
			if (createdNames.size() < ImportReport.SAMPLE) {
				createdNames.add(organization.getName());
			}
		}

		private void update(Organization organization, List<Designation> held, ListRow row) {
			long id = organization.getId();
			List<FieldChange> changes = new ArrayList<>(organization.describe(merged(organization.profile(), row), now));
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
				return;
			}
			history.record(id, changes);
			updated++;
			if (updatedNames.size() < ImportReport.SAMPLE) {
				updatedNames.add(organization.getName());
			}
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
