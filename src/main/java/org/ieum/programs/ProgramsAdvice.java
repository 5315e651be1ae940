package org.ieum.programs;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal that reaches no controller's own handling (opening a page of a call or an
 * application that does not exist, a crafted link) answers with the Korean error page,
 * never a stack trace: "not found" keys as 404, everything else as 400.
 */
@ControllerAdvice(assignableTypes = { ProgramsPortalController.class, MyApplicationsController.class,
		MyReviewsController.class, CallAdminController.class })
class ProgramsAdvice {

	@ExceptionHandler(ProgramsException.class)
	ModelAndView refused(ProgramsException ex) {
		boolean notFound = ex.messageKey().startsWith("programs.error.no");
		ModelAndView page = new ModelAndView(notFound ? "error/404" : "error/400");
		page.setStatus(notFound ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
		return page;
	}
}
