package org.ieum.enterprises.administration;

import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.OrganizationStatus;
import org.ieum.enterprises.stages.Stage;
import org.ieum.enterprises.stages.StageFilter;
import org.ieum.enterprises.records.ManagementClaimRepository;
import org.ieum.enterprises.records.ChangeHistory;
import org.ieum.enterprises.records.ChangeRecordRepository;
import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.DesignationRepository;
import org.ieum.enterprises.records.DesignationTerms;
import org.ieum.enterprises.records.FieldChange;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationAccess;
import org.ieum.enterprises.records.OrganizationManager;
import org.ieum.enterprises.records.OrganizationManagerRepository;
import org.ieum.enterprises.records.OrganizationProfile;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.enterprises.records.OrganizationsMerged;
import org.ieum.enterprises.records.ProductRepository;
import org.ieum.enterprises.records.UnknownOrganization;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff back office for organizations: register, revise, designations, status, merge.
 * Every method checks that the caller is staff of one of the organization's centers.
 */
@Service
@Transactional
public class OrganizationAdministration {

	/** How far ahead staff are warned about designations that run out. */
	static final int EXPIRY_WARNING_DAYS = 90;

	private final OrganizationRepository organizations;
	private final DesignationRepository designations;
	private final ProductRepository products;
	private final OrganizationManagerRepository managers;
	private final ManagementClaimRepository claims;
	private final ChangeRecordRepository changeRecords;
	private final ChangeHistory history;
	private final OrganizationAccess access;
	private final IdentityApi identity;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	public OrganizationAdministration(OrganizationRepository organizations, DesignationRepository designations,
			ProductRepository products, OrganizationManagerRepository managers, ManagementClaimRepository claims,
			ChangeRecordRepository changeRecords, ChangeHistory history, OrganizationAccess access,
			IdentityApi identity, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.organizations = organizations;
		this.designations = designations;
		this.products = products;
		this.managers = managers;
		this.claims = claims;
		this.changeRecords = changeRecords;
		this.history = history;
		this.access = access;
		this.identity = identity;
		this.clock = clock;
	}

	/** The staff directory: every filter is optional; a null stage means every stage and none. */
	@Transactional(readOnly = true)
	public Page<Organization> search(Long centerId, DesignationType type, OrganizationStatus status, Stage stage,
			String q, Pageable page) {
		Set<Long> scope = access.staffCenterIds();
		if (centerId != null) {
			scope = scope.contains(centerId) ? Set.of(centerId) : Set.of();
		}
		Specification<Organization> spec = Specification.allOf(OrganizationRepository.ownedByAnyOf(scope),
				OrganizationRepository.holding(type), OrganizationRepository.inStatus(status),
				OrganizationRepository.nameContains(q), StageFilter.at(stage));
		return organizations.findAll(spec, page);
	}

	/**
	 * The organization with its personal fields (the representative, and their history),
	 * so opening it is written to the personal-data access log.
	 */
	public Organization openForStaff(long id) {
		Organization organization = organizationToManage(id);
		identity.recordPersonalDataAccess(null, PersonalDataAction.VIEW,
				"organization representative: " + organization.getName() + " (#" + id + ")", null);
		return organization;
	}

	@Transactional(readOnly = true)
	public Organization organizationToManage(long id) {
		Organization organization = organizations.findById(id).orElseThrow(() -> new UnknownOrganization("organization", id));
		access.requireStaffOf(organization);
		return organization;
	}

	/** Other records with the same number that this staff member may merge (the others would end in a 403). */
	@Transactional(readOnly = true)
	public List<Organization> sameNumberAs(Organization organization) {
		if (organization.getBusinessNumber() == null) {
			return List.of();
		}
		return organizations.findByBusinessNumberOrderByIdAsc(organization.getBusinessNumber()).stream()
			.filter(o -> !o.getId().equals(organization.getId()))
			.filter(access::isStaffOf)
			.toList();
	}

	@Transactional(readOnly = true)
	public boolean numberTaken(BusinessNumber number) {
		return organizations.existsByBusinessNumber(number.digits());
	}

