package org.ieum.identity.accounts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.ieum.identity.CurrentUser;
import org.ieum.identity.Role;
import org.ieum.shared.Authorities;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * The security principal of a signed-in account, for form login, API tokens and OIDC
 * alike, so every way in acts with exactly the same permissions. Two principals are
 * equal when they are the same account (the session registry relies on it to end an
 * account's sessions when its roles change).
 */
public final class AccountPrincipal implements OAuth2User, Serializable {

	private final CurrentUser user;
	private final List<GrantedAuthority> authorities;

	AccountPrincipal(CurrentUser user) {
		this.user = user;
		List<GrantedAuthority> list = new ArrayList<>();
		user.roles().forEach(r -> list.add(new SimpleGrantedAuthority(r.authority())));
		user.staffCenterIds().forEach(id -> list.add(new SimpleGrantedAuthority(Authorities.centerScope(id))));
		this.authorities = List.copyOf(list);
	}

	public static AccountPrincipal of(Account account) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Set<Long> centers = new TreeSet<>();
		for (RoleGrant grant : account.getRoles()) {
			roles.add(grant.getRole());
			if (grant.getRole() == Role.CENTER_STAFF && grant.getCenterId() != null) {
				centers.add(grant.getCenterId());
			}
		}
		return new AccountPrincipal(new CurrentUser(account.getId(), account.getEmail(), account.getDisplayName(),
				Set.copyOf(roles), Set.copyOf(centers)));
	}

	public CurrentUser currentUser() {
		return user;
	}

	public String getDisplayName() {
		return user.displayName();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return Map.of("email", user.email());
	}

	@Override
	public String getName() {
		return user.email();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal p && p.user.accountId() == user.accountId();
	}

	@Override
	public int hashCode() {
		return Objects.hash(user.accountId());
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + user.accountId() + "]";
	}
}
