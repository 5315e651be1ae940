package org.ieum.centers;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@EntityListeners(CenterRecordsChanged.Listener.class)
@Table(name = "centers_center")
public class Center {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 60)
	private String slug;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "short_name", nullable = false, length = 100)
	private String shortName;

	/** The metropolitan or provincial center above this one, if any. */
	@Column(name = "parent_id")
	private Long parentId;

	@Column(nullable = false, length = 40)
	private String region;

	@Column(length = 40)
	private String phone;

	@Column(length = 320)
	private String email;

	@Column(length = 500)
	private String address;

	/** 운영기관 (수탁기관): who runs the center under contract. */
	@Column(name = "operator_name", length = 200)
	private String operatorName;

	@Column(name = "contract_start")
	private LocalDate contractStart;

	@Column(name = "contract_end")
	private LocalDate contractEnd;

	@Column(length = 4000)
	private String introduction;

	@Column(length = 4000)
	private String directions;

	/** Sample data shipped for demonstrations; pages say so. */
	@Column(nullable = false)
	private boolean demo;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Center() {
	}

	public Center(String slug, CenterProfileChange profile, boolean demo, Instant now) {
		this.slug = slug;
		this.demo = demo;
		this.createdAt = now;
		revise(profile);
	}

	/** Staff correct the published profile; the slug stays so that portal URLs remain stable. */
	void revise(CenterProfileChange profile) {
		this.name = profile.name();
		this.shortName = profile.shortName();
		this.region = profile.region();
		this.phone = profile.phone();
		this.email = profile.email();
		this.address = profile.address();
		this.operatorName = profile.operatorName();
		this.contractStart = profile.contractStart();
		this.contractEnd = profile.contractEnd();
		this.introduction = profile.introduction();
		this.directions = profile.directions();
	}

	public void placeUnder(Long parentId) {
		if (parentId != null && parentId.equals(id)) {
			throw new IllegalArgumentException("a center cannot be its own parent");
		}
		this.parentId = parentId;
	}

	CenterSummary summary() {
		return new CenterSummary(id, slug, name, parentId, region);
	}

	public Long getId() {
		return id;
	}

	String getSlug() {
		return slug;
	}

	String getName() {
		return name;
	}

	String getShortName() {
		return shortName;
	}

	Long getParentId() {
		return parentId;
	}

	String getRegion() {
		return region;
	}

	String getPhone() {
		return phone;
	}

	String getEmail() {
		return email;
	}

	String getAddress() {
		return address;
	}

	String getOperatorName() {
		return operatorName;
	}

	LocalDate getContractStart() {
		return contractStart;
	}

	LocalDate getContractEnd() {
		return contractEnd;
	}

	String getIntroduction() {
		return introduction;
	}

	String getDirections() {
		return directions;
	}

	boolean isDemo() {
		return demo;
	}
}
