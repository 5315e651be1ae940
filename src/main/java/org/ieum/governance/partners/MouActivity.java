package org.ieum.governance.partners;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something done together under an agreement, with what it links to in another module. */
@Entity
@Table(name = "governance_mou_activity")
public class MouActivity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "mou_id", nullable = false)
	private long mouId;

	@Column(name = "happened_on", nullable = false)
	private LocalDate happenedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActivityKind kind;

	@Column(nullable = false)
	private String note;

	private String link;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected MouActivity() {
	}

	public MouActivity(long mouId, LocalDate happenedOn, ActivityKind kind, String note, String link, Instant now) {
		this.mouId = mouId;
		this.happenedOn = happenedOn;
		this.kind = kind;
		this.note = note;
		this.link = link;
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getMouId() {
		return mouId;
	}

	public LocalDate getHappenedOn() {
		return happenedOn;
	}

	public ActivityKind getKind() {
		return kind;
	}

	public String getNote() {
		return note;
	}

	public String getLink() {
		return link;
	}
}
