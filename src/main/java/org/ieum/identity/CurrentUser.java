package org.ieum.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in person as other modules see them. Controllers receive it as a method
 * parameter; services take it as an argument to check what it may do.
 */
public record CurrentUser(long accountId, String email, String displayName, Set<Role> roles,
		Set<Long> staffCenterIds) implements Serializable {

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isSystemAdmin() {
		return roles.contains(Role.SYSTEM_ADMIN);
	}

	public boolean isStaffOf(long centerId) {
		return isSystemAdmin() || staffCenterIds.contains(centerId);
	}
}
