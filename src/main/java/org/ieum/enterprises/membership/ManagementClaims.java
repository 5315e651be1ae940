package org.ieum.enterprises.membership;

import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.OrganizationStatus;
import org.ieum.enterprises.records.ChangeHistory;
import org.ieum.enterprises.records.FieldChange;
import org.ieum.enterprises.records.ManagementClaim;
import org.ieum.enterprises.records.ManagementClaimRepository;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationAccess;
import org.ieum.enterprises.records.OrganizationManager;
import org.ieum.enterprises.records.OrganizationManagerRepository;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.enterprises.records.UnknownOrganization;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.identity.Role;
import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.Notifier;
import org.ieum.shared.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member asks to manage an organization by its business number; staff of one of its
 * centers approve or reject. Approval makes the member a manager of that organization only.
 */
@Service
@Transactional
public class ManagementClaims {

	private final ManagementClaimRepository claims;
	private final OrganizationRepository organizations;
	private final OrganizationManagerRepository managers;
	private final OrganizationAccess access;
	private final ChangeHistory history;
	private final IdentityApi identity;
	private final Notifier notifier;
	private final MessageSource messages;
	private final Clock clock;

	public ManagementClaims(ManagementClaimRepository claims, OrganizationRepository organizations,
			OrganizationManagerRepository managers, OrganizationAccess access, ChangeHistory history,
			IdentityApi identity, Notifier notifier, MessageSource messages, Clock clock) {
		this.messages = messages;
		this.claims = claims;
		this.organizations = organizations;
		this.managers = managers;
		this.access = access;
		this.history = history;
		this.identity = identity;
		this.notifier = notifier;
		this.clock = clock;
	}

	/**
	 * Files a claim for the organization with this number. When duplicates share the
	 * number the oldest record is claimed, which is the one staff keep when merging.
	 */
	public long ask(String rawNumber, String note) {
		CurrentUser me = access.requireUser();
		BusinessNumber number = BusinessNumber.parse(rawNumber)
			.orElseThrow(() -> new Refusal("enterprises.error.businessNumber"));
		Organization organization = organizations.findByBusinessNumberOrderByIdAsc(number.digits()).stream()
			.filter(o -> o.getStatus() != OrganizationStatus.CLOSED)
			.findFirst()
			.orElseThrow(() -> new Refusal("enterprises.error.claimNoOrganization"));
		if (managers.existsByOrganizationIdAndAccountId(organization.getId(), me.accountId())) {
			throw new Refusal("enterprises.error.claimAlreadyManager");
		}
		if (claims.existsByOrganizationIdAndAccountIdAndStatus(organization.getId(), me.accountId(),
				ManagementClaim.Status.PENDING)) {
			throw new Refusal("enterprises.error.claimPending");
		}
		return claims.save(new ManagementClaim(organization.getId(), me.accountId(), me.displayName(), me.email(), number,
				note, clock.instant())).getId();
	}

	@Transactional(readOnly = true)
	public List<ManagementClaim> mine() {
		return claims.findByAccountIdOrderByCreatedAtDesc(access.requireUser().accountId());
	}

	/** Shows claimants' names and e-mail addresses to staff, so the listing is logged. */
	public List<ManagementClaim> pendingForStaff() {
		Set<Long> scope = access.staffCenterIds();
		if (scope.isEmpty()) {
			return List.of();
		}
		List<ManagementClaim> pending = claims.pendingFor(scope);
		if (!pending.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST,
					"조직 관리 신청 목록 조회, " + pending.size() + "건", null);
		}
		return pending;
	}

	public void approve(long claimId, String decisionNote) {
		ManagementClaim claim = claimToDecide(claimId);
		claim.approve(access.requireUser().accountId(), decisionNote, clock.instant());
		if (!managers.existsByOrganizationIdAndAccountId(claim.getOrganizationId(), claim.getAccountId())) {
			managers.save(new OrganizationManager(claim.getOrganizationId(), claim.getAccountId(), clock.instant()));
		}
		history.record(claim.getOrganizationId(), new FieldChange("manager", null, claim.getClaimantName()));
		// managing an organization is what makes someone an enterprise member
		identity.grantMemberRole(claim.getAccountId(), Role.ENTERPRISE_MEMBER,
				"organization manager approved (organization " + claim.getOrganizationId() + ")");
		tell(claim, text("enterprises.mail.approved.subject"), text("enterprises.mail.approved.body", claim.getClaimantName()));
	}

	public void reject(long claimId, String decisionNote) {
		ManagementClaim claim = claimToDecide(claimId);
		claim.reject(access.requireUser().accountId(), decisionNote, clock.instant());
		tell(claim, text("enterprises.mail.rejected.subject"), text("enterprises.mail.rejected.body",
				claim.getClaimantName(), decisionNote == null ? text("enterprises.mail.rejected.noReason") : decisionNote));
	}

	/** The claimant hears of the decision; it is about an organization, not a center's activity. */
	private void tell(ManagementClaim claim, String subject, String body) {
		notifier.send(new Notification(NotificationKind.MANAGEMENT_CLAIM_DECIDED, null, claim.getAccountId(),
				claim.getClaimantEmail(), subject, body, "/my/organizations"));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private ManagementClaim claimToDecide(long claimId) {
		ManagementClaim claim = claims.findById(claimId).orElseThrow(() -> new UnknownOrganization("claim", claimId));
		Organization organization = organizations.findById(claim.getOrganizationId())
			.orElseThrow(() -> new UnknownOrganization("organization", claim.getOrganizationId()));
		access.requireStaffOf(organization);
		return claim;
	}
}
