package org.ieum.governance.partners;

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

/**
 * A body a center works with under agreements: a school, a university, a local government, a
 * company, another center, or a social economy organization of the directory (by id). Its logo
 * appears on the portal's partner list only where the center chooses so.
 */
@Entity
@Table(name = "governance_partner")
public class Partner {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PartnerKind kind;

	@Column(name = "organization_id")
	private Long organizationId;

	@Column(name = "contact_name")
	private String contactName;

	@Column(name = "contact_phone")
	private String contactPhone;

	@Column(name = "contact_email")
	private String contactEmail;

	@Column(name = "logo_file")
	private String logoFile;

	@Column(name = "show_on_portal", nullable = false)
	private boolean showOnPortal;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Partner() {
	}

	public Partner(long centerId, String name, PartnerKind kind, Long organizationId, String contactName,
			String contactPhone, String contactEmail, String logoFile, boolean showOnPortal, Instant now) {
		this.centerId = centerId;
		this.name = name;
		this.kind = kind;
		this.organizationId = organizationId;
		this.contactName = contactName;
		this.contactPhone = contactPhone;
		this.contactEmail = contactEmail;
		this.logoFile = logoFile;
		this.showOnPortal = showOnPortal;
		this.createdAt = now;
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

	public PartnerKind getKind() {
		return kind;
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public String getContactName() {
		return contactName;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public String getLogoFile() {
		return logoFile;
	}

	public boolean isShowOnPortal() {
		return showOnPortal;
	}
}
