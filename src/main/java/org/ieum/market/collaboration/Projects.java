package org.ieum.market.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.programs.AwardeeSelected;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collaboration projects as staff of a center keep them: the project with its lead organization, its partners (each
 * organization once, also when two staff members add it at the same moment), its milestones, and the draft a
 * collaboration call's award makes.
 */
@Service
@Transactional
public class Projects {

	private static final Pattern DIGITS = Pattern.compile("[0-9]{1,15}");

	/** A hundred trillion won: more than any project, and far from what a {@code long} holds. */
	static final long MAX_WON = 100_000_000_000_000L;

	private final ProjectRepository projects;
	private final ProjectMemberRepository members;
	private final MilestoneRepository milestones;
	private final EnterprisesApi enterprises;
	private final Clock clock;

	Projects(ProjectRepository projects, ProjectMemberRepository members, MilestoneRepository milestones,
			EnterprisesApi enterprises, Clock clock) {
		this.projects = projects;
		this.members = members;
		this.milestones = milestones;
		this.enterprises = enterprises;
		this.clock = clock;
	}

	/** A project as staff type it: amounts in whole won as typed ("1,000,000"), the period's days. */
	public record Terms(String title, ProjectKind kind, String goal, String supportWon, String ownWon,
			LocalDate startsOn, LocalDate endsOn) {
	}

	/** The terms read and checked. */
	record Plan(String title, ProjectKind kind, String goal, long supportWon, long ownWon, LocalDate startsOn,
			LocalDate endsOn) {
	}

	/** A new project of the center with its lead organization, named by its business registration number. */
	public long create(long centerId, Terms terms, String leadBusinessNumber) {
		Authorities.requireCenterStaff(centerId);
		Plan plan = plan(terms);
		OrganizationSummary lead = organization(leadBusinessNumber);
		Project project = projects.save(new Project(centerId, plan, clock.instant()));
		members.save(new ProjectMember(project.getId(), lead.id(), lead.name(), ProjectRole.LEAD, clock.instant()));
		return project.getId();
	}

	/** Staff change a project; saving a draft made from an award makes it active. */
	public void edit(long projectId, long centerId, Terms terms) {
		Project project = toManage(projectId, centerId);
		project.change(plan(terms));
	}

	/**
	 * A partner joins, named by its business registration number. An organization already in the project (as lead or
	 * partner) is refused with its name, also when two staff members add it at the same moment: the unique key refuses
	 * the second.
	 */
	public void addPartner(long projectId, long centerId, String businessNumber) {
		Project project = toManage(projectId, centerId);
		OrganizationSummary partner = organization(businessNumber);
		if (members.existsByProjectIdAndOrganizationId(project.getId(), partner.id())) {
			throw new Refusal("market.collab.error.partnerTwice", partner.name());
		}
		try {
			members.saveAndFlush(new ProjectMember(project.getId(), partner.id(), partner.name(), ProjectRole.PARTNER,
					clock.instant()));
		}
		catch (DataIntegrityViolationException raced) {
			throw Refusal.because(raced, "market.collab.error.partnerTwice", partner.name());
		}
	}

	/** A partner leaves the project; the lead stays. */
	public void removePartner(long projectId, long centerId, long memberId) {
		Project project = toManage(projectId, centerId);
		ProjectMember member = members.findById(memberId).filter(m -> m.getProjectId() == project.getId())
			.orElseThrow(() -> Refusal.notFound("market.collab.error.unknown"));
		if (member.getRole() == ProjectRole.LEAD) {
			throw new Refusal("market.collab.error.leadStays", member.getOrganizationName());
		}
		members.delete(member);
	}

	public long addMilestone(long projectId, long centerId, String title, LocalDate dueOn) {
		Project project = toManage(projectId, centerId);
		String text = title == null ? "" : title.strip();
		if (text.isEmpty() || text.length() > 200) {
			throw new Refusal("market.collab.error.milestoneTitle");
		}
		if (dueOn == null) {
			throw new Refusal("market.collab.error.dueOn");
		}
		return milestones.save(new Milestone(project.getId(), text, dueOn, clock.instant())).getId();
	}

