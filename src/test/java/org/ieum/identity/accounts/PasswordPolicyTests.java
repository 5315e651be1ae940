package org.ieum.identity.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	@Test
	void eightCharactersNeedThreeKinds() {
		assertThat(PasswordPolicy.problem("abcd1234")).contains("password.weak");
		assertThat(PasswordPolicy.problem("abcd123!")).isEmpty();
		assertThat(PasswordPolicy.problem("Abcd1234")).isEmpty();
	}

	@Test
	void tenCharactersNeedTwoKinds() {
		assertThat(PasswordPolicy.problem("abcdefghij")).contains("password.weak");
		assertThat(PasswordPolicy.problem("abcdefghi1")).isEmpty();
		assertThat(PasswordPolicy.problem("abc12!")).contains("password.weak");
	}

	@Test
	void emptyAndHugePasswordsAreRefused() {
		assertThat(PasswordPolicy.problem("")).contains("password.required");
		assertThat(PasswordPolicy.problem("aA1!".repeat(40))).contains("password.tooLong");
		// bcrypt's limit is 72 bytes: 25 Hangul syllables are 75 bytes in UTF-8
		assertThat(PasswordPolicy.problem("가".repeat(23) + "a1!")).isEmpty();
		assertThat(PasswordPolicy.problem("가".repeat(25) + "a1!")).contains("password.tooLong");
	}
}
