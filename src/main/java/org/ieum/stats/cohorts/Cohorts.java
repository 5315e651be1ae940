package org.ieum.stats.cohorts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.education.CourseCompleters;
import org.ieum.education.EducationApi;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationMilestones;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.identity.CurrentUser;
import org.ieum.incubation.IncubationApi;
import org.ieum.incubation.IntakeTenants;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A center's cohorts: staff of the center form one from one of its courses (the organizations its completers manage),
 * from a year's incubation intake (its tenants' organizations) or by hand, and add or remove organizations. Progress
 * is computed from the organizations' records every time, never typed.
 */
@Service
@Transactional(readOnly = true)
public class Cohorts {

	private final CohortRepository cohorts;
	private final CohortMemberRepository members;
	private final EnterprisesApi enterprises;
	private final EducationApi education;
	private final IncubationApi incubation;
	private final Clock clock;

	Cohorts(CohortRepository cohorts, CohortMemberRepository members, EnterprisesApi enterprises,
			EducationApi education, IncubationApi incubation, Clock clock) {
		this.cohorts = cohorts;
		this.members = members;
		this.enterprises = enterprises;
		this.education = education;
		this.incubation = incubation;
		this.clock = clock;
	}

	public List<CohortSummary> list(long centerId) {
		Authorities.requireCenterStaff(centerId);
		return cohorts.findByCenterIdOrderByStartsOnDescIdDesc(centerId).stream()
			.map(c -> new CohortSummary(c.getId(), c.getName(), c.getSource(), c.getStartsOn(),
					members.countByCohortId(c.getId())))
			.toList();
	}

	public CohortChoices choices(long centerId) {
		Authorities.requireCenterStaff(centerId);
		return new CohortChoices(education.coursesOf(centerId), incubation.intakeYears(centerId));
	}

	/** A cohort of the organizations that the course's completers manage; the course must be the center's own. */
	@Transactional
	public long fromCourse(long centerId, Long courseId, String name) {
		Authorities.requireCenterStaff(centerId);
		if (courseId == null) {
			throw new Refusal("cohorts.error.courseRequired");
		}
		CourseCompleters course = education.completers(courseId)
			.orElseThrow(() -> new Refusal("cohorts.error.unknownCourse"));
		if (course.centerId() != centerId) {
			throw new Refusal("cohorts.error.courseOfAnotherCenter");
		}
		if (cohorts.existsByCenterIdAndSourceAndSourceRef(centerId, CohortSource.COURSE, courseId)) {
			throw new Refusal("cohorts.error.courseTaken");
		}
		Set<Long> organizations = new LinkedHashSet<>();
		course.completerAccountIds().forEach(account -> managed(account, organizations));
		return create(centerId, name(name, course.title()), CohortSource.COURSE, courseId, course.startsOn(),
				organizations);
	}

	/** A cohort of the organizations of the tenants who moved into the center's offices in that year. */
	@Transactional
	public long fromIntake(long centerId, Integer year, String name) {
		Authorities.requireCenterStaff(centerId);
		if (year == null) {
			throw new Refusal("cohorts.error.yearRequired");
		}
		IntakeTenants intake = incubation.intake(centerId, year)
			.orElseThrow(() -> new Refusal("cohorts.error.noIntake", year));
		if (cohorts.existsByCenterIdAndSourceAndSourceRef(centerId, CohortSource.INTAKE, (long) year)) {
			throw new Refusal("cohorts.error.intakeTaken", year);
		}
		Set<Long> organizations = new LinkedHashSet<>(intake.organizationIds());
		intake.tenantAccountIds().forEach(account -> managed(account, organizations));
		return create(centerId, name(name, null), CohortSource.INTAKE, (long) year, intake.startsOn(), organizations);
	}

	/** An empty cohort that staff fill by hand, starting on a date that has come. */
	@Transactional
	public long byHand(long centerId, String name, LocalDate startsOn) {
		Authorities.requireCenterStaff(centerId);
		String text = name == null ? "" : name.strip();
		if (text.isEmpty()) {
			throw new Refusal("cohorts.error.nameRequired");
		}
		if (startsOn == null) {
			throw new Refusal("cohorts.error.startRequired");
		}
		if (startsOn.isAfter(Seoul.today(clock))) {
			throw new Refusal("cohorts.error.startInFuture");
		}
		return create(centerId, name(text, null), CohortSource.HAND, null, startsOn, Set.of());
	}

