package org.ieum.enterprises.stages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.OrganizationMilestones;
import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.DesignationRepository;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When organizations first reached 설립, 지정 and 인증, computed from what staff recorded (stage moves and designations),
 * never typed: cohort statistics count them.
 */
@Service
@Transactional(readOnly = true)
public class StageMilestones {

	private final StageMoveRepository moves;
	private final DesignationRepository designations;
	private final OrganizationRepository organizations;

	StageMilestones(StageMoveRepository moves, DesignationRepository designations,
			OrganizationRepository organizations) {
		this.moves = moves;
		this.designations = designations;
		this.organizations = organizations;
	}

	/** The milestones of the organizations that still exist, by id. */
	public Map<Long, OrganizationMilestones> of(Collection<Long> organizationIds) {
		Map<Long, OrganizationMilestones> result = new HashMap<>();
		List<Long> ids = new ArrayList<>(organizationIds);
		// a thousand at a time: a database takes only so many parameters in one query
		for (int from = 0; from < ids.size(); from += 1000) {
			List<Long> part = ids.subList(from, Math.min(ids.size(), from + 1000));
			Map<Long, LocalDate[]> firsts = new HashMap<>();
			for (StageMove move : moves.findByOrganizationIdIn(part)) {
				LocalDate[] dates = firsts.computeIfAbsent(move.getOrganizationId(), id -> new LocalDate[3]);
				Stage stage = move.getStage();
				if (stage.foundedOrLater()) {
					dates[0] = earlier(dates[0], move.getMovedOn());
				}
				if (stage.designatedOrLater()) {
					dates[1] = earlier(dates[1], move.getMovedOn());
				}
				if (stage.certifiedOrLater()) {
					dates[2] = earlier(dates[2], move.getMovedOn());
				}
			}
			for (Designation d : designations.findByOrganizationIdIn(part)) {
				if (d.getDesignatedOn() == null) {
					continue;
				}
				LocalDate[] dates = firsts.computeIfAbsent(d.getOrganizationId(), id -> new LocalDate[3]);
				dates[0] = earlier(dates[0], d.getDesignatedOn());
				dates[1] = earlier(dates[1], d.getDesignatedOn());
				if (d.getType() == DesignationType.SOCIAL_ENTERPRISE) {
					dates[2] = earlier(dates[2], d.getDesignatedOn());
				}
			}
			for (Organization o : organizations.findAllById(part)) {
				LocalDate[] dates = firsts.getOrDefault(o.getId(), new LocalDate[3]);
				result.put(o.getId(), new OrganizationMilestones(o.getId(), o.getName(), dates[0], dates[1], dates[2]));
			}
		}
		return result;
	}

	private static LocalDate earlier(LocalDate known, LocalDate other) {
		return known == null || other.isBefore(known) ? other : known;
	}
}
