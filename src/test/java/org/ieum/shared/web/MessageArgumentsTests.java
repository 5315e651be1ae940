package org.ieum.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Date;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Messages with arguments read exactly as the JDK's own formatting would write them. */
class MessageArgumentsTests {

	private static String ours(String pattern, Locale locale, Object... args) {
		return MessageTexts.withPlainArguments(new MessageFormat(pattern, locale)).format(args);
	}

	private static String jdk(String pattern, Locale locale, Object... args) {
		return new MessageFormat(pattern, locale).format(args);
	}

	@Test
	void wholeNumbersAreGroupedByThousandsAsTheJdkDoes() {
		for (Locale locale : new Locale[] { Locale.KOREAN, Locale.KOREA, Locale.ENGLISH }) {
			for (long n : new long[] { 0, 7, 12, 999, 1000, 12345, 1234567, -1, -1000, -987654321, Long.MAX_VALUE,
					Long.MIN_VALUE }) {
				assertThat(ours("조회 {0}", locale, n)).isEqualTo(jdk("조회 {0}", locale, n));
				assertThat(ours("{0}건", locale, (int) n)).isEqualTo(jdk("{0}건", locale, (int) n));
			}
		}
	}

	@Test
	void otherArgumentsReadAsBefore() {
		Date date = new Date(1_700_000_000_000L);
		Object[] args = { "문자", 3.14159, null, date, java.time.LocalDate.of(2026, 12, 7), 1_500L };
		String pattern = "{0} / {1} / {2} / {3} / {4} / {5} / {0}";
		assertThat(ours(pattern, Locale.KOREAN, args)).isEqualTo(jdk(pattern, Locale.KOREAN, args));
		// a place with its own format keeps it
		assertThat(ours("{0,number,#} {1}", Locale.KOREAN, 12345, 12345)).isEqualTo("12345 12,345");
	}
}
