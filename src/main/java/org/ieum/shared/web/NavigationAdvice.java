package org.ieum.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;

import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.ieum.shared.MenuGroup;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Builds the navigation every page shows from the {@link MenuEntry} beans the modules
 * declare, filtered by what the signed-in user may see. The entries are fixed when the
 * application starts, so what a visitor with no authority sees (every anonymous page) is put
 * together once here; a signed-in user's menus are filtered on each request.
 */
@ControllerAdvice
class NavigationAdvice {

	private final List<MenuEntry> entries;
	private final Menus forEveryone;

	NavigationAdvice(List<MenuEntry> entries) {
		this.entries = entries.stream()
			.sorted(Comparator.comparing(MenuEntry::group).thenComparingInt(MenuEntry::order))
			.toList();
		this.forEveryone = menus(entry -> entry.authority() == null);
	}

	/** The four menus for one set of visible entries. */
	private record Menus(List<MenuGroupView> portal, List<MenuEntry> admin, List<MenuEntry> network, List<MenuEntry> my) {
	}

	private Menus menus(Predicate<MenuEntry> visible) {
		Map<MenuGroup, List<MenuEntry>> byGroup = new EnumMap<>(MenuGroup.class);
		for (MenuEntry entry : entries) {
			if (entry.group() != MenuGroup.ADMIN && entry.group() != MenuGroup.MY && entry.group() != MenuGroup.NETWORK
					&& visible.test(entry)) {
				byGroup.computeIfAbsent(entry.group(), g -> new ArrayList<>()).add(entry);
			}
		}
		List<MenuGroupView> portal = byGroup.entrySet().stream().map(e -> new MenuGroupView(e.getKey(), List.copyOf(e.getValue())))
			.toList();
		return new Menus(portal, group(MenuGroup.ADMIN, visible), group(MenuGroup.NETWORK, visible),
				group(MenuGroup.MY, visible));
	}

	private List<MenuEntry> group(MenuGroup group, Predicate<MenuEntry> visible) {
		return entries.stream().filter(e -> e.group() == group && visible.test(e)).toList();
	}

	/** The menus of this request's user: the shared ones when no authority is needed to see anything more. */
	private Menus current(HttpServletRequest request) {
		Object known = request.getAttribute(MENUS);
		if (known instanceof Menus menus) {
			return menus;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		Menus menus = auth == null || auth instanceof AnonymousAuthenticationToken ? forEveryone
				: menus(entry -> visible(entry, auth));
		request.setAttribute(MENUS, menus);
		return menus;
	}

	private static final String MENUS = NavigationAdvice.class.getName() + ".menus";

	/** Portal menu groups in publication order; empty groups are left out. */
	@ModelAttribute("portalMenu")
	List<MenuGroupView> portalMenu(HttpServletRequest request) {
		return current(request).portal();
	}

	@ModelAttribute("adminMenu")
	List<MenuEntry> adminMenu(HttpServletRequest request) {
		return current(request).admin();
	}

	@ModelAttribute("networkMenu")
	List<MenuEntry> networkMenu(HttpServletRequest request) {
		return current(request).network();
	}

	@ModelAttribute("myMenu")
	List<MenuEntry> myMenu(HttpServletRequest request) {
		return current(request).my();
	}

	/**
	 * Who is looking, as the layout's header needs it (sign-in and sign-up links, 관리, 마이페이지, the bell):
	 * read once here rather than by a security expression per link.
	 */
	public record Viewer(boolean signedIn, boolean staff) {
	}

	@ModelAttribute("viewer")
	Viewer viewer() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
			return new Viewer(false, false);
		}
		boolean staff = auth.getAuthorities().stream()
			.anyMatch(a -> a.getAuthority().equals(Authorities.SYSTEM_ADMIN) || a.getAuthority().equals(Authorities.CENTER_STAFF));
		return new Viewer(true, staff);
	}

	@ModelAttribute("requestPath")
	String requestPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	/**
	 * The page a login link should come back to: the page being shown, when it is one a
	 * person reads (not the login, sign-up or password pages themselves, not a form's answer).
	 */
	@ModelAttribute("loginNext")
	String loginNext(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return null;
		}
		String path = request.getRequestURI();
		if (path.equals("/") || path.startsWith("/login") || path.startsWith("/signup") || path.startsWith("/password-reset")
				|| path.startsWith("/verify-email") || path.startsWith("/error")) {
			return null;
		}
		String query = request.getQueryString();
		return SafeReturnPath.of(query == null ? path : path + "?" + query);
	}

	private static boolean visible(MenuEntry entry, Authentication auth) {
		if (entry.authority() == null) {
			return true;
		}
		List<String> needed = List.of(entry.authority().split(","));
		return auth.getAuthorities().stream()
			.anyMatch(a -> needed.contains(a.getAuthority()) || a.getAuthority().equals("ROLE_SYSTEM_ADMIN"));
	}

	public record MenuGroupView(MenuGroup group, List<MenuEntry> entries) {

		public String labelKey() {
			return group.labelKey();
		}
	}
}