	/**
	 * Registers an organization. A number already on file is refused unless staff say they
	 * mean it (a second record to merge later), because public lists are usually the
	 * source of duplicates, not people.
	 */
	public long register(String rawNumber, Set<Long> centerIds, OrganizationProfile profile, boolean allowDuplicate) {
		BusinessNumber number = BusinessNumber.parse(rawNumber)
			.orElseThrow(() -> new Refusal("enterprises.error.businessNumber"));
		requireOwnCenters(centerIds);
		if (!allowDuplicate && numberTaken(number)) {
			throw new Refusal("enterprises.error.duplicateNumber");
		}
		Organization organization = organizations.save(new Organization(rawNumber, number, centerIds, profile,
				clock.instant()));
		history.record(organization.getId(), new FieldChange("created", null, organization.getName()));
		return organization.getId();
	}

	public void revise(long id, String rawNumber, Set<Long> centerIds, OrganizationProfile profile) {
		Organization organization = organizationToManage(id);
		boolean staysWithoutNumber = organization.getBusinessNumber() == null && (rawNumber == null || rawNumber.isBlank());
		BusinessNumber number = staysWithoutNumber ? null : BusinessNumber.parse(rawNumber)
			.orElseThrow(() -> new Refusal("enterprises.error.businessNumber"));
		// Staff may add their own centers and keep the others, but not hand the record to or take it from a center they do not serve.
		Set<Long> mine = access.staffCenterIds();
		for (Long c : symmetricDifference(organization.getCenterIds(), centerIds)) {
			if (!mine.contains(c)) {
				throw new AccessDeniedException("center " + c + " is not the caller's");
			}
		}
		if (centerIds.isEmpty()) {
			throw new Refusal("enterprises.error.centersRequired");
		}
		List<FieldChange> changes = new ArrayList<>(organization.describe(profile, clock.instant()));
		if (number != null) {
			changes.addAll(organization.renumber(rawNumber, number, clock.instant()));
		}
		changes.addAll(organization.assignCenters(centerIds, clock.instant()));
		history.record(id, changes);
	}

	public void changeStatus(long id, OrganizationStatus status) {
		Organization organization = organizationToManage(id);
		history.record(id, organization.changeStatus(status, clock.instant()));
	}

	public long addDesignation(long organizationId, DesignationTerms terms) {
		organizationToManage(organizationId);
		check(terms);
		Designation designation = designations.save(new Designation(organizationId, terms, Designation.MANUAL,
				clock.instant()));
		history.record(organizationId, new FieldChange("designation", null, designation.describe()));
		return designation.getId();
	}

	public void reviseDesignation(long organizationId, long designationId, DesignationTerms terms) {
		Designation designation = designationToManage(organizationId, designationId);
		check(terms);
		String before = designation.describe();
		designation.revise(terms);
		if (!before.equals(designation.describe())) {
			history.record(organizationId, new FieldChange("designation", before, designation.describe()));
		}
	}

	public void cancelDesignation(long organizationId, long designationId) {
		Designation designation = designationToManage(organizationId, designationId);
		String before = designation.describe();
		designation.cancel();
		history.record(organizationId, new FieldChange("designation", before, designation.describe()));
	}

	@Transactional(readOnly = true)
	public Designation designationToManage(long organizationId, long designationId) {
		organizationToManage(organizationId);
		return designations.findById(designationId)
			.filter(d -> d.getOrganizationId() == organizationId)
			.orElseThrow(() -> new UnknownOrganization("designation", designationId));
	}

