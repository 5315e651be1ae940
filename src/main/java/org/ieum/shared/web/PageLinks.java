package org.ieum.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to another page of the list being shown: the current address with only its
 * {@code page} parameter changed, so every search filter stays as the user set it.
 * Templates use it through {@code fragments/pager}.
 */
@Component("pageLinks")
public class PageLinks {

	public String to(int page) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return to(request.getRequestURI(), request.getQueryString(), page);
	}

	static String to(String path, String query, int page) {
		// the query string arrives already encoded; build() keeps it as it is
		return UriComponentsBuilder.fromUriString(query == null ? path : path + "?" + query)
			.replaceQueryParam("page", Math.max(0, page))
			.build()
			.toUriString();
	}
}
