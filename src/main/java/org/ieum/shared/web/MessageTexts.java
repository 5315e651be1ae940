package org.ieum.shared.web;

import java.nio.charset.StandardCharsets;
import java.text.DateFormat;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

	/** Per message and language: the parsed format with Ieum's plain argument format in the unformatted places. */
	private final Map<MessageFormat, MessageFormat> prepared = new ConcurrentHashMap<>();

	@Override
	protected MessageFormat resolveCode(String code, Locale locale) {
		MessageFormat shared = super.resolveCode(code, locale);
		if (shared == null) {
			return null;
		}
		// Spring keeps the parsed formats for good, so this map holds at most one per message and language
		return (MessageFormat) prepared.computeIfAbsent(shared, MessageTexts::withPlainArguments).clone();
	}

	/**
	 * A place without a format ({@code {0}}, not {@code {0,number,#}}) gets {@link PlainArgument}: the
	 * JDK would make a new {@code NumberFormat} for every number it formats there, which a profile of
	 * a list page under load showed as a tenth of drawing it.
	 */
	static MessageFormat withPlainArguments(MessageFormat parsed) {
		MessageFormat copy = (MessageFormat) parsed.clone();
		Format[] formats = copy.getFormats();
		PlainArgument plain = PlainArgument.of(copy.getLocale());
		for (int i = 0; i < formats.length; i++) {
			if (formats[i] == null) {
				copy.setFormat(i, plain);
			}
		}
		return copy;
	}

	/**
	 * What {@link MessageFormat} writes for an argument in a place without a format, with whole
	 * numbers grouped by thousands without a new {@code NumberFormat} each time.
	 */
	static final class PlainArgument extends Format {

		private static final Map<Locale, PlainArgument> BY_LOCALE = new ConcurrentHashMap<>();

		private final Locale locale;

		private final boolean commaGroups;

		private PlainArgument(Locale locale) {
			this.locale = locale;
			DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
			NumberFormat format = NumberFormat.getInstance(locale);
			this.commaGroups = symbols.getGroupingSeparator() == ',' && symbols.getMinusSign() == '-'
					&& symbols.getZeroDigit() == '0' && format instanceof DecimalFormat decimal
					&& decimal.getGroupingSize() == 3 && decimal.isGroupingUsed();
		}

		static PlainArgument of(Locale locale) {
			Locale key = locale == null ? Locale.getDefault(Locale.Category.FORMAT) : locale;
			return BY_LOCALE.computeIfAbsent(key, PlainArgument::new);
		}

		@Override
		public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
			if (value instanceof Number number) {
				if (commaGroups && (value instanceof Integer || value instanceof Long || value instanceof Short
						|| value instanceof Byte) && number.longValue() != Long.MIN_VALUE) {
					return grouped(number.longValue(), to);
				}
				return NumberFormat.getInstance(locale).format(number, to, position);
			}
			if (value instanceof Date date) {
				return DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale).format(date, to, position);
			}
			return to.append(value instanceof String text ? text : String.valueOf(value));
		}

		private static StringBuffer grouped(long value, StringBuffer to) {
			if (value < 0) {
				to.append('-');
				value = -value;
			}
			String digits = Long.toString(value);
			int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
			to.append(digits, 0, first);
			for (int i = first; i < digits.length(); i += 3) {
				to.append(',').append(digits, i, i + 3);
			}
			return to;
		}

		/** Messages are only written, never read back: nothing parses, as {@link Format} reports it. */
		@Override
		public Object parseObject(String source, ParsePosition position) {
			position.setErrorIndex(position.getIndex());
			return null;
		}
	}
}
