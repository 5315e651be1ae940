package org.ieum.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Absolute addresses the application builds from a request (the login redirect, the page to
 * return to after login) must never carry a host a client made up: a request whose host is
 * neither {@code ieum.base-url}'s nor one of {@code ieum.allowed-hosts} is treated as if it had
 * been made to {@code ieum.base-url}. Runs after Tomcat's RemoteIpValve, so a trusted proxy's
 * X-Forwarded-Host is checked the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrustedHosts extends OncePerRequestFilter {

	private final URI base;
	private final Set<String> allowed = new HashSet<>();

	TrustedHosts(@Value("${ieum.base-url}") String baseUrl, @Value("${ieum.allowed-hosts:}") List<String> hosts) {
		this.base = URI.create(baseUrl);
		allowed.add(base.getHost().toLowerCase(Locale.ROOT));
		hosts.stream().map(String::strip).filter(h -> !h.isEmpty()).map(h -> h.toLowerCase(Locale.ROOT)).forEach(allowed::add);
	}

	boolean allows(String host) {
		return host != null && allowed.contains(host.toLowerCase(Locale.ROOT));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(allows(request.getServerName()) ? request : new BaseUrlRequest(request, base), response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/** The request as if it had been made to the configured address. */
	private static final class BaseUrlRequest extends HttpServletRequestWrapper {

		private final URI base;

		BaseUrlRequest(HttpServletRequest request, URI base) {
			super(request);
			this.base = base;
		}

		@Override
		public String getServerName() {
			return base.getHost();
		}

		@Override
		public int getServerPort() {
			if (base.getPort() != -1) {
				return base.getPort();
			}
			return "https".equals(base.getScheme()) ? 443 : 80;
		}

		@Override
		public String getScheme() {
			return base.getScheme();
		}

		@Override
		public boolean isSecure() {
			return "https".equals(base.getScheme());
		}

		@Override
		public StringBuffer getRequestURL() {
			return new StringBuffer(authority()).append(getRequestURI());
		}

		@Override
		public String getHeader(String name) {
			if ("host".equalsIgnoreCase(name)) {
				return base.getRawAuthority();
			}
			if (name != null && name.toLowerCase(Locale.ROOT).startsWith("x-forwarded-")) {
				return null;
			}
			return super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			String value = getHeader(name);
			if ("host".equalsIgnoreCase(name) || (name != null && name.toLowerCase(Locale.ROOT).startsWith("x-forwarded-"))) {
				return Collections.enumeration(value == null ? List.of() : List.of(value));
			}
			return super.getHeaders(name);
		}

		private String authority() {
			return base.getScheme() + "://" + base.getRawAuthority();
		}
	}
}
