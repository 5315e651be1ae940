package org.ieum.enterprises.journey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.enterprises.journey.ObligationView.State;
import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationAccess;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.enterprises.records.UnknownOrganization;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The obligations of organizations, derived from their designations and joined with what was done about them. Staff
 * of an owning center see and close them; the organization's managers see them.
 */
@Service
@Transactional(readOnly = true)
public class Obligations {

	/** How far ahead the staff list of a center looks. */
	static final int CENTER_LIST_DAYS = 90;

	private final ObligationSources sources;
	private final ObligationRuleRepository rules;
	private final ObligationClosureRepository closures;
	private final ObligationReminderRepository reminders;
	private final ResponsibleStaffRepository responsible;
	private final OrganizationRepository organizations;
	private final OrganizationAccess access;
	private final ObligationFiles files;
	private final IdentityApi identity;
	private final Clock clock;

	Obligations(ObligationSources sources, ObligationRuleRepository rules, ObligationClosureRepository closures,
			ObligationReminderRepository reminders, ResponsibleStaffRepository responsible,
			OrganizationRepository organizations, OrganizationAccess access, ObligationFiles files, IdentityApi identity,
			Clock clock) {
		this.sources = sources;
		this.rules = rules;
		this.closures = closures;
		this.reminders = reminders;
		this.responsible = responsible;
		this.organizations = organizations;
		this.access = access;
		this.files = files;
		this.identity = identity;
		this.clock = clock;
	}

	/** An organization's obligations for its staff or its managers, earliest first. */
	public List<ObligationView> ofOrganization(long organizationId) {
		Organization organization = organization(organizationId);
		access.requireEditor(organization);
		return views(derive(sources.ofOrganization(organizationId), Seoul.today(clock)), Seoul.today(clock));
	}

	/** Open obligations of a center's organizations due within {@link #CENTER_LIST_DAYS} days or overdue. */
	public List<ObligationView> openInCenters(Set<Long> centerIds, boolean overdueOnly) {
		centerIds.forEach(Authorities::requireCenterStaff);
		LocalDate today = Seoul.today(clock);
		LocalDate horizon = overdueOnly ? today.minusDays(1) : today.plusDays(CENTER_LIST_DAYS);
		List<DueObligation> due = derive(sources.inCenters(centerIds), today).stream()
			.filter(o -> !o.dueOn().isAfter(horizon))
			.toList();
		return views(due, today).stream().filter(v -> !v.done()).toList();
	}

	/** Overdue open obligations per kind, for the dashboard; counted without a signed-in user. */
	Map<ObligationKind, Long> overdueCounts(Collection<Long> centerIds, LocalDate today) {
		List<DueObligation> past = derive(sources.inCenters(centerIds), today).stream()
			.filter(o -> o.dueOn().isBefore(today))
			.toList();
		Set<String> closed = closedKeys(past);
		Map<ObligationKind, Long> counts = new EnumMap<>(ObligationKind.class);
		past.stream().filter(o -> !closed.contains(o.key()))
			.forEach(o -> counts.merge(o.kind(), 1L, Long::sum));
		return counts;
	}

	/** Every open obligation due within these days from today, for the reminders. */
	List<DueObligation> openDueWithin(LocalDate today, int days) {
		List<DueObligation> soon = derive(sources.everywhere(), today).stream()
			.filter(o -> !o.dueOn().isBefore(today) && !o.dueOn().isAfter(today.plusDays(days)))
			.toList();
		Set<String> closed = closedKeys(soon);
		return soon.stream().filter(o -> !closed.contains(o.key())).toList();
	}

	/** The organization's name, for a page that has none of its obligations to show. */
	public String nameOf(long organizationId) {
		Organization organization = organization(organizationId);
		access.requireEditor(organization);
		return organization.getName();
	}

	Optional<Long> responsibleStaffOf(long organizationId) {
		return responsible.findById(organizationId).map(ResponsibleStaff::getAccountId);
	}

	/** The responsible staff member's name, for the pages. */
	public Optional<String> responsibleNameOf(long organizationId) {
		return responsibleStaffOf(organizationId).flatMap(identity::displayNameOf);
	}

