package org.ieum.enterprises.stages;

import java.time.LocalDate;
import java.util.List;

/**
 * A center's pipeline: how many of its organizations stand at each stage (path first, then exits), how many are on
 * no stage yet, and who has been at their stage of the path the longest.
 */
public record PipelineBoard(List<Column> columns, long unplaced, List<Waiting> longest) {

	/** A stage with its count and the organization that has waited there the longest (null when none). */
	public record Column(Stage stage, long count, Waiting longest) {
	}

	/** An organization at a stage since a date, for so many days. */
	public record Waiting(long organizationId, String name, boolean foundingTeam, Stage stage, LocalDate since,
			long days) {
	}

	public long placed() {
		return columns.stream().mapToLong(Column::count).sum();
	}
}
