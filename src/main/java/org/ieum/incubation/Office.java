package org.ieum.incubation;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ieum.shared.web.Refusal;

/** An incubation office of one site: a room with its area and desks, or a virtual office for several tenants. */
@Entity
@Table(name = "incubation_office")
public class Office {

	/** What staff describe; a room always holds one tenancy. */
	public record Terms(long siteId, String name, OfficeKind kind, BigDecimal areaM2, int desks, String equipment,
			int capacity, boolean active) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OfficeKind kind;

	@Column(name = "area_m2")
	private BigDecimal areaM2;

	@Column(nullable = false)
	private int desks;

	private String equipment;

	@Column(nullable = false)
	private int capacity;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Office() {
	}

	public Office(long centerId, Terms terms, Instant now) {
		this.centerId = centerId;
		this.createdAt = now;
		revise(terms, 0);
	}

	/** {@code seatsTaken}: tenancies in the office now; capacity may not drop below them. */
	void revise(Terms t, int seatsTaken) {
		int newCapacity = t.kind() == OfficeKind.ROOM ? 1 : t.capacity();
		if (t.kind() == OfficeKind.ROOM && seatsTaken > 1) {
			throw new Refusal("incubation.error.capacityBelowTaken", seatsTaken);
		}
		if (newCapacity < seatsTaken) {
			throw new Refusal("incubation.error.capacityBelowTaken", seatsTaken);
		}
		this.siteId = t.siteId();
		this.name = t.name();
		this.kind = t.kind();
		this.areaM2 = t.areaM2();
		this.desks = t.desks();
		this.equipment = t.equipment();
		this.capacity = newCapacity;
		this.active = t.active();
	}

	Terms terms() {
		return new Terms(siteId, name, kind, areaM2, desks, equipment, capacity, active);
	}

	public Long getId() {
		return id;
	}

	long getCenterId() {
		return centerId;
	}

	long getSiteId() {
		return siteId;
	}

	String getName() {
		return name;
	}

	OfficeKind getKind() {
		return kind;
	}

	BigDecimal getAreaM2() {
		return areaM2;
	}

	int getDesks() {
		return desks;
	}

	String getEquipment() {
		return equipment;
	}

	int getCapacity() {
		return capacity;
	}

	boolean isActive() {
		return active;
	}
}