	/** A milestone done on a day that has come (Seoul); it is no longer overdue. */
	public void completeMilestone(long projectId, long centerId, long milestoneId, LocalDate doneOn) {
		Milestone milestone = milestoneToManage(projectId, centerId, milestoneId);
		if (doneOn == null) {
			throw new Refusal("market.collab.error.doneOn");
		}
		if (doneOn.isAfter(Seoul.today(clock))) {
			throw new Refusal("market.collab.error.doneOnFuture", doneOn);
		}
		milestone.complete(doneOn);
	}

	public void reopenMilestone(long projectId, long centerId, long milestoneId) {
		milestoneToManage(projectId, centerId, milestoneId).reopen();
	}

	/**
	 * A draft project for an awardee of a collaboration call, with the awarded organization as its lead. A repeated
	 * delivery finds the draft and changes nothing; a delivery at the same moment is refused by the unique award key
	 * and delivered again by the event registry, which then finds the draft. A founder's award (no organization) makes
	 * no project: a project joins organizations.
	 */
	public void fromAward(AwardeeSelected award) {
		if (award.organizationId() == null || projects.existsBySourceApplicationId(award.applicationId())) {
			return;
		}
		String name = enterprises.findById(award.organizationId()).map(OrganizationSummary::name)
			.orElse(award.applicantName());
		Project project = projects.saveAndFlush(Project.fromAward(award.centerId(), award.callTitle(),
				Seoul.at(award.publishedAt()).toLocalDate(), award.callId(), award.applicationId(), clock.instant()));
		members.save(new ProjectMember(project.getId(), award.organizationId(), name, ProjectRole.LEAD, clock.instant()));
	}

	private Project toManage(long projectId, long centerId) {
		Authorities.requireCenterStaff(centerId);
		return projects.findById(projectId).filter(p -> p.getCenterId() == centerId)
			.orElseThrow(() -> Refusal.notFound("market.collab.error.unknown"));
	}

	private Milestone milestoneToManage(long projectId, long centerId, long milestoneId) {
		Project project = toManage(projectId, centerId);
		return milestones.findById(milestoneId).filter(m -> m.getProjectId() == project.getId())
			.orElseThrow(() -> Refusal.notFound("market.collab.error.unknown"));
	}

	private OrganizationSummary organization(String businessNumber) {
		String typed = businessNumber == null ? "" : businessNumber.strip();
		return BusinessNumber.parse(typed).flatMap(n -> enterprises.findByBusinessNumber(n).stream().findFirst())
			.orElseThrow(() -> new Refusal("market.collab.error.organization", typed));
	}

	private static Plan plan(Terms terms) {
		String title = terms.title() == null ? "" : terms.title().strip();
		if (title.isEmpty() || title.length() > 100) {
			throw new Refusal("market.collab.error.title");
		}
		if (terms.kind() == null) {
			throw new Refusal("market.collab.error.kind");
		}
		String goal = terms.goal() == null ? "" : terms.goal().strip();
		if (goal.length() > 2000) {
			throw new Refusal("market.collab.error.goal");
		}
		long support = won(terms.supportWon());
		long own = won(terms.ownWon());
		if (terms.startsOn() == null) {
			throw new Refusal("market.collab.error.startsOn");
		}
		if (terms.endsOn() != null && terms.endsOn().isBefore(terms.startsOn())) {
			throw new Refusal("market.collab.error.period");
		}
		return new Plan(title, terms.kind(), goal.isEmpty() ? null : goal, support, own, terms.startsOn(),
				terms.endsOn());
	}

	/** Whole won as typed ("30,000", "30000원", empty for none); zero allowed, never negative or with decimals. */
	static long won(String typed) {
		String digits = typed == null ? "" : typed.strip().replace(",", "").replace(" ", "");
		if (digits.endsWith("원")) {
			digits = digits.substring(0, digits.length() - 1);
		}
		if (digits.isEmpty() && (typed == null || typed.isBlank())) {
			return 0;
		}
		if (!DIGITS.matcher(digits).matches() || Long.parseLong(digits) > MAX_WON) {
			throw new Refusal("market.collab.error.won", typed.strip());
		}
		return Long.parseLong(digits);
	}
}