	/**
	 * Marks an obligation done with a note, a file, or both. Refused without either, or when it was closed already;
	 * two staff closing at once meet the unique key and only one closure stays.
	 */
	@Transactional
	public void close(long organizationId, String key, String note, byte[] file, String fileName) {
		Organization organization = organization(organizationId);
		access.requireStaffOf(organization);
		LocalDate today = Seoul.today(clock);
		DueObligation obligation = derive(sources.ofOrganization(organizationId), today).stream()
			.filter(o -> o.key().equals(key))
			.findFirst()
			.orElseThrow(() -> Refusal.notFound("journey.error.unknownObligation"));
		if (closures.existsByObligationKey(key)) {
			throw new Refusal("journey.error.alreadyClosed");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		boolean hasFile = file != null && file.length > 0;
		if (text == null && !hasFile) {
			throw new Refusal("journey.error.evidenceNeeded");
		}
		if (text != null && text.length() > 1000) {
			throw new Refusal("journey.error.noteTooLong");
		}
		ObligationClosure.Evidence evidence = hasFile ? files.store(file, fileName) : null;
		closures.saveAndFlush(new ObligationClosure(obligation, text, evidence, access.requireUser().accountId(),
				clock.instant()));
	}

	/** The signed-in staff member becomes the one responsible for the organization (and receives its reminders). */
	@Transactional
	public void takeResponsibility(long organizationId) {
		Organization organization = organization(organizationId);
		access.requireStaffOf(organization);
		long me = access.requireUser().accountId();
		responsible.findById(organizationId).ifPresentOrElse(r -> r.handOverTo(me, clock.instant()),
				() -> responsible.save(new ResponsibleStaff(organizationId, me, clock.instant())));
	}

	/**
	 * For the demo data only, never from a request: the organization's latest overdue obligation recorded as done by
	 * this staff account, with a note and an evidence file, and the account made responsible for the organization.
	 * Does nothing (and answers false) when the organization has no overdue obligation or one was closed already.
	 */
	@Transactional
	public boolean seedDemo(long organizationId, long staffAccountId, String note, byte[] evidence, String evidenceName) {
		LocalDate today = Seoul.today(clock);
		List<DueObligation> due = derive(sources.ofOrganization(organizationId), today);
		if (due.isEmpty() || !closedKeys(due).isEmpty()) {
			return false;
		}
		Optional<DueObligation> latest = due.stream().filter(o -> o.dueOn().isBefore(today)).reduce((a, b) -> b);
		if (latest.isEmpty()) {
			return false;
		}
		closures.save(new ObligationClosure(latest.get(), note, files.store(evidence, evidenceName), staffAccountId,
				clock.instant()));
		if (!responsible.existsById(organizationId)) {
			responsible.save(new ResponsibleStaff(organizationId, staffAccountId, clock.instant()));
		}
		return true;
	}

	/** The evidence file of a closure of this organization, for its staff and managers. */
	public ObligationFiles.Download evidence(long organizationId, long closureId) {
		Organization organization = organization(organizationId);
		access.requireEditor(organization);
		ObligationClosure closure = closures.findById(closureId)
			.filter(c -> c.getEvidenceFile() != null)
			.filter(c -> sources.ofOrganization(organizationId).stream().anyMatch(d -> c.getObligationKey().startsWith("d" + d.getId() + "-")))
			.orElseThrow(() -> Refusal.notFound("journey.error.noEvidence"));
		byte[] bytes = files.read(closure.getEvidenceFile()).orElseThrow(() -> Refusal.notFound("journey.error.noEvidence"));
		return new ObligationFiles.Download(bytes, closure.getEvidenceName(), closure.getEvidenceType());
	}

	private Organization organization(long id) {
		return organizations.findById(id).orElseThrow(() -> new UnknownOrganization("organization", id));
	}

	private List<DueObligation> derive(List<Designation> designations, LocalDate today) {
		List<ObligationRule> duties = rules.findByActiveTrueOrderByIdAsc();
		List<DueObligation> due = new ArrayList<>();
		for (Designation d : designations) {
			due.addAll(ObligationCalendar.derive(d, duties, today));
		}
		due.sort(Comparator.comparing(DueObligation::dueOn).thenComparing(DueObligation::key));
		return due;
	}

	private Set<String> closedKeys(List<DueObligation> due) {
		Set<Long> designationIds = due.stream().map(DueObligation::designationId).collect(Collectors.toSet());
		if (designationIds.isEmpty()) {
			return Set.of();
		}
		return closures.findByDesignationIdIn(designationIds).stream().map(ObligationClosure::getObligationKey)
			.collect(Collectors.toSet());
	}

	private List<ObligationView> views(List<DueObligation> due, LocalDate today) {
		if (due.isEmpty()) {
			return List.of();
		}
		Set<Long> designationIds = due.stream().map(DueObligation::designationId).collect(Collectors.toSet());
		Map<String, ObligationClosure> closed = closures.findByDesignationIdIn(designationIds).stream()
			.collect(Collectors.toMap(ObligationClosure::getObligationKey, Function.identity()));
		Map<String, List<Integer>> sent = reminders.findByObligationKeyIn(due.stream().map(DueObligation::key).toList())
			.stream()
			.collect(Collectors.groupingBy(ObligationReminder::getObligationKey,
					Collectors.mapping(ObligationReminder::getDaysBefore, Collectors.toList())));
		Map<Long, String> names = organizations
			.findAllById(due.stream().map(DueObligation::organizationId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Organization::getId, Organization::getName));
		List<ObligationView> views = new ArrayList<>();
		for (DueObligation o : due) {
			ObligationClosure c = closed.get(o.key());
			long days = ChronoUnit.DAYS.between(today, o.dueOn());
			State state = c != null ? State.DONE : days < 0 ? State.OVERDUE : State.OPEN;
			views.add(new ObligationView(o.key(), o.organizationId(), names.getOrDefault(o.organizationId(), "-"),
					o.designationType(), o.designationNumber(), o.kind(), o.title(), o.dueOn(), days, state,
					c == null ? null : c.getId(), c == null ? null : Seoul.at(c.getClosedAt()).toLocalDate(), c == null ? null : c.getNote(),
					c == null ? null : c.getEvidenceName(),
					sent.getOrDefault(o.key(), List.of()).stream().sorted(Comparator.reverseOrder()).toList()));
		}
		return views;
	}
}
