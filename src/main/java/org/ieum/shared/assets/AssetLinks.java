package org.ieum.shared.assets;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pages link to a static file by its plain address ({@code th:href="@{/assets/css/ieum.css}"});
 * Thymeleaf passes every link through the response's {@code encodeURL}, which this filter turns
 * into the file's hashed address. It runs after the security chain, whose own response wrapper
 * would otherwise answer {@code encodeURL} without asking the ones inside it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class AssetLinks extends OncePerRequestFilter {

	private final AssetServer assets;

	AssetLinks(AssetServer assets) {
		this.assets = assets;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new Linking(response, request.getContextPath(), assets));
	}

	private static final class Linking extends HttpServletResponseWrapper {

		private final String context;

		private final AssetServer assets;

		Linking(HttpServletResponse response, String context, AssetServer assets) {
			super(response);
			this.context = context;
			this.assets = assets;
		}

		@Override
		public String encodeURL(String url) {
			if (url.startsWith(context + StaticAssets.PREFIX)) {
				int end = url.length();
				for (char stop : new char[] { '?', '#' }) {
					int at = url.indexOf(stop);
					if (at >= 0 && at < end) {
						end = at;
					}
				}
				String address = url.substring(context.length(), end);
				String linked = assets.linkTo(address);
				if (!linked.equals(address)) {
					return super.encodeURL(context + linked + url.substring(end));
				}
			}
			return super.encodeURL(url);
		}
	}
}
