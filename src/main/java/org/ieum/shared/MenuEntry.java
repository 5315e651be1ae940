package org.ieum.shared;

/**
 * One navigation item a module contributes by declaring a bean of this type.
 *
 * @param group where it appears
 * @param labelKey message key of its label
 * @param path for portal groups a path below {@code /c/{slug}/} (empty for the portal home),
 *     for {@link MenuGroup#ADMIN} an absolute path
 * @param order position inside the group
 * @param authority the authority a user needs to see it (or one of several, comma-separated), or
 *     {@code null} for everyone; system administrators see every entry
 */
public record MenuEntry(MenuGroup group, String labelKey, String path, int order, String authority) {

	public static MenuEntry portal(MenuGroup group, String labelKey, String path, int order) {
		return new MenuEntry(group, labelKey, path, order, null);
	}

	public static MenuEntry admin(String labelKey, String path, int order, String authority) {
		return new MenuEntry(MenuGroup.ADMIN, labelKey, path, order, authority);
	}

	/** A link on My page to one of the person's own pages (an absolute path such as /my/organizations). */
	public static MenuEntry my(String labelKey, String path, int order) {
		return new MenuEntry(MenuGroup.MY, labelKey, path, order, null);
	}

	/**
	 * A link on My page that only people holding one of the authorities need (a reviewer's or an
	 * expert's own pages); several authorities are separated by commas.
	 */
	public static MenuEntry my(String labelKey, String path, int order, String authority) {
		return new MenuEntry(MenuGroup.MY, labelKey, path, order, authority);
	}

	/** A page about the whole network (an absolute path such as /statistics). */
	public static MenuEntry network(String labelKey, String path, int order) {
		return new MenuEntry(MenuGroup.NETWORK, labelKey, path, order, null);
	}

	public String hrefFor(String centerSlug) {
		if (group == MenuGroup.ADMIN || group == MenuGroup.MY || group == MenuGroup.NETWORK) {
			return path;
		}
		return path.isEmpty() ? "/c/" + centerSlug : "/c/" + centerSlug + "/" + path;
	}
}
