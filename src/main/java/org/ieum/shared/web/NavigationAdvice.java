package org.ieum.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.ieum.shared.MenuEntry;
import org.ieum.shared.MenuGroup;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Builds the navigation every page shows from the {@link MenuEntry} beans the modules
 * declare, filtered by what the signed-in user may see.
 */
@ControllerAdvice
class NavigationAdvice {

	private final List<MenuEntry> entries;

	NavigationAdvice(List<MenuEntry> entries) {
		this.entries = entries.stream()
			.sorted(Comparator.comparing(MenuEntry::group).thenComparingInt(MenuEntry::order))
			.toList();
	}

	/** Portal menu groups in publication order; empty groups are left out. */
	@ModelAttribute("portalMenu")
	List<MenuGroupView> portalMenu() {
		Map<MenuGroup, List<MenuEntry>> byGroup = new EnumMap<>(MenuGroup.class);
		for (MenuEntry entry : entries) {
			if (entry.group() != MenuGroup.ADMIN && entry.group() != MenuGroup.MY && entry.group() != MenuGroup.NETWORK
					&& visible(entry)) {
				byGroup.computeIfAbsent(entry.group(), g -> new ArrayList<>()).add(entry);
			}
		}
		return byGroup.entrySet().stream().map(e -> new MenuGroupView(e.getKey(), e.getValue())).toList();
	}

	@ModelAttribute("adminMenu")
	List<MenuEntry> adminMenu() {
		return entries.stream().filter(e -> e.group() == MenuGroup.ADMIN && visible(e)).toList();
	}

	@ModelAttribute("networkMenu")
	List<MenuEntry> networkMenu() {
		return entries.stream().filter(e -> e.group() == MenuGroup.NETWORK && visible(e)).toList();
	}

	@ModelAttribute("myMenu")
	List<MenuEntry> myMenu() {
		return entries.stream().filter(e -> e.group() == MenuGroup.MY && visible(e)).toList();
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

	private boolean visible(MenuEntry entry) {
		if (entry.authority() == null) {
			return true;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		List<String> needed = List.of(entry.authority().split(","));
		return auth != null && auth.getAuthorities().stream()
			.anyMatch(a -> needed.contains(a.getAuthority()) || a.getAuthority().equals("ROLE_SYSTEM_ADMIN"));
	}

	public record MenuGroupView(MenuGroup group, List<MenuEntry> entries) {

		public String labelKey() {
			return group.labelKey();
		}
	}
}
