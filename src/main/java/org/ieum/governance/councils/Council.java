package org.ieum.governance.councils;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ieum.shared.web.Refusal;

/**
 * A center's council (협의회·운영위원회): public or members-only, with the number of members
 * present a meeting needs (의결정족수) and the usual months between meetings.
 */
@Entity
@Table(name = "governance_council")
public class Council {

	public static final int MAX_QUORUM = 100;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(nullable = false)
	private String name;

	private String purpose;

	@Column(name = "public_council", nullable = false)
	private boolean publicCouncil;

	@Column(nullable = false)
	private int quorum;

	@Column(name = "recurrence_months", nullable = false)
	private int recurrenceMonths;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Council() {
	}

	public Council(long centerId, String name, String purpose, boolean publicCouncil, int quorum, int recurrenceMonths,
			Instant now) {
		this.centerId = centerId;
		this.createdAt = now;
		change(name, purpose, publicCouncil, quorum, recurrenceMonths);
	}

	public void change(String name, String purpose, boolean publicCouncil, int quorum, int recurrenceMonths) {
		if (quorum < 1 || quorum > MAX_QUORUM) {
			throw new Refusal("governance.error.quorum", MAX_QUORUM);
		}
		if (recurrenceMonths < 0 || recurrenceMonths > 12) {
			throw new Refusal("governance.error.recurrence");
		}
		this.name = name;
		this.purpose = purpose;
		this.publicCouncil = publicCouncil;
		this.quorum = quorum;
		this.recurrenceMonths = recurrenceMonths;
	}

	public Long getId() {
		return id;
	}

	public long getCenterId() {
		return centerId;
	}

	public String getName() {
		return name;
	}

	public String getPurpose() {
		return purpose;
	}

	public boolean isPublicCouncil() {
		return publicCouncil;
	}

	public int getQuorum() {
		return quorum;
	}

	public int getRecurrenceMonths() {
		return recurrenceMonths;
	}
}
