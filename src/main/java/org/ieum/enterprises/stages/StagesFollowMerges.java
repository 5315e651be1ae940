package org.ieum.enterprises.stages;

import java.util.Optional;

import org.ieum.enterprises.records.OrganizationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When staff merge a duplicate organization into the kept one, the pipeline keeps one way per organization: a kept
 * organization without a stage takes over the duplicate's stage and its history; one that has a stage of its own keeps
 * it, and the duplicate's stage and history are removed, so the board never counts the organization twice nor counts
 * a deleted one.
 */
@Component
class StagesFollowMerges {

	private final CurrentStageRepository current;
	private final StageMoveRepository moves;

	StagesFollowMerges(CurrentStageRepository current, StageMoveRepository moves) {
		this.current = current;
		this.moves = moves;
	}

	@EventListener
	void on(OrganizationsMerged merged) {
		Optional<CurrentStage> duplicate = current.findById(merged.duplicateId());
		boolean keptHasOne = current.existsById(merged.keptId());
		for (StageMove move : moves.findByOrganizationIdOrderByMovedOnDescIdDesc(merged.duplicateId())) {
			if (keptHasOne) {
				moves.delete(move);
			}
			else {
				move.moveTo(merged.keptId());
			}
		}
		duplicate.ifPresent(stage -> {
			current.delete(stage);
			if (!keptHasOne) {
				current.save(new CurrentStage(merged.keptId(), stage.getStage(), stage.getSince()));
			}
		});
		current.flush();
	}
}
