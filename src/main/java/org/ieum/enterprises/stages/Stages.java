package org.ieum.enterprises.stages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.enterprises.records.ChangeHistory;
import org.ieum.enterprises.records.FieldChange;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationAccess;
import org.ieum.enterprises.records.OrganizationManager;
import org.ieum.enterprises.records.OrganizationManagerRepository;
import org.ieum.enterprises.records.OrganizationProfile;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.enterprises.records.UnknownOrganization;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizations' stages: staff of an owning center move them with a date and, going back, a reason; every move is
 * kept. A founding team without a business number is registered here, with the account of its founder as manager.
 */
@Service
@Transactional(readOnly = true)
public class Stages {

	/** How many organizations the board lists as waiting longest. */
	static final int LONGEST = 10;

	private final CurrentStageRepository current;
	private final StageMoveRepository moves;
	private final OrganizationRepository organizations;
	private final OrganizationManagerRepository managers;
	private final OrganizationAccess access;
	private final ChangeHistory history;
	private final IdentityApi identity;
	private final Clock clock;

	Stages(CurrentStageRepository current, StageMoveRepository moves, OrganizationRepository organizations,
			OrganizationManagerRepository managers, OrganizationAccess access, ChangeHistory history,
			IdentityApi identity, Clock clock) {
		this.current = current;
		this.moves = moves;
		this.organizations = organizations;
		this.managers = managers;
		this.access = access;
		this.history = history;
		this.identity = identity;
		this.clock = clock;
	}

	/** An organization's stage and history, for staff of an owning center. */
	public StagePage page(long organizationId) {
		Organization organization = organization(organizationId);
		access.requireStaffOf(organization);
		LocalDate today = Seoul.today(clock);
		Optional<CurrentStage> now = current.findById(organizationId);
		Map<Long, String> names = new HashMap<>();
		List<StagePage.Step> steps = moves.findByOrganizationIdOrderByMovedOnDescIdDesc(organizationId).stream()
			.map(m -> new StagePage.Step(m.getFromStage(), m.getStage(), m.getMovedOn(), m.getReason(), m.isBackwards(),
					m.getMovedBy() == null ? null
							: names.computeIfAbsent(m.getMovedBy(), id -> identity.displayNameOf(id).orElse("-"))))
			.toList();
		return new StagePage(organizationId, organization.getName(), organization.getBusinessNumber() == null,
				now.map(CurrentStage::getStage).orElse(null), now.map(CurrentStage::getSince).orElse(null),
				now.map(s -> ChronoUnit.DAYS.between(s.getSince(), today)).orElse(0L), steps,
				managers.findByOrganizationIdOrderByIdAsc(organizationId).size(), !organization.isPubliclyListed());
	}

	/**
	 * Moves the organization to the next stage on a date. {@code expected} is the stage the staff member saw: when
	 * someone moved it meanwhile, the move is refused rather than written over theirs.
	 */
	@Transactional
	public void move(long organizationId, Stage expected, Stage next, LocalDate on, String reason) {
		Organization organization = organization(organizationId);
		access.requireStaffOf(organization);
		Optional<CurrentStage> now = current.findById(organizationId);
		Stage at = now.map(CurrentStage::getStage).orElse(null);
		if (at != expected) {
			throw new Refusal("stages.error.movedMeanwhile");
		}
		String text = StageRules.check(at, now.map(CurrentStage::getSince).orElse(null), next, on, reason,
				Seoul.today(clock));
		record(organizationId, now, next, on, text, access.requireUser().accountId());
		if (next.foundedOrLater()) {
			// a founding team that reaches 설립 is an organization like the others: listed publicly from now on
			history.record(organizationId, organization.markFounded(clock.instant()));
		}
	}

