package org.ieum.support;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Locale;
import java.util.Map;

import org.hamcrest.Matcher;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * The {@code error} flash as the person reads it: the message key and its arguments put into
 * Korean the way the layout does, so a test can check the words a refused action shows.
 */
public final class Flashes {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private Flashes() {
	}

	/** The redirect carries an {@code error} flash that reads exactly {@code text} in Korean. */
	public static ResultMatcher error(String text) {
		return error(equalTo(text));
	}

	/** The redirect carries an {@code error} flash whose Korean text matches. */
	public static ResultMatcher error(Matcher<? super String> text) {
		return result -> assertThat("the error flash", errorText(result.getFlashMap()), text);
	}

	/** The Korean text of the {@code error} flash (or model), or null when there is none. */
	public static String errorText(Map<String, ?> attributes) {
		Object key = attributes.get("error");
		if (key == null) {
			return null;
		}
		return MESSAGES.getMessage(key.toString(), (Object[]) attributes.get("errorArgs"), Locale.KOREAN);
	}
}
