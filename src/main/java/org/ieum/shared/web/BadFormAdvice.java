package org.ieum.shared.web;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A crafted form that names a property no page offers (a list index far past the end, a
 * path into nothing) is a bad request, answered with the Korean 400 page rather than a 500.
 */
@ControllerAdvice
class BadFormAdvice {

	@ExceptionHandler(InvalidPropertyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalidProperty() {
		return "error/400";
	}

	/** An upload over the request limit never reaches a controller: answer with the Korean page. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	String uploadTooLarge() {
		return "error/413";
	}

	/** Any other upload the multipart parser could not read is a bad request, not a 500. */
	@ExceptionHandler(MultipartException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String uploadUnreadable() {
		return "error/400";
	}
}
