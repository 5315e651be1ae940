package org.ieum.shared;

import java.util.Collection;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authority names the identity module grants, and scope checks that any module can
 * run in its services without depending on identity. A staff member of center 7 holds
 * {@code ROLE_CENTER_STAFF} and {@code CENTER_7}.
 */
public final class Authorities {

	public static final String SYSTEM_ADMIN = "ROLE_SYSTEM_ADMIN";
	public static final String CENTER_STAFF = "ROLE_CENTER_STAFF";
	public static final String ENTERPRISE_MEMBER = "ROLE_ENTERPRISE_MEMBER";
	public static final String EXPERT = "ROLE_EXPERT";
	public static final String CITIZEN = "ROLE_CITIZEN";
	private static final String CENTER_PREFIX = "CENTER_";

	private Authorities() {
	}

	public static String centerScope(long centerId) {
		return CENTER_PREFIX + centerId;
	}

	public static boolean isSystemAdmin() {
		return has(SYSTEM_ADMIN);
	}

	public static boolean isStaff() {
		return has(SYSTEM_ADMIN) || has(CENTER_STAFF);
	}

	/** System administrators manage every center; staff only the centers they are assigned to. */
	public static boolean canManageCenter(long centerId) {
		return has(SYSTEM_ADMIN) || (has(CENTER_STAFF) && has(centerScope(centerId)));
	}

	public static void requireCenterStaff(long centerId) {
		if (!canManageCenter(centerId)) {
			throw new AccessDeniedException("not staff of center " + centerId);
		}
	}

	public static void requireSystemAdmin() {
		if (!isSystemAdmin()) {
			throw new AccessDeniedException("system administrators only");
		}
	}

	private static boolean has(String authority) {
		return current().map(Authentication::getAuthorities).map(a -> contains(a, authority)).orElse(false);
	}

	private static boolean contains(Collection<? extends GrantedAuthority> authorities, String authority) {
		return authorities.stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}

	private static Optional<Authentication> current() {
		return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
			.filter(Authentication::isAuthenticated);
	}
}
