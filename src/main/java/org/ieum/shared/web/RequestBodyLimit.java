package org.ieum.shared.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a JSON or form body over its limit with 413 before anything reads it: a declared
 * length over the limit is answered at once, a body of unknown length stops being read at the
 * limit. {@code ieum.limits.json-body} applies to the API and JSON bodies,
 * {@code ieum.limits.form-body} to every other body except multipart uploads, which have their
 * own limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

	private final long jsonLimit;
	private final long formLimit;
	private final MessageSource messages;

	RequestBodyLimit(@Value("${ieum.limits.json-body:1MB}") DataSize jsonLimit,
			@Value("${ieum.limits.form-body:1MB}") DataSize formLimit, MessageSource messages) {
		this.messages = messages;
		this.jsonLimit = jsonLimit.toBytes();
		this.formLimit = formLimit.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	long limitFor(HttpServletRequest request) {
		String type = request.getContentType();
		boolean json = type != null && type.toLowerCase(Locale.ROOT).contains("json");
		return json || request.getRequestURI().startsWith("/api/") ? jsonLimit : formLimit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request);
		if (request.getContentLengthLong() > limit) {
			refuse(request, response);
			return;
		}
		if (request.getContentLengthLong() >= 0 || request.getHeader("Transfer-Encoding") == null) {
			chain.doFilter(request, response);
			return;
		}
		LimitedRequest limited = new LimitedRequest(request, limit);
		chain.doFilter(limited, new LimitedResponse(response, limited));
		if (limited.exceeded && !response.isCommitted()) {
			response.resetBuffer();
			refuse(request, response);
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		// the rest of the body is not worth reading: the client gets its answer and the connection ends
		response.setHeader("Connection", "close");
		if (request.getRequestURI().startsWith("/api/")) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			// Korean unless the client asks for another language (the site's default, as for pages)
			Locale locale = request.getHeader("Accept-Language") == null ? Locale.KOREAN : request.getLocale();
			String detail = messages.getMessage("limits.bodyTooLarge", null, locale)
				.replace("\\", "\\\\").replace("\"", "\\\"");
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
					+ "\"detail\":\"" + detail + "\"}");
			return;
		}
		// not sendError: the error page's own dispatch would read the oversized body again, and
		// over the container's form limit that failure shows the container's English page
		RefusedRequests.forward(request, response, RefusedRequests.Refusal.TOO_LARGE);
	}

	/**
	 * Once the body went over the limit, whatever the application answers (a 400 for the body it
	 * could not read) is dropped, so that the filter can answer 413 instead.
	 */
	private static final class LimitedResponse extends HttpServletResponseWrapper {

		private final LimitedRequest request;

		LimitedResponse(HttpServletResponse response, LimitedRequest request) {
			super(response);
			this.request = request;
		}

		@Override
		public void setStatus(int status) {
			if (!request.exceeded) {
				super.setStatus(status);
			}
		}

		@Override
		public void sendError(int status) throws IOException {
			if (!request.exceeded) {
				super.sendError(status);
			}
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			if (!request.exceeded) {
				super.sendError(status, message);
			}
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (!request.exceeded) {
				return super.getOutputStream();
			}
			return new ServletOutputStream() {

				@Override
				public void write(int b) {
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setWriteListener(WriteListener listener) {
				}
			};
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			return request.exceeded ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
		}
	}

	/** A body of unknown length that ends, for whoever reads it, at the limit. */
	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;
		private boolean exceeded;
		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				ServletInputStream in = super.getInputStream();
				stream = new ServletInputStream() {

					private long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						if (b != -1) {
							count(1);
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						if (n > 0) {
							count(n);
						}
						return n;
					}

					private void count(int n) throws IOException {
						read += n;
						if (read > limit) {
							exceeded = true;
							throw new IOException("request body over " + limit + " bytes");
						}
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}
				};
			}
			return stream;
		}
	}
}
