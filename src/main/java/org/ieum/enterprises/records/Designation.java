package org.ieum.enterprises.records;

import org.ieum.enterprises.DesignationStatus;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.VillageStage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One certification, designation or registration an organization holds. */
@Entity
@EntityListeners(ProductChanges.class)
@Table(name = "enterprises_designation")
public class Designation {

	public static final String MANUAL = "MANUAL";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organization_id", nullable = false)
	private Long organizationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private DesignationType type;

	@Column(length = 60)
	private String number;

	@Column(length = 100)
	private String issuer;

	@Column(length = 100)
	private String ministry;

	@Enumerated(EnumType.STRING)
	@Column(name = "village_stage", length = 16)
	private VillageStage villageStage;

	@Column(name = "certification_round")
	private Integer certificationRound;

	@Column(name = "designated_on")
	private LocalDate designatedOn;

	@Column(name = "valid_until")
	private LocalDate validUntil;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private DesignationStatus status = DesignationStatus.ACTIVE;

	/** MANUAL, or IMPORT:&lt;list name&gt; so an import can be traced and re-run. */
	@Column(nullable = false, length = 100)
	private String source;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Designation() {
	}

	public Designation(long organizationId, DesignationTerms terms, String source, Instant now) {
		this.organizationId = organizationId;
		this.source = source;
		this.createdAt = now;
		revise(terms);
	}

	public void revise(DesignationTerms t) {
		this.type = t.type();
		this.number = t.number();
		this.issuer = t.issuer();
		this.ministry = t.type().needsMinistry() ? t.ministry() : null;
		this.villageStage = t.type().hasStages() ? t.villageStage() : null;
		this.certificationRound = t.type() == DesignationType.SOCIAL_ENTERPRISE ? t.certificationRound() : null;
		this.designatedOn = t.designatedOn();
		this.validUntil = t.validUntil();
		if (status != DesignationStatus.CANCELLED) {
			this.status = t.status();
		}
	}

	public void cancel() {
		this.status = DesignationStatus.CANCELLED;
	}

	/** The same designation recorded twice: same type and number, or same type and date when unnumbered. */
	public boolean sameAs(Designation other) {
		if (type != other.type) {
			return false;
		}
		if (number != null && other.number != null) {
			return number.strip().equals(other.number.strip());
		}
		return Objects.equals(designatedOn, other.designatedOn);
	}

	public void moveTo(long organizationId) {
		this.organizationId = organizationId;
	}

	/** Still marked active but past its date counts as expired: nobody has to flip it on the day. */
	public DesignationStatus statusOn(LocalDate today) {
		if (status == DesignationStatus.ACTIVE && validUntil != null && validUntil.isBefore(today)) {
			return DesignationStatus.EXPIRED;
		}
		return status;
	}

	public DesignationTerms terms() {
		return new DesignationTerms(type, number, issuer, ministry, villageStage, certificationRound, designatedOn,
				validUntil, status);
	}

	public String describe() {
		return type + (number == null ? "" : " " + number) + (validUntil == null ? "" : " ~" + validUntil) + " "
				+ status;
	}

	public Long getId() {
		return id;
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public DesignationType getType() {
		return type;
	}

	public String getNumber() {
		return number;
	}

	public String getIssuer() {
		return issuer;
	}

	public String getMinistry() {
		return ministry;
	}

	public VillageStage getVillageStage() {
		return villageStage;
	}

	public Integer getCertificationRound() {
		return certificationRound;
	}

	public LocalDate getDesignatedOn() {
		return designatedOn;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public DesignationStatus getStatus() {
		return status;
	}

	public String getSource() {
		return source;
	}
}
