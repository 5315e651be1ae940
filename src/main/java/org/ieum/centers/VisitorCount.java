package org.ieum.centers;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many people visited one site on one day, as counted by staff. */
@Entity
@Table(name = "centers_visitor_count")
public class VisitorCount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "site_id", nullable = false)
	private Long siteId;

	@Column(name = "visit_date", nullable = false)
	private LocalDate visitDate;

	@Column(nullable = false)
	private int visitors;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected VisitorCount() {
	}

	public VisitorCount(long siteId, LocalDate visitDate, int visitors, Instant now) {
		this.siteId = siteId;
		this.visitDate = visitDate;
		recount(visitors, now);
	}

	/** Staff enter a day again when they find a better figure; the last entry counts. */
	void recount(int visitors, Instant now) {
		if (visitors < 0) {
			throw new IllegalArgumentException("visitors cannot be negative");
		}
		this.visitors = visitors;
		this.recordedAt = now;
	}

	LocalDate getVisitDate() {
		return visitDate;
	}

	int getVisitors() {
		return visitors;
	}
}
