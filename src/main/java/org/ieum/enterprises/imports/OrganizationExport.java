package org.ieum.enterprises.imports;

import org.ieum.enterprises.DesignationStatus;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.OrganizationStatus;
import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.DesignationRepository;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationAccess;
import org.ieum.enterprises.records.OrganizationRepository;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.Seoul;
import org.ieum.shared.export.ExportFormat;
import org.ieum.shared.export.TableWriter;
import org.ieum.shared.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff list with its current filters as CSV or XLSX, through the shared
 * {@link TableWriter} (formula-like names and addresses neutralized, streamed row by row).
 * Public fields need no reason; the representative and phone do, and their export is
 * written to the personal-data access log with that reason before a byte leaves.
 */
@Service
public class OrganizationExport {

	enum Format {
		CSV, XLSX
	}

	record Filter(Long center, DesignationType type, OrganizationStatus status, String q) {
	}

	/** Rows read between two clears of the persistence context. */
	private static final int PAGE = 500;

	private final OrganizationRepository organizations;
	private final DesignationRepository designations;
	private final OrganizationAccess access;
	private final IdentityApi identity;
	private final MessageSource messages;
	private final EntityManager entityManager;
	private final Clock clock;

	public OrganizationExport(OrganizationRepository organizations, DesignationRepository designations,
			OrganizationAccess access, IdentityApi identity, MessageSource messages, EntityManager entityManager,
			Clock clock) {
		this.organizations = organizations;
		this.designations = designations;
		this.access = access;
		this.identity = identity;
		this.messages = messages;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * The centers the caller may export, narrowed to the filter's center. Checked in the
	 * request, since the file itself is written after the request thread has moved on.
	 */
	Set<Long> scope(Filter filter) {
		Set<Long> mine = access.staffCenterIds();
		if (filter.center() != null) {
			return mine.contains(filter.center()) ? Set.of(filter.center()) : Set.of();
		}
		return mine;
	}

	/** Refuses an export of personal fields without a reason, and logs one with it. */
	@Transactional
	public void authorize(Filter filter, Format format, boolean personal, String reason) {
		if (!personal) {
			return;
		}
		if (reason == null || reason.strip().length() < 5) {
			throw new Refusal("imports.export.reasonRequired");
		}
		String detail = "organization list " + format + " with representative and phone; filter center=" + filter.center()
				+ " type=" + filter.type() + " status=" + filter.status() + " q=" + filter.q();
		String why = reason.strip();
		identity.recordPersonalDataAccess(null, PersonalDataAction.EXPORT, detail.length() > 500 ? detail.substring(0, 500) : detail,
				why.length() > 500 ? why.substring(0, 500) : why);
	}

	String fileName(Format format) {
		return "organizations-" + Seoul.today(clock) + (format == Format.CSV ? ".csv" : ".xlsx");
	}

	@Transactional(readOnly = true)
	public void write(Set<Long> scope, Filter filter, Format format, boolean personal, Locale locale, OutputStream out) {
		try (TableWriter writer = TableWriter.open(format == Format.CSV ? ExportFormat.CSV : ExportFormat.XLSX, out,
				"organizations")) {
			writer.headings(headings(personal, locale));
			forEachRow(scope, filter, personal, locale, writer::row);
			writer.finish();
		}
	}

	private void forEachRow(Set<Long> scope, Filter filter, boolean personal, Locale locale,
			Consumer<List<String>> rows) {
		Specification<Organization> spec = Specification.allOf(OrganizationRepository.ownedByAnyOf(scope),
				OrganizationRepository.holding(filter.type()), OrganizationRepository.inStatus(filter.status()),
				OrganizationRepository.nameContains(filter.q()));
		LocalDate today = Seoul.today(clock);
		int page = 0;
		Page<Organization> slice;
		do {
			slice = organizations.findAll(spec, PageRequest.of(page++, PAGE, Sort.by("name", "id")));
			Set<Long> ids = slice.stream().map(Organization::getId).collect(Collectors.toSet());
			Map<Long, List<Designation>> held = ids.isEmpty() ? Map.of()
					: designations.findByOrganizationIdIn(ids).stream()
						.collect(Collectors.groupingBy(Designation::getOrganizationId));
			for (Organization o : slice) {
				rows.accept(cells(o, held.getOrDefault(o.getId(), List.of()), personal, today, locale));
			}
			entityManager.clear();
		}
		while (slice.hasNext());
	}

	private List<String> cells(Organization o, List<Designation> held, boolean personal, LocalDate today, Locale locale) {
		List<String> cells = new ArrayList<>();
		cells.add(o.getName());
		cells.add(o.formattedNumber());
		cells.add(o.getSido());
		cells.add(o.getSigungu());
		cells.add(o.getRoadAddress());
		cells.add(o.getHomepage());
		cells.add(o.getIndustry() == null ? null : message("enterprises.ksic." + o.getIndustry(), locale));
		cells.add(o.getMainBusiness());
		cells.add(held.stream()
			.filter(d -> d.statusOn(today) == DesignationStatus.ACTIVE)
			.map(d -> message("enterprises.designationType." + d.getType(), locale))
			.distinct()
			.collect(Collectors.joining("/")));
		cells.add(message("enterprises.status." + o.getStatus(), locale));
		if (personal) {
			cells.add(o.getRepresentative());
			cells.add(o.getPhone());
		}
		return cells;
	}

	private List<String> headings(boolean personal, Locale locale) {
		List<String> keys = new ArrayList<>(List.of("enterprises.field.name", "enterprises.field.businessNumber",
				"enterprises.field.sido", "enterprises.field.sigungu", "enterprises.field.roadAddress",
				"enterprises.field.homepage", "enterprises.field.industry", "enterprises.field.mainBusiness",
				"enterprises.field.designations", "enterprises.field.status"));
		if (personal) {
			keys.add("enterprises.field.representative");
			keys.add("enterprises.field.phone");
		}
		return keys.stream().map(k -> message(k, locale)).toList();
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
