package org.ieum.shared.web;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts of {@code messages.properties} (Spring Boot's own message source, with the same
 * settings: {@code spring.messages.basename}, {@code spring.messages.fallback-to-system-locale},
 * UTF-8). One difference: Spring keeps one parsed {@link MessageFormat} per message and language
 * and formats under a lock on it, so every page rendering the same message with arguments (a
 * list's "조회 12" on each line) waited in one queue. Each use here formats with its own copy of
 * the parsed format, which needs no lock.
 */
class MessageTexts extends ResourceBundleMessageSource {

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** Named {@code messageSource}: the application context's own, so Boot's is not made. */
		@Bean
		MessageTexts messageSource(@Value("${spring.messages.basename:messages}") String basename,
				@Value("${spring.messages.fallback-to-system-locale:true}") boolean fallbackToSystemLocale) {
			MessageTexts texts = new MessageTexts();
			texts.setBasenames(basename.split("\\s*,\\s*"));
			texts.setDefaultEncoding(StandardCharsets.UTF_8.name());
			texts.setFallbackToSystemLocale(fallbackToSystemLocale);
			return texts;
		}
	}

	@Override
	protected MessageFormat resolveCode(String code, Locale locale) {
		MessageFormat shared = super.resolveCode(code, locale);
		return shared == null ? null : (MessageFormat) shared.clone();
	}
}
