package org.ieum.enterprises.records;

import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.IndustrySection;
import org.ieum.enterprises.OrganizationStatus;
import org.ieum.enterprises.SocialPurpose;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@EntityListeners(ProductChanges.class)
@Table(name = "enterprises_organization")
public class Organization {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 200)
	private String name;

	/** As it was typed or imported, so a badly formatted source stays traceable. */
	@Column(name = "business_number_raw", length = 40)
	private String businessNumberRaw;

	@Column(name = "business_number", length = 10)
	private String businessNumber;

	@Column(name = "corporate_number", length = 13)
	private String corporateNumber;

	@Column(length = 100)
	private String representative;

	@Column(length = 40)
	private String sido;

	@Column(length = 40)
	private String sigungu;

	@Column(name = "road_address", length = 300)
	private String roadAddress;

	@Column(length = 40)
	private String phone;

	@Column(length = 300)
	private String homepage;

	@Column(name = "social_channels", length = 1000)
	private String socialChannels;

	/** Two characters although sections are one letter: Hibernate maps a length-1 enum to char(1), not varchar. */
	@Enumerated(EnumType.STRING)
	@Column(length = 2)
	private IndustrySection industry;

	@Column(name = "main_business", length = 2000)
	private String mainBusiness;

	@Column(name = "founded_on")
	private LocalDate foundedOn;

	private Integer employees;

	@Column(name = "vulnerable_employees")
	private Integer vulnerableEmployees;

	@Enumerated(EnumType.STRING)
	@Column(name = "social_purpose", length = 30)
	private SocialPurpose socialPurpose;

	@Column(name = "social_service_field", length = 100)
	private String socialServiceField;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private OrganizationStatus status = OrganizationStatus.ACTIVE;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "enterprises_organization_center", joinColumns = @JoinColumn(name = "organization_id"))
	@Column(name = "center_id", nullable = false)
	private Set<Long> centerIds = new LinkedHashSet<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/**
	 * A founding team (예비창업팀) registered on the pipeline board: kept out of every public listing until staff mark it
	 * founded (a stage at or after 설립) or give it a business number, since its name may be a person's.
	 */
	@Column(name = "founding_team", nullable = false)
	private boolean foundingTeam;

	@Version
	private long version;

	protected Organization() {
	}

	public Organization(String businessNumberRaw, BusinessNumber number, Set<Long> centerIds, OrganizationProfile profile,
			Instant now) {
		// lists such as the 자활기업 list have no number: such an organization is known by name and address until one comes
		this.businessNumberRaw = number == null ? null : businessNumberRaw.strip();
		this.businessNumber = number == null ? null : number.digits();
		this.centerIds.addAll(centerIds);
		this.createdAt = now;
		describe(profile, now);
	}

	/** Applies the profile and returns what actually changed, for the history. */
	public List<FieldChange> describe(OrganizationProfile p, Instant now) {
		List<FieldChange> changes = new ArrayList<>();
		name = track(changes, "name", name, p.name());
		corporateNumber = track(changes, "corporateNumber", corporateNumber, p.corporateNumber());
		representative = track(changes, "representative", representative, p.representative());
		sido = track(changes, "sido", sido, p.sido());
		sigungu = track(changes, "sigungu", sigungu, p.sigungu());
		roadAddress = track(changes, "roadAddress", roadAddress, p.roadAddress());
		phone = track(changes, "phone", phone, p.phone());
		homepage = track(changes, "homepage", homepage, p.homepage());
		socialChannels = track(changes, "socialChannels", socialChannels, p.socialChannels());
		industry = track(changes, "industry", industry, p.industry());
		mainBusiness = track(changes, "mainBusiness", mainBusiness, p.mainBusiness());
		foundedOn = track(changes, "foundedOn", foundedOn, p.foundedOn());
		employees = track(changes, "employees", employees, p.employees());
		vulnerableEmployees = track(changes, "vulnerableEmployees", vulnerableEmployees, p.vulnerableEmployees());
		socialPurpose = track(changes, "socialPurpose", socialPurpose, p.socialPurpose());
		socialServiceField = track(changes, "socialServiceField", socialServiceField, p.socialServiceField());
		touch(changes, now);
		return changes;
	}

	public List<FieldChange> renumber(String raw, BusinessNumber number, Instant now) {
		List<FieldChange> changes = new ArrayList<>();
		String before = businessNumber;
		businessNumber = track(changes, "businessNumber", businessNumber, number.digits());
		if (!changes.isEmpty()) {
			// the raw value is what a source file or a person typed: replaced only with a new number
			businessNumberRaw = raw.strip();
			changes.set(0, new FieldChange("businessNumber", before == null ? null : new BusinessNumber(before).formatted(),
					number.formatted()));
		}
		if (foundingTeam) {
			// a business number means it has been founded: from now on it is listed like any organization
			changes.add(new FieldChange("foundingTeam", "true", "false"));
			foundingTeam = false;
		}
		touch(changes, now);
		return changes;
	}

	public List<FieldChange> assignCenters(Set<Long> ids, Instant now) {
		if (ids.isEmpty()) {
			throw new IllegalArgumentException("an organization belongs to at least one center");
		}
		List<FieldChange> changes = new ArrayList<>();
		if (!centerIds.equals(ids)) {
			changes.add(new FieldChange("centers", centerIds.toString(), ids.toString()));
			centerIds.clear();
			centerIds.addAll(ids);
		}
		touch(changes, now);
		return changes;
	}

	public List<FieldChange> changeStatus(OrganizationStatus next, Instant now) {
		List<FieldChange> changes = new ArrayList<>();
		status = track(changes, "status", status, next);
		touch(changes, now);
		return changes;
	}

	/** The duplicate's centers join this organization's, so no center loses sight of it. */
	public void absorbCentersOf(Organization duplicate, Instant now) {
		centerIds.addAll(duplicate.centerIds);
		updatedAt = now;
	}

	/** Registers this new organization as a founding team: hidden from the public until it is founded. */
	public void registerAsFoundingTeam() {
		if (businessNumber == null) {
			foundingTeam = true;
		}
	}

	/** Staff moved it to a stage at or after 설립: it is listed publicly from now on. Returns what changed. */
	public List<FieldChange> markFounded(Instant now) {
		List<FieldChange> changes = new ArrayList<>();
		if (foundingTeam) {
			changes.add(new FieldChange("foundingTeam", "true", "false"));
			foundingTeam = false;
		}
		touch(changes, now);
		return changes;
	}

	/** Whether the public may see it: every organization except a founding team not yet founded. */
	public boolean isPubliclyListed() {
		return !foundingTeam;
	}

	public boolean isFoundingTeam() {
		return foundingTeam;
	}

	public boolean ownedByAnyOf(Set<Long> ids) {
		return centerIds.stream().anyMatch(ids::contains);
	}

	private void touch(List<FieldChange> changes, Instant now) {
		if (!changes.isEmpty() || updatedAt == null) {
			updatedAt = now;
		}
	}

	private static <T> T track(List<FieldChange> changes, String field, T before, T after) {
		if (!Objects.equals(before, after)) {
			changes.add(new FieldChange(field, before == null ? null : before.toString(),
					after == null ? null : after.toString()));
		}
		return after;
	}

	/** Null for an organization imported from a list without business numbers, until one is known. */
	public BusinessNumber number() {
		return businessNumber == null ? null : new BusinessNumber(businessNumber);
	}

	/** {@code 123-45-67890}, or null without a number. */
	public String formattedNumber() {
		return businessNumber == null ? null : number().formatted();
	}

	public OrganizationProfile profile() {
		return new OrganizationProfile(name, corporateNumber, representative, sido, sigungu, roadAddress, phone, homepage,
				socialChannels, industry, mainBusiness, foundedOn, employees, vulnerableEmployees, socialPurpose,
				socialServiceField);
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getBusinessNumberRaw() {
		return businessNumberRaw;
	}

	public String getBusinessNumber() {
		return businessNumber;
	}

	public String getRepresentative() {
		return representative;
	}

	public String getSido() {
		return sido;
	}

	public String getSigungu() {
		return sigungu;
	}

	public String getRoadAddress() {
		return roadAddress;
	}

	public String getPhone() {
		return phone;
	}

	public String getHomepage() {
		return homepage;
	}

	public String getSocialChannels() {
		return socialChannels;
	}

	public IndustrySection getIndustry() {
		return industry;
	}

	public String getMainBusiness() {
		return mainBusiness;
	}

	public LocalDate getFoundedOn() {
		return foundedOn;
	}

	public Integer getEmployees() {
		return employees;
	}

	public Integer getVulnerableEmployees() {
		return vulnerableEmployees;
	}

	public SocialPurpose getSocialPurpose() {
		return socialPurpose;
	}

	public String getSocialServiceField() {
		return socialServiceField;
	}

	public OrganizationStatus getStatus() {
		return status;
	}

	public Set<Long> getCenterIds() {
		return Set.copyOf(centerIds);
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
