package org.ieum.shared.web;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page or size that is not a number ({@code ?page=abc}, a link cut short) in any module's list:
 * a page answers with the same list without that parameter, the JSON API with a 400 problem in
 * Korean. Other type mismatches keep Spring's usual 400.
 */
@ControllerAdvice
class PagingAdvice {

	static final Set<String> PAGING_PARAMETERS = Set.of("page", "size");

	private final MessageSource messages;

	PagingAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			Locale locale) throws Exception {
		if (!PAGING_PARAMETERS.contains(ex.getName())) {
			throw ex;
		}
		if (request.getRequestURI().startsWith("/api/") || !"GET".equals(request.getMethod())) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					messages.getMessage("paging.notANumber", new Object[] { ex.getName() }, locale));
			return ResponseEntity.badRequest().body(problem);
		}
		String query = request.getQueryString();
		String target = UriComponentsBuilder.fromUriString(
				query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query)
			.replaceQueryParam(ex.getName())
			.build()
			.toUriString();
		return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(target)).build();
	}
}
