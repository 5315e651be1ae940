package org.ieum.shared;

/**
 * The menu groups a center portal has, in the order centers publish them. A group with no
 * entries is not shown, so a module that does not exist yet leaves no dead link.
 */
public enum MenuGroup {
	ABOUT("menu.group.about"),
	ECONOMY("menu.group.economy"),
	PROGRAMS("menu.group.programs"),
	EDUCATION("menu.group.education"),
	CONSULTING("menu.group.consulting"),
	SPACES("menu.group.spaces"),
	NOTICES("menu.group.notices"),
	/** Pages about the whole network, shown in the header of the network's own pages (absolute paths). */
	NETWORK("menu.group.network"),
	/** The staff back office under /admin. */
	ADMIN("menu.group.admin"),
	/** A signed-in person's own pages, listed on My page. */
	MY("menu.group.my");

	private final String labelKey;

	MenuGroup(String labelKey) {
		this.labelKey = labelKey;
	}

	public String labelKey() {
		return labelKey;
	}
}
