package org.ieum.market.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the project pages show: staff's list and project page, and My page's projects of the organizations a member
 * manages. Projects name organizations, their plans and sales, no person, so nothing here is written to the
 * personal-data access log.
 */
@Service
@Transactional(readOnly = true)
public class ProjectQueries {

	private final ProjectRepository projects;
	private final ProjectMemberRepository members;
	private final MilestoneRepository milestones;
	private final ProjectDocumentRepository documents;
	private final PeriodSalesRepository sales;
	private final ProjectAccess access;
	private final Clock clock;

	ProjectQueries(ProjectRepository projects, ProjectMemberRepository members, MilestoneRepository milestones,
			ProjectDocumentRepository documents, PeriodSalesRepository sales, ProjectAccess access,
			Clock clock) {
		this.projects = projects;
		this.members = members;
		this.milestones = milestones;
		this.documents = documents;
		this.sales = sales;
		this.access = access;
		this.clock = clock;
	}

	public record ProjectView(long id, long centerId, String title, ProjectKind kind, String goal, long supportWon,
			long ownWon, LocalDate startsOn, LocalDate endsOn, ProjectStatus status, boolean fromCall) {

		public long budgetWon() {
			return supportWon + ownWon;
		}
	}

	public record MemberRow(long id, long organizationId, String organizationName, ProjectRole role) {
	}

	public record MilestoneRow(long id, String title, LocalDate dueOn, LocalDate doneOn, boolean overdue) {
	}

	public record DocumentRow(long id, String name, String type, long sizeBytes, LocalDate uploadedOn) {
	}

	public record SalesRow(PeriodKind kind, int year, int number, long amountWon) {
	}

	public record ProjectDetail(ProjectView project, List<MemberRow> members, List<MilestoneRow> milestones,
			List<DocumentRow> documents, List<SalesRow> sales, long salesWon) {

		public long overdue() {
			return milestones.stream().filter(MilestoneRow::overdue).count();
		}
	}

	/** A line of a list: the project, its lead, how many organizations, overdue milestones and the sales so far. */
	public record ProjectLine(ProjectView project, String lead, long organizations, long overdue, long salesWon) {
	}

	public LocalDate today() {
		return Seoul.today(clock);
	}

	public List<ProjectLine> ofCenter(long centerId) {
		Authorities.requireCenterStaff(centerId);
		return lines(projects.findByCenterIdOrderByStartsOnDescIdDesc(centerId));
	}

	/** A project for staff of its center; another center's project is not found. */
	public ProjectDetail forStaff(long centerId, long projectId) {
		Authorities.requireCenterStaff(centerId);
		Project project = projects.findById(projectId).filter(p -> p.getCenterId() == centerId)
			.orElseThrow(() -> Refusal.notFound("market.collab.error.unknown"));
		return detail(project);
	}

	/** The projects of the organizations this account manages, newest first. */
	public List<ProjectLine> mine(long accountId) {
		List<Long> managed = access.managedBy(accountId);
		if (managed.isEmpty()) {
			return List.of();
		}
		Set<Long> ids = members.findByOrganizationIdIn(managed).stream().map(ProjectMember::getProjectId)
			.collect(Collectors.toSet());
		return lines(projects.findAllById(ids).stream()
			.sorted(Comparator.comparing(Project::getStartsOn).reversed().thenComparing(Project::getId,
					Comparator.reverseOrder()))
			.toList());
	}

	/** A project for a manager of one of its organizations (or staff of its center); anyone else gets a 403. */
	public ProjectDetail forMember(long projectId, long accountId) {
		return detail(access.open(projectId, accountId));
	}

	private List<ProjectLine> lines(List<Project> list) {
		List<Long> ids = list.stream().map(Project::getId).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		LocalDate today = today();
		Map<Long, List<ProjectMember>> byProject = members.findByProjectIdIn(ids).stream()
			.collect(Collectors.groupingBy(ProjectMember::getProjectId));
		Map<Long, Long> overdue = milestones.findByProjectIdIn(ids).stream().filter(m -> m.overdueOn(today))
			.collect(Collectors.groupingBy(Milestone::getProjectId, Collectors.counting()));
		Map<Long, Long> sold = sales.findByProjectIdIn(ids).stream()
			.collect(Collectors.groupingBy(PeriodSales::getProjectId, Collectors.summingLong(PeriodSales::getAmountWon)));
		return list.stream().map(p -> {
			List<ProjectMember> of = byProject.getOrDefault(p.getId(), List.of());
			String lead = of.stream().filter(m -> m.getRole() == ProjectRole.LEAD).map(ProjectMember::getOrganizationName)
				.findFirst().orElse("");
			return new ProjectLine(view(p), lead, of.size(), overdue.getOrDefault(p.getId(), 0L),
					sold.getOrDefault(p.getId(), 0L));
		}).toList();
	}

	private ProjectDetail detail(Project project) {
		LocalDate today = today();
		long id = project.getId();
		List<SalesRow> salesRows = sales.findByProjectIdOrderByPeriodYearDescPeriodNumberDescPeriodKindAsc(id).stream()
			.map(s -> new SalesRow(s.getPeriodKind(), s.getPeriodYear(), s.getPeriodNumber(), s.getAmountWon()))
			.toList();
		return new ProjectDetail(view(project),
				members.findByProjectIdOrderByRoleAscIdAsc(id).stream()
					.map(m -> new MemberRow(m.getId(), m.getOrganizationId(), m.getOrganizationName(), m.getRole()))
					.toList(),
				milestones.findByProjectIdOrderByDueOnAscIdAsc(id).stream()
					.map(m -> new MilestoneRow(m.getId(), m.getTitle(), m.getDueOn(), m.getDoneOn(), m.overdueOn(today)))
					.toList(),
				documents.findByProjectIdOrderByUploadedAtDescIdDesc(id).stream()
					.map(d -> new DocumentRow(d.getId(), d.getName(), d.getContentType(), d.getSizeBytes(),
							Seoul.at(d.getUploadedAt()).toLocalDate()))
					.toList(),
				salesRows, salesRows.stream().mapToLong(SalesRow::amountWon).sum());
	}

	private static ProjectView view(Project p) {
		return new ProjectView(p.getId(), p.getCenterId(), p.getTitle(), p.getKind(), p.getGoal(), p.getSupportWon(),
				p.getOwnWon(), p.getStartsOn(), p.getEndsOn(), p.getStatus(), p.getSourceCallId() != null);
	}
}
