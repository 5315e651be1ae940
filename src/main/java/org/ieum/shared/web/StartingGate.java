package org.ieum.shared.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The web server accepts connections before the application has run its start-up work (the
 * demo data, the first search index): pages would show an empty network. Until Spring Boot
 * declares the application ready to take traffic, which happens after that work, every page is
 * answered with a short "준비 중" page, status 503 and Retry-After, and the page reloads itself.
 * Health probes and static files pass, so a load balancer sees the real readiness.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartingGate extends OncePerRequestFilter {

	static final int RETRY_SECONDS = 5;

	private final ObjectProvider<ApplicationAvailability> availability;
	private final MessageSource messages;

	StartingGate(ObjectProvider<ApplicationAvailability> availability, MessageSource messages) {
		this.availability = availability;
		this.messages = messages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/actuator/") || path.startsWith("/assets/") || path.startsWith("/webjars/")
				|| isReady();
	}

	private boolean isReady() {
		ApplicationAvailability state = availability.getIfAvailable();
		// without the availability bean (a sliced test context) there is no start-up to wait for
		return state == null || state.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// the site's own choice, as the locale resolver keeps it: Korean unless the visitor picked English
		boolean english = request.getCookies() != null && Arrays.stream(request.getCookies())
			.anyMatch(c -> "ieum-lang".equals(c.getName()) && c.getValue().startsWith("en"));
		Locale locale = english ? Locale.ENGLISH : Locale.KOREAN;
		String title = HtmlUtils.htmlEscape(messages.getMessage("layout.starting.title", null, locale));
		String text = HtmlUtils.htmlEscape(messages.getMessage("layout.starting.text", null, locale));
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
				+ "<meta http-equiv=\"refresh\" content=\"" + RETRY_SECONDS + "\"><title>" + title + "</title></head>"
				+ "<body style=\"font-family: sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.6\">"
				+ "<main><h1>" + title + "</h1><p>" + text + "</p></main></body></html>");
	}
}
