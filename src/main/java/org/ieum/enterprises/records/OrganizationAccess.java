package org.ieum.enterprises.records;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.Authorities;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an organization. Staff act for the organizations of their centers
 * (any one of its owning centers is enough); members act for the organizations they were
 * approved to manage. Services call this themselves, since URL rules only know roles.
 */
@Component
public class OrganizationAccess {

	private final CentersApi centers;
	private final IdentityApi identity;
	private final OrganizationManagerRepository managers;

	public OrganizationAccess(CentersApi centers, IdentityApi identity, OrganizationManagerRepository managers) {
		this.centers = centers;
		this.identity = identity;
		this.managers = managers;
	}

	/** The centers whose organizations the current user may manage as staff (every center for administrators). */
	public Set<Long> staffCenterIds() {
		return centers.all().stream().map(CenterSummary::id).filter(Authorities::canManageCenter)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** The same centers, for a staff page's center choice. */
	public List<CenterSummary> staffCenters() {
		return centers.all().stream().filter(c -> Authorities.canManageCenter(c.id())).toList();
	}

	public boolean isStaffOf(Organization organization) {
		return organization.getCenterIds().stream().anyMatch(Authorities::canManageCenter);
	}

	public void requireStaffOf(Organization organization) {
		if (!isStaffOf(organization)) {
			throw new AccessDeniedException("not staff of any center owning organization " + organization.getId());
		}
	}

	/** Staff of the organization, or a member approved to manage it. */
	public boolean canEdit(Organization organization) {
		if (isStaffOf(organization)) {
			return true;
		}
		return identity.currentUser()
			.map(u -> managers.existsByOrganizationIdAndAccountId(organization.getId(), u.accountId()))
			.orElse(false);
	}

	public void requireEditor(Organization organization) {
		if (!canEdit(organization)) {
			throw new AccessDeniedException("may not edit organization " + organization.getId());
		}
	}

	/** Staff who are not managers of the organization see its representative: that is logged. */
	public void logStaffReading(Organization organization) {
		boolean manager = identity.currentUser()
			.map(u -> managers.existsByOrganizationIdAndAccountId(organization.getId(), u.accountId()))
			.orElse(false);
		if (!manager && isStaffOf(organization)) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.VIEW,
					"organization representative: " + organization.getName() + " (#" + organization.getId() + ")", null);
		}
	}

	public CurrentUser requireUser() {
		return identity.currentUser().orElseThrow(() -> new AccessDeniedException("sign in required"));
	}
}
