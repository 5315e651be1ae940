package org.ieum.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeReturnPathTests {

	@ParameterizedTest
	@ValueSource(strings = { "/c/gimhae/education/courses/3", "/my/reservations?page=2", "/c/busan/spaces/1?date=2026-12-10#book" })
	void aPathOnThisSiteIsKept(String path) {
		assertThat(SafeReturnPath.of(path)).isEqualTo(path);
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example", "///evil.example", "/\\evil.example", "https://evil.example/x",
			"http:/evil.example", "javascript:alert(1)", "evil.example/x", "/\t/evil.example", "/a\r\nLocation: x", "",
			"/login", "/login?error", "/logout", "/error" })
	void anythingThatCouldLeaveTheSiteOrLoopIsIgnored(String candidate) {
		assertThat(SafeReturnPath.of(candidate)).isNull();
	}
}
