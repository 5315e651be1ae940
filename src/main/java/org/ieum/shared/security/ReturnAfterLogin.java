package org.ieum.shared.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ieum.shared.web.SafeReturnPath;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a person lands after logging in: the page that asked for the login (its {@code next}
 * parameter, or the protected page they were sent away from), else staff on their admin home
 * and everyone else on My page. Only a path on this site is followed, so the parameter cannot
 * send anyone elsewhere.
 */
final class ReturnAfterLogin implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	static final String PARAMETER = "next";

	private final RequestCache requestCache = new HttpSessionRequestCache();
	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		String target = SafeReturnPath.of(request.getParameter(PARAMETER));
		SavedRequest saved = requestCache.getRequest(request, response);
		if (target == null && saved != null) {
			target = SafeReturnPath.of(pathOf(saved.getRedirectUrl()));
		}
		requestCache.removeRequest(request, response);
		if (target == null) {
			boolean staff = authentication.getAuthorities().stream()
				.anyMatch(a -> "ROLE_SYSTEM_ADMIN".equals(a.getAuthority()) || "ROLE_CENTER_STAFF".equals(a.getAuthority()));
			target = staff ? "/admin" : "/my";
		}
		if (request.getSession(false) != null) {
			request.getSession(false).removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		}
		redirect.sendRedirect(request, response, target);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, exception);
		String next = SafeReturnPath.of(request.getParameter(PARAMETER));
		String target = next == null ? "/login?error"
				: UriComponentsBuilder.fromPath("/login").query("error").queryParam(PARAMETER, next).encode().build().toUriString();
		redirect.sendRedirect(request, response, target);
	}

	/** The path and query of the address a saved request would return to (never its host). */
	private static String pathOf(String url) {
		try {
			URI uri = URI.create(url);
			String path = uri.getRawPath();
			if (path == null || path.isEmpty()) {
				return null;
			}
			// Spring Security marks the address with "continue" so its cache recognizes the return; not needed here
			String query = uri.getRawQuery() == null ? null
					: UriComponentsBuilder.newInstance().query(uri.getRawQuery()).replaceQueryParam("continue").build().getQuery();
			return query == null || query.isEmpty() ? path : path + "?" + query;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
