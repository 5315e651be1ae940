package org.ieum.shared.assets;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request for a known static file from memory before the security chain, the
 * dispatcher or any page machinery runs: no file is looked up and nothing is compressed per
 * request. A hashed address is kept a year ({@code immutable}); a plain one is checked again
 * after a day with its ETag. A client that accepts gzip gets the compressed bytes. Everything
 * else (an unknown file under /assets, any page) goes on down the chain.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AssetServer extends OncePerRequestFilter {

	private static final String YEAR = "public, max-age=31536000, immutable";

	private static final String DAY = "public, max-age=86400";

	private final StaticAssets assets;

	AssetServer() {
		this.assets = new StaticAssets();
	}

	/** The address a page links to for {@code address}: the hashed one for a known file, else {@code address}. */
	String linkTo(String address) {
		return assets.linkTo(address);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || !address(request).startsWith(StaticAssets.PREFIX);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		StaticAssets.Asset asset = assets.find(address(request));
		if (asset == null) {
			chain.doFilter(request, response);
			return;
		}
		boolean gzip = asset.gzip() != null && acceptsGzip(request.getHeader("Accept-Encoding"));
		// the compressed bytes are another representation, so another tag
		String etag = gzip ? asset.etag().replace("\"", "").concat("-gz").transform(tag -> "\"" + tag + "\"") : asset.etag();
		response.setHeader("Cache-Control", asset.immutable() ? YEAR : DAY);
		response.setHeader("ETag", etag);
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (asset.gzip() != null) {
			response.setHeader("Vary", "Accept-Encoding");
		}
		String match = request.getHeader("If-None-Match");
		if (match != null && (match.contains(etag) || match.strip().equals("*"))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] body = gzip ? asset.gzip() : asset.bytes();
		response.setContentType(asset.contentType());
		if (gzip) {
			response.setHeader("Content-Encoding", "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	private static String address(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** Whether the header names gzip (or any encoding) without refusing it with q=0. */
	static boolean acceptsGzip(String header) {
		if (header == null) {
			return false;
		}
		for (String part : header.toLowerCase(Locale.ROOT).split(",")) {
			String[] fields = part.split(";");
			String coding = fields[0].strip();
			if (!coding.equals("gzip") && !coding.equals("*")) {
				continue;
			}
			boolean refused = false;
			for (int i = 1; i < fields.length; i++) {
				String parameter = fields[i].strip().replace(" ", "");
				if (parameter.startsWith("q=")) {
					try {
						refused = Double.parseDouble(parameter.substring(2)) <= 0;
					}
					catch (NumberFormatException ex) {
						refused = true;
					}
				}
			}
			return !refused;
		}
		return false;
	}
}
