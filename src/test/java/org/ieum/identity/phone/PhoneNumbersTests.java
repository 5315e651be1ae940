package org.ieum.identity.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ways members type a mobile number all become one form; anything else is refused. */
class PhoneNumbersTests {

	@ParameterizedTest
	@ValueSource(strings = { "010-1234-5678", "01012345678", "010 1234 5678", "010.1234.5678", "(010)1234-5678",
			"+82 10-1234-5678", "+821012345678", "+82 010 1234 5678", " 010-1234-5678 " })
	void theUsualFormsAreOneNumber(String typed) {
		assertThat(PhoneNumbers.mobile(typed)).contains("010-1234-5678");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "02-123-4567", "010-123-4567", "010-1234-56789", "011-1234-5678", "010-1234-567O",
			"+1 010 1234 5678", "010-1234-5678 내선", "전화 없음" })
	void anythingElseIsNoMobileNumber(String typed) {
		assertThat(PhoneNumbers.mobile(typed)).isEmpty();
	}
}
