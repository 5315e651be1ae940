package org.ieum.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A {@link Refusal} that no page handled itself is answered the same way everywhere: the Korean
 * message and the refusal's status (404 for what does not exist, 403, else 400), never a stack
 * trace. A back-office controller marked {@link RefusalsReturnTo} goes back to its page with the
 * message as the {@code error} flash instead; an API answers with a problem detail.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RefusalAdvice {

	private final MessageSource messages;

	RefusalAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(Refusal.class)
	Object refused(Refusal refusal, HandlerMethod handler, HttpServletRequest request, Locale locale) {
		if (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
				|| handler.hasMethodAnnotation(ResponseBody.class)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(),
					messages.getMessage(refusal.messageKey(), refusal.args(), locale));
			problem.setTitle(messages.getMessage("refusal.title", null, locale));
			problem.setProperty("code", refusal.messageKey());
			return ResponseEntity.status(refusal.status()).body(problem);
		}
		RefusalsReturnTo back = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(),
				RefusalsReturnTo.class);
		if (back != null && !refusal.notFound()) {
			Actions.error(RequestContextUtils.getOutputFlashMap(request), refusal);
			return new ModelAndView("redirect:" + back.value());
		}
		ModelAndView page = new ModelAndView("error/refused");
		page.setStatus(refusal.status());
		page.addObject("reasonKey", refusal.messageKey());
		page.addObject("reasonArgs", refusal.args());
		page.addObject("code", refusal.status().value());
		return page;
	}
}