	/**
	 * Folds a duplicate into the kept organization: designations, products, managers,
	 * claims, owning centers and history move over, the merge itself is recorded, and the
	 * duplicate is deleted. Only records with the same normalized number may be merged.
	 */
	public void merge(long keptId, long duplicateId) {
		if (keptId == duplicateId) {
			throw new Refusal("enterprises.error.mergeSelf");
		}
		Organization kept = organizationToManage(keptId);
		Organization duplicate = organizationToManage(duplicateId);
		if (kept.getBusinessNumber() == null || !kept.getBusinessNumber().equals(duplicate.getBusinessNumber())) {
			throw new Refusal("enterprises.error.mergeNumbers");
		}
		// two public lists usually carry the same designation: keep one, or designation counts double
		List<Designation> keptDesignations = designations.findByOrganizationIdOrderByDesignatedOnDescIdDesc(keptId);
		List<FieldChange> dropped = new ArrayList<>();
		for (Designation d : designations.findByOrganizationIdOrderByDesignatedOnDescIdDesc(duplicateId)) {
			if (keptDesignations.stream().anyMatch(k -> k.sameAs(d))) {
				dropped.add(new FieldChange("designation", d.getType() + " " + Objects.toString(d.getNumber(), ""), null));
				designations.delete(d);
			}
			else {
				d.moveTo(keptId);
			}
		}
		products.findByOrganizationIdOrderByIdAsc(duplicateId).forEach(p -> p.moveTo(keptId));
		for (OrganizationManager m : managers.findByOrganizationIdOrderByIdAsc(duplicateId)) {
			if (managers.existsByOrganizationIdAndAccountId(keptId, m.getAccountId())) {
				managers.delete(m);
			}
			else {
				m.moveTo(keptId);
			}
		}
		claims.findByOrganizationId(duplicateId).forEach(c -> c.moveTo(keptId));
		changeRecords.findByOrganizationIdOrderByChangedAtDescIdDesc(duplicateId).forEach(r -> r.moveTo(keptId));
		Set<Long> before = kept.getCenterIds();
		kept.absorbCentersOf(duplicate, clock.instant());
		List<FieldChange> changes = new ArrayList<>(dropped);
		changes.add(new FieldChange("merged", duplicate.getName() + " (#" + duplicateId + ")", kept.getName() + " (#" + keptId + ")"));
		if (!before.equals(kept.getCenterIds())) {
			changes.add(new FieldChange("centers", before.toString(), kept.getCenterIds().toString()));
		}
		// each feature carries the duplicate's own rows (employment figures) over or removes them
		events.publishEvent(new OrganizationsMerged(keptId, duplicateId));
		// Flush the moves before the delete, so the foreign keys never see the duplicate's rows pointing at nothing.
		organizations.flush();
		organizations.delete(duplicate);
		history.record(keptId, changes);
	}

	/** Active designations whose last day is between today and 90 days from today, both in Seoul. */
	@Transactional(readOnly = true)
	public List<Designation> expiringSoon() {
		return expiringAsOf(clock.instant());
	}

	/** The same list as seen at a given instant; the date is the Seoul date of that instant. */
	@Transactional(readOnly = true)
	public List<Designation> expiringAsOf(Instant now) {
		LocalDate today = Seoul.at(now).toLocalDate();
		Set<Long> scope = access.staffCenterIds();
		if (scope.isEmpty()) {
			return List.of();
		}
		return designations.expiring(today, today.plusDays(EXPIRY_WARNING_DAYS), scope);
	}

	private void requireOwnCenters(Set<Long> centerIds) {
		if (centerIds.isEmpty()) {
			throw new Refusal("enterprises.error.centersRequired");
		}
		Set<Long> mine = access.staffCenterIds();
		if (!mine.containsAll(centerIds)) {
			throw new AccessDeniedException("not staff of every chosen center");
		}
	}

	private static Set<Long> symmetricDifference(Set<Long> a, Set<Long> b) {
		Set<Long> result = new HashSet<>(a);
		result.addAll(b);
		Set<Long> both = new HashSet<>(a);
		both.retainAll(b);
		result.removeAll(both);
		return result;
	}

	public static void check(DesignationTerms terms) {
		if (terms.type().needsMinistry() && (terms.ministry() == null || terms.ministry().isBlank())) {
			throw new Refusal("enterprises.error.ministryRequired");
		}
		if (terms.designatedOn() != null && terms.validUntil() != null && terms.validUntil().isBefore(terms.designatedOn())) {
			throw new Refusal("enterprises.error.validBeforeDesignated");
		}
	}
}
