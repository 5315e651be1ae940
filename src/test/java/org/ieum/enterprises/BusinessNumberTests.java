package org.ieum.enterprises;

import org.ieum.enterprises.demo.DemoOrganizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BusinessNumberTests {

	@Test
	void acceptsValidNumbersWithOrWithoutHyphensAndShowsThemInTheUsualForm() {
		// 124-81-00998 is a widely published valid number; its ninth digit 9 makes 9*5=45 count its tens.
		assertThat(BusinessNumber.parse("124-81-00998")).map(BusinessNumber::digits).contains("1248100998");
		assertThat(BusinessNumber.parse("1248100998")).map(BusinessNumber::formatted).contains("124-81-00998");
		assertThat(BusinessNumber.parse(" 124 81 00998 ")).isPresent();
	}

	@Test
	void refusesAWrongCheckDigitLettersAndWrongLengths() {
		assertThat(BusinessNumber.parse("124-81-00997")).isEmpty();
		assertThat(BusinessNumber.parse("124-81-0099")).isEmpty();
		assertThat(BusinessNumber.parse("124-81-009981")).isEmpty();
		assertThat(BusinessNumber.parse("12a-81-00998")).isEmpty();
		assertThat(BusinessNumber.parse("")).isEmpty();
		assertThat(BusinessNumber.parse(null)).isEmpty();
		assertThatThrownBy(() -> new BusinessNumber("1248100997")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theNinthDigitsTensCountInTheCheckDigit() {
		// Weighted sum of 1,2,3,4,5,6,7,8 with 1,3,7,1,3,7,1,3 is 1+6+21+4+15+42+7+24 = 120;
		// ninth digit 9: 9*5 = 45 adds 45 and its tens 4: 120 + 45 + 4 = 169, check (10 - 9) % 10 = 1.
		assertThat(BusinessNumber.checkDigitOf("123456789")).isEqualTo(1);
		assertThat(BusinessNumber.valid("1234567891")).isTrue();
		assertThat(BusinessNumber.valid("1234567890")).isFalse();
	}

	@Test
	void demoNumbersAreValid() {
		for (int i = 0; i < 40; i++) {
			assertThat(BusinessNumber.valid(DemoOrganizations.demoNumber(i).digits())).isTrue();
		}
	}
}
