package org.ieum.programs.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.ieum.shared.web.Refusal;
import org.junit.jupiter.api.Test;

/** A number field of an application form takes plain numbers and refuses what would not fit. */
class NumberAnswerTests {

	@Test
	void aNumberAnswerInExponentFormIsRefusedInsteadOfExpandingToABillionDigits() {
		FormField number = new FormField(1L, FormKind.APPLICATION, 1, "고용 인원", FieldType.NUMBER, false, List.of());
		assertThat(number.normalize("1,200")).isEqualTo("1200");
		assertThat(number.normalize("-3.50")).isEqualTo("-3.5");
		for (String bad : List.of("1E999999999", "1e-999999999", "1E2147483647", "12345678901234567890123", "열")) {
			assertThatThrownBy(() -> number.normalize(bad)).as(bad)
				.isInstanceOfSatisfying(Refusal.class,
						ex -> assertThat(ex.getMessage()).contains("programs.error.answerNumber"));
		}
	}
}
