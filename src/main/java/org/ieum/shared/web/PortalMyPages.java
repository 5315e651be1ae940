package org.ieum.shared.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * My page stays in the center's portal a person came from: {@code /c/{slug}/my/...} is served by
 * the controllers of {@code /my/...} (every module's tabs, detail pages and actions, mapped once),
 * with the portal's header, menu and footer ({@link PortalPaths#slugOf}). On every page of a portal
 * the links to My page that templates build ({@code @{/my/...}}) and the redirects after a form
 * ({@code redirect:/my/...}) get the portal's prefix, so a person never drops out of it.
 *
 * <p>It runs after the security filter chain, which sees the address as typed and guards
 * {@code /c/*}{@code /my/**} like {@code /my/**}; an unknown center is the portal's usual 404.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class PortalMyPages extends OncePerRequestFilter {

	/** A center's slug (lower-case words joined by hyphens) and the rest of the path. */
	private static final Pattern PORTAL = Pattern.compile("^/c/([a-z0-9]+(?:-[a-z0-9]+)*)(/.*)?$");
	private static final Pattern MY_PAGE = Pattern.compile("^/my(/.*)?$");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contextPath = request.getContextPath();
		Matcher portal = PORTAL.matcher(request.getRequestURI().substring(contextPath.length()));
		if (!portal.matches()) {
			chain.doFilter(request, response);
			return;
		}
		String prefix = "/c/" + portal.group(1);
		HttpServletResponse links = new PortalLinks(response, contextPath, prefix);
		String rest = portal.group(2);
		if (rest != null && MY_PAGE.matcher(rest).matches()) {
			request.setAttribute(PortalPaths.MY_PAGE_PORTAL, portal.group(1));
			chain.doFilter(new MyPageRequest(request, contextPath, prefix), links);
		}
		else {
			chain.doFilter(request, links);
		}
	}

	/** The portal's My page address as the application maps it: without {@code /c/{slug}}. */
	private static final class MyPageRequest extends HttpServletRequestWrapper {

		private final String contextPath;
		private final String prefix;

		MyPageRequest(HttpServletRequest request, String contextPath, String prefix) {
			super(request);
			this.contextPath = contextPath;
			this.prefix = prefix;
		}

		@Override
		public String getRequestURI() {
			return contextPath + super.getRequestURI().substring(contextPath.length() + prefix.length());
		}

		@Override
		public StringBuffer getRequestURL() {
			StringBuffer url = super.getRequestURL();
			int at = url.indexOf(contextPath + prefix + "/my", url.indexOf("//") + 2);
			return at < 0 ? url : url.delete(at + contextPath.length(), at + contextPath.length() + prefix.length());
		}

		@Override
		public String getServletPath() {
			return strip(super.getServletPath());
		}

		@Override
		public String getPathInfo() {
			return strip(super.getPathInfo());
		}

		private String strip(String path) {
			return path != null && path.startsWith(prefix + "/my") ? path.substring(prefix.length()) : path;
		}
	}

	/** Links and redirects to My page keep the portal's prefix. */
	private static final class PortalLinks extends HttpServletResponseWrapper {

		private final String contextPath;
		private final String prefix;

		PortalLinks(HttpServletResponse response, String contextPath, String prefix) {
			super(response);
			this.contextPath = contextPath;
			this.prefix = prefix;
		}

		@Override
		public String encodeURL(String url) {
			return super.encodeURL(inPortal(url));
		}

		@Override
		public String encodeRedirectURL(String url) {
			return super.encodeRedirectURL(inPortal(url));
		}

		private String inPortal(String url) {
			if (url == null || !url.startsWith(contextPath + "/my")) {
				return url;
			}
			String path = url.substring(contextPath.length());
			boolean myPage = path.length() == 3 || "/?#".indexOf(path.charAt(3)) >= 0;
			return myPage ? contextPath + prefix + path : url;
		}
	}
}
