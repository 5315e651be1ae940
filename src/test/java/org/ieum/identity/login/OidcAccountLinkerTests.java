package org.ieum.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class OidcAccountLinkerTests {

	@Test
	void kakaoAddressCountsOnlyWhenVerified() {
		assertThat(OidcAccountLinker.verifiedEmail(Map.of("id", 1, "kakao_account",
				Map.of("email", "a@kakao.com", "is_email_verified", true, "is_email_valid", true)))).contains("a@kakao.com");
		assertThat(OidcAccountLinker.verifiedEmail(Map.of("id", 1, "kakao_account",
				Map.of("email", "a@kakao.com", "is_email_verified", false, "is_email_valid", true)))).isEmpty();
	}

	@Test
	void naverAndStandardOidcAddresses() {
		assertThat(OidcAccountLinker.verifiedEmail(Map.of("response", Map.of("email", "b@naver.com")))).contains("b@naver.com");
		assertThat(OidcAccountLinker.verifiedEmail(Map.of("email", "c@x.kr", "email_verified", true))).contains("c@x.kr");
		assertThat(OidcAccountLinker.verifiedEmail(Map.of("email", "c@x.kr"))).isEmpty();
	}
}