	/**
	 * Registers a founding team (예비창업팀) of one of the staff member's centers: an organization without a business
	 * number, placed at a stage before founding, managed by the founder's account when one is named.
	 */
	@Transactional
	public long registerTeam(long centerId, String name, String founderEmail, Stage stage, LocalDate on) {
		Authorities.requireCenterStaff(centerId);
		String teamName = name == null ? "" : name.strip();
		if (teamName.isEmpty()) {
			throw new Refusal("stages.error.nameRequired");
		}
		if (teamName.length() > 200) {
			throw new Refusal("stages.error.nameTooLong");
		}
		if (stage == null || !stage.beforeFounding()) {
			throw new Refusal("stages.error.teamStage");
		}
		Long founder = null;
		if (founderEmail != null && !founderEmail.isBlank()) {
			founder = identity.findAccountIdByEmail(founderEmail.strip())
				.orElseThrow(() -> new Refusal("stages.error.unknownAccount", founderEmail.strip()));
		}
		String text = StageRules.check(null, null, stage, on, null, Seoul.today(clock));
		Organization unsaved = new Organization(null, null, Set.of(centerId),
				new OrganizationProfile(teamName, null, null, null, null, null, null, null, null, null, null, null, null,
						null, null, null),
				clock.instant());
		unsaved.registerAsFoundingTeam();
		Organization team = organizations.save(unsaved);
		history.record(team.getId(), new FieldChange("created", null, team.getName()));
		if (founder != null) {
			managers.save(new OrganizationManager(team.getId(), founder, clock.instant()));
		}
		record(team.getId(), Optional.empty(), stage, on, text, access.requireUser().accountId());
		return team.getId();
	}

	/** The center's pipeline board. */
	public PipelineBoard board(long centerId) {
		Authorities.requireCenterStaff(centerId);
		LocalDate today = Seoul.today(clock);
		Map<Stage, Long> counts = new EnumMap<>(Stage.class);
		for (Object[] row : current.countByStageInCenter(centerId)) {
			counts.put((Stage) row[0], (Long) row[1]);
		}
		List<Stage> waitingStages = Stage.path().stream().filter(s -> s != Stage.LEADING).toList();
		List<CurrentStage> longest = new ArrayList<>(
				current.longestInCenter(centerId, waitingStages, PageRequest.of(0, LONGEST)));
		Map<Stage, CurrentStage> firstPerStage = new EnumMap<>(Stage.class);
		for (Stage s : Stage.values()) {
			if (counts.getOrDefault(s, 0L) > 0) {
				current.longestInCenter(centerId, List.of(s), PageRequest.of(0, 1)).stream().findFirst()
					.ifPresent(c -> firstPerStage.put(s, c));
			}
		}
		List<CurrentStage> named = new ArrayList<>(longest);
		named.addAll(firstPerStage.values());
		Map<Long, Organization> byId = organizations
			.findAllById(named.stream().map(CurrentStage::getOrganizationId).collect(Collectors.toSet())).stream()
			.collect(Collectors.toMap(Organization::getId, Function.identity()));
		Function<CurrentStage, PipelineBoard.Waiting> waiting = c -> {
			Organization o = byId.get(c.getOrganizationId());
			return new PipelineBoard.Waiting(c.getOrganizationId(), o.getName(), o.getBusinessNumber() == null,
					c.getStage(), c.getSince(), ChronoUnit.DAYS.between(c.getSince(), today));
		};
		List<PipelineBoard.Column> columns = new ArrayList<>();
		for (Stage s : Stage.values()) {
			CurrentStage first = firstPerStage.get(s);
			columns.add(new PipelineBoard.Column(s, counts.getOrDefault(s, 0L), first == null ? null : waiting.apply(first)));
		}
		return new PipelineBoard(columns, current.countUnplacedInCenter(centerId),
				longest.stream().map(waiting).toList());
	}

	/**
	 * For the demo data only, never from a request: places an organization on a stage since a date, recorded as
	 * moved by nobody. Does nothing (and answers false) when it has a stage already.
	 */
	@Transactional
	public boolean seedDemo(long organizationId, Stage stage, LocalDate since) {
		if (current.existsById(organizationId)) {
			return false;
		}
		record(organizationId, Optional.empty(), stage, since, null, null);
		return true;
	}

	private void record(long organizationId, Optional<CurrentStage> now, Stage next, LocalDate on, String reason,
			Long by) {
		Stage from = now.map(CurrentStage::getStage).orElse(null);
		moves.save(new StageMove(organizationId, from, next, on, reason, by, clock.instant()));
		if (now.isPresent()) {
			now.get().moveTo(next, on);
			current.saveAndFlush(now.get());
		}
		else {
			current.saveAndFlush(new CurrentStage(organizationId, next, on));
		}
	}

	private Organization organization(long id) {
		return organizations.findById(id).orElseThrow(() -> new UnknownOrganization("organization", id));
	}
}
