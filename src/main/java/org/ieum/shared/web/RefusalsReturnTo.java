package org.ieum.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a back-office controller: a {@link Refusal} that escapes one of its pages (a crafted link, an
 * action outside {@link Actions}) goes back to this path with its message as the {@code error}
 * flash, instead of an error page. Something that does not exist is still the 404 page.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RefusalsReturnTo {

	/** The path to go back to, e.g. {@code /admin/spaces}. */
	String value();
}
