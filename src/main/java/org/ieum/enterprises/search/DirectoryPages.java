package org.ieum.enterprises.search;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The directory page as anonymous visitors get it, kept until the search index changes.
 *
 * <p>Most of the directory's traffic is people who are not signed in asking the same few
 * questions: a center's first page, a type, a district. For them the page (or the htmx
 * results fragment) depends only on the address, the language and the data, so it is
 * rendered once and sent again until the index changes ({@link IndexGeneration}) or, for
 * the parts outside the index (the center's name, address, hours and menu in the layout),
 * {@value #MAX_AGE_SECONDS} seconds have passed. Signed-in users, a language switch, a
 * pending flash message and a build in progress always get a freshly rendered page.
 * {@code ieum.search.page-cache-size} bounds the memory (default 300 pages, 0 to turn off).
 * Runs after Spring Security, so every header and check of the security chain still applies.
 * Registered by {@link Registration} (a configuration, so that web-layer test slices, which pick
 * up every filter component, do not need the search index).
 */
class DirectoryPages extends OncePerRequestFilter {

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		DirectoryPages directoryPages(IndexGeneration generation, SearchIndex index, LocaleResolver locales,
				@Value("${ieum.search.page-cache-size:300}") int maxPages) {
			return new DirectoryPages(generation, index, locales, maxPages);
		}
	}

	static final int MAX_AGE_SECONDS = 60;
	private static final long MAX_AGE_NANOS = Duration.ofSeconds(MAX_AGE_SECONDS).toNanos();
	private static final Pattern DIRECTORY = Pattern.compile("^/c/[^/]+/organizations$");
	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private record Key(String path, String parameters, Locale locale, String htmx, String historyRestore) {
	}

	private record Page(long storedAt, String contentType, String vary, byte[] body) {
	}

	private final IndexGeneration generation;
	private final SearchIndex index;
	private final LocaleResolver locales;
	private final Remembered<Key, Page> pages;
	private final AtomicLong served = new AtomicLong();

	DirectoryPages(IndexGeneration generation, SearchIndex index, LocaleResolver locales, int maxPages) {
		this.generation = generation;
		this.index = index;
		this.locales = locales;
		this.pages = new Remembered<>(maxPages);
	}

	/** How many pages were sent from memory, for tests and the benchmark. */
	long served() {
		return served.get();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !pages.enabled() || !"GET".equals(request.getMethod())
				|| !DIRECTORY.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!cacheable(request)) {
			chain.doFilter(request, response);
			return;
		}
		Key key = new Key(request.getRequestURI(), parameters(request), locales.resolveLocale(request),
				request.getHeader("HX-Request"), request.getHeader("HX-History-Restore-Request"));
		// read before rendering: a page is filed under the generation it may have seen
		long seen = generation.current();
		Page page = pages.get(key, seen);
		if (page != null && System.nanoTime() - page.storedAt() < MAX_AGE_NANOS) {
			served.incrementAndGet();
			response.setContentType(page.contentType());
			response.setLocale(key.locale());
			if (page.vary() != null) {
				response.setHeader(HttpHeaders.VARY, page.vary());
			}
			response.setContentLength(page.body().length);
			response.getOutputStream().write(page.body());
			return;
		}
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendered);
		if (rendered.getStatus() == HttpServletResponse.SC_OK && rendered.getContentType() != null
				&& rendered.getContentType().startsWith("text/html") && !rendered.containsHeader(HttpHeaders.SET_COOKIE)) {
			pages.put(key, seen, new Page(System.nanoTime(), rendered.getContentType(),
					rendered.getHeader(HttpHeaders.VARY), rendered.getContentAsByteArray()));
		}
		rendered.copyBodyToResponse();
	}

	/** Every parameter with its values in order, as the page sees them (not the raw query string). */
	private static String parameters(HttpServletRequest request) {
		StringBuilder all = new StringBuilder();
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			for (String value : values) {
				all.append(name).append('\u0000').append(value).append('\u0001');
			}
		});
		return all.toString();
	}

	private boolean cacheable(HttpServletRequest request) {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated();
		HttpSession session = request.getSession(false);
		boolean flash = session != null && session.getAttribute(FLASH_MAPS) != null;
		return anonymous && !flash && request.getParameter("lang") == null && !index.building();
	}
}
