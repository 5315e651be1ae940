package org.ieum.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The message files: Korean first, English for {@code ?lang=en}. A key written twice would let
 * the later line win silently (one mail once went out with another's text), and a key missing
 * from one language shows the key itself to someone.
 */
class MessagesTests {

	@Test
	void noKeyIsWrittenTwiceAndBothLanguagesHaveTheSameKeysWithText() throws IOException {
		Map<String, List<String>> korean = keys("messages.properties");
		Map<String, List<String>> english = keys("messages_en.properties");

		assertThat(korean).as("keys written more than once in messages.properties")
			.allSatisfy((key, values) -> assertThat(values).as(key).hasSize(1));
		assertThat(english).as("keys written more than once in messages_en.properties")
			.allSatisfy((key, values) -> assertThat(values).as(key).hasSize(1));
		assertThat(new TreeSet<>(english.keySet())).isEqualTo(new TreeSet<>(korean.keySet()));
		assertThat(korean).allSatisfy((key, values) -> assertThat(values.get(0)).as(key).isNotBlank());
		assertThat(english).allSatisfy((key, values) -> assertThat(values.get(0)).as(key).isNotBlank());
	}

	/** Every key with every value it is given, in file order; Properties itself would keep only the last. */
	private static Map<String, List<String>> keys(String file) throws IOException {
		Map<String, List<String>> keys = new LinkedHashMap<>();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/" + file)) {
			assertThat(in).as(file).isNotNull();
			new Properties() {
				@Override
				public synchronized Object put(Object key, Object value) {
					keys.computeIfAbsent((String) key, k -> new ArrayList<>()).add((String) value);
					return super.put(key, value);
				}
			}.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		assertThat(keys).as(file).hasSizeGreaterThan(1000);
		return keys;
	}
}
