package org.ieum.shared.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which center's portal a request is shown in: the slug of {@code /c/{slug}/...} as the visitor
 * typed it, also on My page opened inside a portal ({@code /c/{slug}/my/...}), which the
 * application serves as {@code /my/...}. Advice that dresses a page in its portal asks here, not
 * the request URI.
 */
public final class PortalPaths {

	private static final Pattern PORTAL_PATH = Pattern.compile("^/c/([^/]+)(/.*)?$");

	/** The request attribute holding the portal's slug while My page is served inside it. */
	static final String MY_PAGE_PORTAL = PortalPaths.class.getName() + ".myPagePortal";

	private PortalPaths() {
	}

	/** The slug of the portal the page is shown in, or empty outside the portals. */
	public static Optional<String> slugOf(HttpServletRequest request) {
		if (request.getAttribute(MY_PAGE_PORTAL) instanceof String slug) {
			return Optional.of(slug);
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher matcher = PORTAL_PATH.matcher(path);
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}
}
