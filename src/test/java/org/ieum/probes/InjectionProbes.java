package org.ieum.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SQL and HQL in search, sort and filter parameters is a value like any other: no server error, no
 * database message on the page, and no more rows than an ordinary search that finds nothing.
 */
class InjectionProbes extends ProbeSupport {

	static final List<String> PAYLOADS = List.of("' or 1=1--", "' OR '1'='1", "name;drop table identity_account",
			"(select password_hash from identity_account)", "1) or (1=1", "\" or \"\"=\"", "x' union select null--",
			"name desc, (select 1)", "%' and 1=1 and '%'='", "\\'; --");

	/** Pages that take a search or filter, who opens them, and a text on the unfiltered page that an injected "or 1=1" would bring back. */
	record Target(String url, String param, String who, String everyRowMarker) {

		@Override
		public String toString() {
			return url + " " + param;
		}
	}

	static final List<Target> TARGETS = List.of(
			new Target("/c/busan/organizations", "q", null, "행복베이커리"),
			new Target("/c/busan/organizations", "sort", null, null),
			new Target("/c/busan/organizations", "sido", null, "행복베이커리"),
			new Target("/c/busan/organizations", "region", null, "행복베이커리"),
			new Target("/c/busan/organizations/suggest", "q", null, "행복베이커리"),
			new Target("/api/v1/organizations", "q", null, "행복베이커리"),
			new Target("/api/v1/organizations", "sort", null, null),
			new Target("/api/v1/organizations", "scope", null, null),
			new Target("/api/v1/organizations", "sido", null, "행복베이커리"),
			new Target("/admin/organizations", "q", Probe.STAFF_BUSAN, "행복베이커리"),
			new Target("/admin/organizations", "status", Probe.STAFF_BUSAN, null),
			new Target("/admin/organizations", "type", Probe.STAFF_BUSAN, null),
			new Target("/admin/organizations/export", "q", Probe.STAFF_BUSAN, null),
			new Target("/admin/members", "q", Probe.STAFF_GIMHAE, "citizen@ieum.example"),
			new Target("/admin/audit/access", "actor", Probe.ADMIN, null),
			new Target("/admin/audit/roles", "actor", Probe.ADMIN, null),
			new Target("/c/busan/education", "kind", null, null),
			new Target("/c/busan/education/calendar", "month", null, null),
			new Target("/admin/spaces/usage", "center", Probe.STAFF_BUSAN, null),
			new Target("/admin/outbox", "q", Probe.ADMIN, null),
			new Target("/admin/spaces/queue", "center", Probe.STAFF_BUSAN, null));

	static Stream<Arguments> probes() {
		return TARGETS.stream().flatMap(t -> PAYLOADS.stream().map(p -> Arguments.of(t, p)));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("probes")
	void anInjectedParameterIsJustAValue(Target target, String payload) throws Exception {
		var request = get(target.url()).param(target.param(), payload);
		if (target.who() != null) {
			request.session(as(target.who()));
		}
		var result = mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		String body = result.getResponse().getContentAsString();
		assertThat(status).as(target + "=" + payload + ": " + describe(result)).isLessThan(500).isNotIn(401, 403);
		assertThat(body).as(target + "=" + payload + " shows a database message")
			.doesNotContainIgnoringCase("SQLException")
			.doesNotContainIgnoringCase("org.hibernate")
			.doesNotContainIgnoringCase("syntax error")
			.doesNotContainIgnoringCase("JdbcSQL")
			.doesNotContain("$2a$")
			.doesNotContain("Caused by")
			.doesNotContain("\tat org.");
		if (target.everyRowMarker() != null && status == 200) {
			assertThat(body).as(target + "=" + payload + " lists every row").doesNotContain(target.everyRowMarker());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("slugs")
	void anInjectedCenterInTheAddressIsNotFound(String slug) throws Exception {
		var result = mvc.perform(get("/c/{slug}/organizations", slug)).andReturn();
		assertThat(result.getResponse().getStatus()).as(slug + ": " + describe(result)).isIn(400, 404);
		var api = mvc.perform(get("/api/v1/stats/centers/{slug}", slug)).andReturn();
		assertThat(api.getResponse().getStatus()).as(slug + ": " + describe(api)).isIn(400, 404);
	}

	static Stream<String> slugs() {
		return Stream.of("busan' or '1'='1", "busan'--", "x' union select slug from centers_center--", "%", "_usan");
	}
}
