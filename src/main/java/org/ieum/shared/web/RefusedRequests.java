package org.ieum.shared.web;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a posted form's body before Spring Security does. The app's forms carry the CSRF token
 * in the body, so the security chain is the first to read it; when the container cannot (an
 * upload over the size limit, a part header too long, a NUL in a file name, a broken multipart
 * body) that read failed inside the chain and the user got Tomcat's English 413 page or a 500.
 * Here the failure is caught first and the request is forwarded, as a plain GET without body,
 * to {@link RefusedRequestController}, which answers with the Korean error page in the site's
 * layout. Nothing of the refused body reaches a controller, so no CSRF check is skipped for it.
 */
class RefusedRequests extends OncePerRequestFilter {

	static final String PATH = "/request-refused";

	/** The request attribute naming why the body was refused: one of {@link Refusal}. */
	static final String REFUSAL = RefusedRequests.class.getName() + ".refusal";

	private static final String PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";
	private static final String PARSE_FAILED_REASON = "org.apache.catalina.parameter_parse_failed_reason";

	enum Refusal {

		/** Over the upload or form size limit: 413. */
		TOO_LARGE(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "files.request.tooLarge"),

		/** A file name with a character no file system takes (a NUL): 400. */
		BAD_FILE_NAME(HttpServletResponse.SC_BAD_REQUEST, "files.request.badFileName"),

		/** A body that cannot be read as the form it claims to be: 400. */
		MALFORMED(HttpServletResponse.SC_BAD_REQUEST, "files.request.malformed");

		final int status;
		final String messageKey;

		Refusal(int status, String messageKey) {
			this.status = status;
			this.messageKey = messageKey;
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Refusal refusal = hasForm(request) ? read(request) : null;
		if (refusal == null) {
			chain.doFilter(request, response);
			return;
		}
		forward(request, response, refusal);
	}

	/** Answers with the Korean page for the refusal, without anything reading the body again. */
	static void forward(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
			throws ServletException, IOException {
		HttpServletRequest bodiless = new Bodiless(request);
		bodiless.setAttribute(REFUSAL, refusal);
		request.getRequestDispatcher(PATH).forward(bodiless, response);
	}

	private static boolean hasForm(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
			return false;
		}
		String lower = type.toLowerCase(Locale.ROOT);
		return lower.startsWith("multipart/") || lower.startsWith("application/x-www-form-urlencoded");
	}

	/** Parses the body as the container will for everyone after; empty when that works. */
	private static Refusal read(HttpServletRequest request) {
		try {
			if (request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
				request.getParts();
			}
			request.getParameterMap();
			// a container that does not throw marks the request instead (Tomcat: a failed parse and its reason)
			if (request.getAttribute(PARSE_FAILED) != null) {
				return String.valueOf(request.getAttribute(PARSE_FAILED_REASON)).contains("TOO_LARGE") ? Refusal.TOO_LARGE
						: Refusal.MALFORMED;
			}
			return null;
		}
		catch (IOException | ServletException | RuntimeException ex) {
			return refusalFor(ex);
		}
	}

	/** What the container's exception says, read from the names of its causes (Tomcat, Jetty and Undertow alike). */
	static Refusal refusalFor(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String name = t.getClass().getSimpleName();
			String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
			if (name.contains("InvalidFileName")) {
				return Refusal.BAD_FILE_NAME;
			}
			if (name.contains("SizeLimitExceeded") || name.contains("SizeException") || name.contains("MaxUploadSize")
					|| message.contains("exceeds the configured maximum") || message.contains("too large")
					|| message.contains("too big")) {
				return Refusal.TOO_LARGE;
			}
		}
		return Refusal.MALFORMED;
	}

	/** The refused request as a GET without body or parameters, so nothing reads the body again. */
	private static final class Bodiless extends HttpServletRequestWrapper {

		Bodiless(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public int getContentLength() {
			return 0;
		}

		@Override
		public long getContentLengthLong() {
			return 0;
		}

		@Override
		public String getHeader(String name) {
			return "content-type".equalsIgnoreCase(name) || "content-length".equalsIgnoreCase(name) ? null
					: super.getHeader(name);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public Part getPart(String name) {
			return null;
		}
	}
}