	/** Adds one of the center's organizations (or founding teams) to the cohort. */
	@Transactional
	public void addMember(long cohortId, Long organizationId) {
		Cohort cohort = cohort(cohortId);
		if (organizationId == null) {
			throw new Refusal("cohorts.error.organizationRequired");
		}
		OrganizationSummary organization = enterprises.findById(organizationId)
			.orElseThrow(() -> new Refusal("cohorts.error.unknownOrganization", organizationId));
		if (!organization.centerIds().contains(cohort.getCenterId())) {
			throw new Refusal("cohorts.error.organizationOfAnotherCenter", organization.name());
		}
		if (members.findByCohortIdAndOrganizationId(cohortId, organizationId).isPresent()) {
			throw new Refusal("cohorts.error.alreadyMember", organization.name());
		}
		members.save(new CohortMember(cohortId, organizationId, clock.instant()));
	}

	@Transactional
	public void removeMember(long cohortId, long organizationId) {
		cohort(cohortId);
		CohortMember member = members.findByCohortIdAndOrganizationId(cohortId, organizationId)
			.orElseThrow(() -> new Refusal("cohorts.error.notMember"));
		members.delete(member);
	}

	/** The cohort's staff page, as of today (Seoul). */
	public CohortPage page(long cohortId) {
		Cohort cohort = cohort(cohortId);
		List<Long> ids = members.findByCohortIdOrderByIdAsc(cohortId).stream()
			.map(CohortMember::getOrganizationId)
			.toList();
		Map<Long, OrganizationMilestones> milestones = enterprises.milestones(ids);
		List<CohortPage.Member> rows = new ArrayList<>();
		for (Long id : ids) {
			OrganizationMilestones m = milestones.get(id);
			rows.add(m == null ? new CohortPage.Member(id, null, null, null, null)
					: new CohortPage.Member(id, m.name(), m.founded(), m.designated(), m.certified()));
		}
		rows.sort(Comparator.comparing(CohortPage.Member::name, Comparator.nullsLast(Comparator.naturalOrder())));
		return new CohortPage(cohort.getId(), cohort.getCenterId(), cohort.getName(), cohort.getSource(),
				cohort.getSourceRef(), cohort.getStartsOn(),
				CohortProgress.of(cohort.getStartsOn(), Seoul.today(clock), ids.size(), milestones.values()), rows);
	}

	/** The progress of the centers' cohorts that have started by the date, for public figures (no names). */
	public List<Progressed> progressOf(Collection<Long> centerIds, LocalDate asOf) {
		List<Cohort> started = cohorts.findByCenterIdInOrderByStartsOnDescIdDesc(centerIds).stream()
			.filter(c -> !c.getStartsOn().isAfter(asOf))
			.toList();
		if (started.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Long>> byCohort = members.findByCohortIdIn(started.stream().map(Cohort::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(CohortMember::getCohortId,
					Collectors.mapping(CohortMember::getOrganizationId, Collectors.toList())));
		Map<Long, OrganizationMilestones> milestones = enterprises
			.milestones(byCohort.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
		return started.stream().map(c -> {
			List<Long> ids = byCohort.getOrDefault(c.getId(), List.of());
			List<OrganizationMilestones> reached = ids.stream().map(milestones::get).filter(m -> m != null).toList();
			return new Progressed(c.getName(), CohortProgress.of(c.getStartsOn(), asOf, ids.size(), reached));
		}).toList();
	}

	/** A cohort's name and progress. */
	public record Progressed(String name, CohortProgress progress) {
	}

	private long create(long centerId, String name, CohortSource source, Long sourceRef, LocalDate startsOn,
			Set<Long> organizations) {
		if (name.length() > 200) {
			throw new Refusal("cohorts.error.nameTooLong");
		}
		if (cohorts.existsByCenterIdAndName(centerId, name)) {
			throw new Refusal("cohorts.error.nameTaken", name);
		}
		Cohort cohort = cohorts.save(new Cohort(centerId, name, source, sourceRef, startsOn, currentAccount(),
				clock.instant()));
		organizations.forEach(id -> members.save(new CohortMember(cohort.getId(), id, clock.instant())));
		return cohort.getId();
	}

	/** The organizations an account manages (a completer or tenant without an organization adds none). */
	private void managed(long accountId, Set<Long> into) {
		enterprises.managedBy(accountId).forEach(o -> into.add(o.id()));
	}

	private String name(String given, String fallback) {
		String text = given == null ? "" : given.strip();
		if (text.isEmpty()) {
			if (fallback == null) {
				throw new Refusal("cohorts.error.nameRequired");
			}
			return fallback.strip();
		}
		return text;
	}

	/** The cohort, for staff of its center (another center's staff get 403). */
	private Cohort cohort(long cohortId) {
		Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> Refusal.notFound("cohorts.error.unknown"));
		Authorities.requireCenterStaff(cohort.getCenterId());
		return cohort;
	}

	private static Long currentAccount() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof CurrentUser user ? user.accountId() : null;
	}
}
