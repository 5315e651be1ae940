package org.ieum.spaces;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The database's guarantee against double booking where there is no exclusion constraint
 * (H2): a live reservation owns every 10-minute cell of its held time, and the primary key
 * (space, cell) lets only one reservation own a cell. Two requests for the same time on
 * two nodes both insert; the database makes the second wait for the first and then fail.
 * <p>
 * On PostgreSQL the exclusion constraint {@code spaces_reservation_no_overlap} (V31) states
 * the rule on the reservation rows themselves, so no cells are written there (ADR 0006): they
 * would be six more rows, each with a foreign-key check, for every booked hour.
 */
@Component
public class OccupiedCells {

	static final int CELL_MINUTES = 10;

	private final JdbcTemplate jdbc;

	/** Whether this database needs the cells; decided on first use, after Flyway has run. */
	private volatile Boolean needed;

	OccupiedCells(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** False when the database is PostgreSQL and holds the exclusion constraint. */
	boolean needed() {
		Boolean answer = needed;
		if (answer == null) {
			answer = !Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
				if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
					return false;
				}
				try (var statement = connection.prepareStatement(
						"select count(*) from pg_constraint where conname = 'spaces_reservation_no_overlap'");
						var rows = statement.executeQuery()) {
					return rows.next() && rows.getLong(1) > 0;
				}
			}));
			needed = answer;
		}
		return answer;
	}

	/** Throws DataIntegrityViolationException (a duplicate key) when another reservation holds any cell. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void occupy(Reservation reservation) {
		if (!needed()) {
			return;
		}
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
		if (!needed()) {
			return;
		}
		jdbc.update("delete from spaces_occupied_cell where reservation_id = ?", reservation.getId());
	}

	/** Releases the cells that start at or after the first cell boundary not before {@code now}. */
	@Transactional(propagation = Propagation.MANDATORY)
	void releaseFrom(Reservation reservation, Instant now) {
		if (!needed()) {
			return;
		}
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
