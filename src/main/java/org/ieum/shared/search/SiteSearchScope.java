package org.ieum.shared.search;

/**
 * Where to look: the whole network (the site root) or one center's portal.
 *
 * @param centerId the portal's center, null for the whole network
 * @param centerSlug the portal's address name, null for the whole network
 */
public record SiteSearchScope(Long centerId, String centerSlug) {

	public static SiteSearchScope network() {
		return new SiteSearchScope(null, null);
	}

	public static SiteSearchScope portal(long centerId, String slug) {
		return new SiteSearchScope(centerId, slug);
	}

	public boolean isNetwork() {
		return centerId == null;
	}

	/** Whether a center's thing belongs in this scope. */
	public boolean includes(long ownerCenterId) {
		return centerId == null || centerId == ownerCenterId;
	}
}
