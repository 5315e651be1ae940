package org.ieum.identity.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.ieum.centers.CentersApi;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.Role;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Grants and removes roles; every change is written to the role audit in the same transaction. */
@Service
public class RoleAssignments {

	private final AccountRepository accounts;
	private final RoleAuditRepository audit;
	private final AccountPrincipals principals;
	private final CentersApi centers;
	private final Clock clock;

	RoleAssignments(AccountRepository accounts, RoleAuditRepository audit, AccountPrincipals principals,
			CentersApi centers, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.principals = principals;
		this.centers = centers;
		this.clock = clock;
	}

	@Transactional
	public void grant(long accountId, Role role, Long centerId) {
		Authorities.requireSystemAdmin();
		Account account = accounts.findById(accountId).orElseThrow(() -> new Refusal("member.notFound"));
		if (!account.isActive()) {
			throw new Refusal("role.accountInactive");
		}
		if (role.centerScoped() && (centerId == null || centers.findById(centerId).isEmpty())) {
			throw new Refusal("role.centerRequired");
		}
		Long scope = role.centerScoped() ? centerId : null;
		CurrentUser actor = principals.current().orElseThrow();
		if (!account.grant(role, scope, actor.accountId(), clock.instant())) {
			throw new Refusal("role.alreadyHeld");
		}
		audit.save(new RoleAudit(clock.instant(), actor.accountId(), actor.email(), accountId, RoleAudit.Action.GRANT,
				role, scope, null));
		principals.endSessionsOf(accountId);
	}

	@Transactional
	public void revoke(long accountId, Role role, Long centerId) {
		Authorities.requireSystemAdmin();
		Account account = accounts.findById(accountId).orElseThrow(() -> new Refusal("member.notFound"));
		CurrentUser actor = principals.current().orElseThrow();
		if (role == Role.SYSTEM_ADMIN && actor.accountId() == accountId) {
			throw new Refusal("role.selfAdmin");
		}
		Long scope = role.centerScoped() ? centerId : null;
		if (!account.revoke(role, scope)) {
			throw new Refusal("role.notHeld");
		}
		audit.save(new RoleAudit(clock.instant(), actor.accountId(), actor.email(), accountId,
				RoleAudit.Action.REVOKE, role, scope, null));
		principals.endSessionsOf(accountId);
	}

	public void grantMemberRole(long accountId, Role role, String reason) {
		if (role == Role.SYSTEM_ADMIN || role == Role.CENTER_STAFF) {
			throw new IllegalArgumentException("only member roles may be granted by another module: " + role);
		}
		Account account = accounts.findById(accountId).orElseThrow(() -> new Refusal("member.notFound"));
		CurrentUser actor = principals.current().orElse(null);
		if (account.isActive() && account.grant(role, null, actor == null ? null : actor.accountId(), clock.instant())) {
			audit.save(new RoleAudit(clock.instant(), actor == null ? null : actor.accountId(),
					actor == null ? null : actor.email(), accountId, RoleAudit.Action.GRANT, role, null, reason));
			// an added member role takes effect at the next login; nothing is taken away, so
			// the person's current sessions may go on
		}
	}

	/** The role every new account starts with, recorded like any other grant. */
	public void recordInitialRole(long accountId, Role role) {
		CurrentUser actor = principals.current().orElse(null);
		audit.save(new RoleAudit(clock.instant(), actor == null ? null : actor.accountId(),
				actor == null ? null : actor.email(), accountId, RoleAudit.Action.GRANT, role, null, "sign-up"));
	}

	/** Grants made by the system itself (demo data), recorded without an actor. */
	public void grantBySystem(Account account, Role role, Long centerId, String note) {
		Long scope = role.centerScoped() ? centerId : null;
		if (account.grant(role, scope, null, clock.instant())) {
			audit.save(new RoleAudit(clock.instant(), null, null, account.getId(), RoleAudit.Action.GRANT, role, scope,
					note));
		}
	}

	public void recordRemovalOfAll(Account account, String note) {
		CurrentUser actor = principals.current().orElse(null);
		for (RoleGrant grant : account.getRoles()) {
			audit.save(new RoleAudit(clock.instant(), actor == null ? null : actor.accountId(),
					actor == null ? null : actor.email(), account.getId(), RoleAudit.Action.REVOKE, grant.getRole(),
					grant.getCenterId(), note));
		}
	}

	@Transactional(readOnly = true)
	public Page<RoleAuditView> history(String actor, Long subject, Role role, Pageable page) {
		Authorities.requireSystemAdmin();
		String a = actor == null ? "" : actor.trim().toLowerCase(Locale.ROOT);
		return audit.search(a, subject, role, page).map(RoleAuditView::of);
	}

	public record RoleAuditView(long id, Instant occurredAt, String actorEmail, long subjectAccountId,
			String action, Role role, Long centerId, String note) {

		static RoleAuditView of(RoleAudit a) {
			return new RoleAuditView(a.getId(), a.getOccurredAt(), a.getActorEmail(), a.getSubjectAccountId(),
					a.getAction().name(), a.getRole(), a.getCenterId(), a.getNote());
		}
	}
}
