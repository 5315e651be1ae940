package org.ieum.centers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A center, site, contact or exception id that does not exist or belongs to another center. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownCenterRecord extends RuntimeException {

	UnknownCenterRecord(String what, long id) {
		super("no " + what + " " + id);
	}
}
