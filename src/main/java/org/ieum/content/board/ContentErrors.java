package org.ieum.content.board;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal no controller handled itself answers with a Korean page that says why: an unknown
 * board or post is a 404, someone else's private question a 403, anything else a 400.
 */
@ControllerAdvice(basePackages = "org.ieum.content")
class ContentErrors {

	@ExceptionHandler(ContentException.class)
	ModelAndView refused(ContentException ex) {
		HttpStatus status = ex.notFound() ? HttpStatus.NOT_FOUND
				: ex.messageKey().equals("content.error.private") ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
		ModelAndView page = new ModelAndView("content/refused");
		page.setStatus(status);
		page.addObject("reasonKey", ex.messageKey());
		page.addObject("reasonArgs", ex.args());
		page.addObject("code", status.value());
		return page;
	}
}
