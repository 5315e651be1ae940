package org.ieum.spaces;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The database's guarantee against double booking that works on H2 as on PostgreSQL: a
 * live reservation owns every 10-minute cell of its held time, and the primary key
 * (space, cell) lets only one reservation own a cell. Two requests for the same time on
 * two nodes both insert; the database makes the second wait for the first and then fail.
 */
@Component
class OccupiedCells {

	static final int CELL_MINUTES = 10;

	private final JdbcTemplate jdbc;

	OccupiedCells(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Throws DataIntegrityViolationException (a duplicate key) when another reservation holds any cell. */
	@Transactional(propagation = Propagation.MANDATORY)
	void occupy(Reservation reservation) {
		List<Object[]> rows = new ArrayList<>();
		Instant cell = reservation.getStartsAt().truncatedTo(ChronoUnit.MINUTES);
		while (cell.isBefore(reservation.getBlockedUntil())) {
			rows.add(new Object[] { reservation.getSpaceId(), OffsetDateTime.ofInstant(cell, ZoneOffset.UTC),
					reservation.getId() });
			cell = cell.plus(CELL_MINUTES, ChronoUnit.MINUTES);
		}
		jdbc.batchUpdate("insert into spaces_occupied_cell (space_id, cell_start, reservation_id) values (?, ?, ?)",
				rows);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void release(Reservation reservation) {
		jdbc.update("delete from spaces_occupied_cell where reservation_id = ?", reservation.getId());
	}

	/** Releases the cells that start at or after the first cell boundary not before {@code now}. */
	@Transactional(propagation = Propagation.MANDATORY)
	void releaseFrom(Reservation reservation, Instant now) {
		Instant first = reservation.getStartsAt().truncatedTo(ChronoUnit.MINUTES);
		Instant from = first;
		if (now.isAfter(first)) {
			long elapsedSeconds = Duration.between(first, now).toSeconds();
			long cellSeconds = CELL_MINUTES * 60L;
			long cellsGone = (elapsedSeconds + cellSeconds - 1) / cellSeconds;
			from = first.plusSeconds(cellsGone * cellSeconds);
		}
		jdbc.update("delete from spaces_occupied_cell where reservation_id = ? and cell_start >= ?", reservation.getId(),
				OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
	}
}
