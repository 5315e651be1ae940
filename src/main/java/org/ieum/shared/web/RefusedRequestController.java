package org.ieum.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** The Korean error page for a request whose body {@link RefusedRequests} could not read. */
@Controller
class RefusedRequestController {

	/** Just before Spring Security's chain (-100), after character encoding, so part names decode as UTF-8. */
	static final int FILTER_ORDER = -101;

	private final DataSize maxFileSize;
	private final DataSize maxRequestSize;

	RefusedRequestController(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
		this.maxFileSize = maxFileSize;
		this.maxRequestSize = maxRequestSize;
	}

	@Bean
	static FilterRegistrationBean<RefusedRequests> refusedRequestsFilter() {
		FilterRegistrationBean<RefusedRequests> registration = new FilterRegistrationBean<>(new RefusedRequests());
		registration.setOrder(FILTER_ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	@GetMapping(RefusedRequests.PATH)
	String refused(HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!(request.getAttribute(RefusedRequests.REFUSAL) instanceof RefusedRequests.Refusal refusal)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		response.setStatus(refusal.status);
		model.addAttribute("refusedDetail", refusal.messageKey);
		model.addAttribute("refusedArgs", new Object[] { megabytes(maxFileSize), megabytes(maxRequestSize) });
		return refusal.status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE ? "error/413" : "error/400";
	}

	private static String megabytes(DataSize size) {
		return size.toMegabytes() + "MB";
	}
}
