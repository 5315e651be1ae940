package org.ieum.enterprises.records;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An organization, designation, product or claim id that does not exist or belongs to another organization. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownOrganization extends RuntimeException {

	public UnknownOrganization(String what, long id) {
		super("no " + what + " " + id);
	}
}
