package org.ieum.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ieum.probes.ProtectedEndpoints.Access.ADMIN;
import static org.ieum.probes.ProtectedEndpoints.Access.API_OWNER;
import static org.ieum.probes.ProtectedEndpoints.Access.API_SIGNED_IN;
import static org.ieum.probes.ProtectedEndpoints.Access.OWNER;
import static org.ieum.probes.ProtectedEndpoints.Access.SIGNED_IN;
import static org.ieum.probes.ProtectedEndpoints.Access.STAFF;
import static org.ieum.probes.ProtectedEndpoints.Access.STAFF_OF;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.ieum.probes.ProtectedEndpoints.Endpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Who may open and change what, for every line of {@link ProtectedEndpoints}: visitors without an
 * account, members without staff rights, staff of 부산 on 김해's records, one member on another's.
 * Where the probe expects a refusal, the record's owner opening the same page gets it (so the
 * probe points at a real record and can fail).
 */
class AccessControlProbes extends ProbeSupport {

	static Stream<Endpoint> signInRequired() {
		return ProtectedEndpoints.with(SIGNED_IN, OWNER, STAFF, STAFF_OF, ADMIN, API_SIGNED_IN, API_OWNER);
	}

	static Stream<Endpoint> staffOnly() {
		return ProtectedEndpoints.with(STAFF, STAFF_OF, ADMIN);
	}

	static Stream<Endpoint> adminOnly() {
		return ProtectedEndpoints.with(ADMIN);
	}

	static Stream<Endpoint> oneCentersRecords() {
		return ProtectedEndpoints.with(STAFF_OF);
	}

	static Stream<Endpoint> oneMembersRecords() {
		return ProtectedEndpoints.with(OWNER, API_OWNER);
	}

	/** My page's own lines, which a center's portal serves too under {@code /c/{slug}/my/...}. */
	static Stream<Endpoint> myPageInAPortal() {
		return ProtectedEndpoints.with(SIGNED_IN, OWNER).filter(e -> e.pattern().equals("/my") || e.pattern().startsWith("/my/"));
	}

	static Stream<Endpoint> oneMembersRecordsInAPortal() {
		return myPageInAPortal().filter(e -> e.access() == OWNER);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("myPageInAPortal")
	void aVisitorWithoutAnAccountIsSentToLoginFromMyPageInAPortal(Endpoint endpoint) throws Exception {
		MvcResult result = mvc.perform(request(endpoint, true, "/c/gimhae")).andReturn();
		int status = result.getResponse().getStatus();
		String where = result.getResponse().getRedirectedUrl();
		assertThat(status == 302 && where != null && where.endsWith("/login") || status == 403 || status == 404)
			.as("/c/gimhae" + endpoint + " without an account: " + describe(result)).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("oneMembersRecordsInAPortal")
	void anotherMemberIsRefusedOnMyPageInAPortal(Endpoint endpoint) throws Exception {
		var sample = endpoint.sample();
		MvcResult result = mvc.perform(request(endpoint, true, "/c/gimhae").session(as(sample.intruder))).andReturn();
		assertThat(refused(result)).as("/c/gimhae" + samples().url(endpoint) + " as " + sample.intruder + ": "
				+ describe(result)).isTrue();
		if (endpoint.method() == HttpMethod.GET && result.getResponse().getStatus() != 302) {
			MvcResult control = mvc.perform(request(endpoint, false, "/c/gimhae").session(as(sample.owner))).andReturn();
			assertThat(control.getResponse().getStatus() == 200 || control.getResponse().getStatus() == 302)
				.as("control: /c/gimhae" + samples().url(endpoint) + " as its owner " + sample.owner + ": " + describe(control))
				.isTrue();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("signInRequired")
	void aVisitorWithoutAnAccountIsSentToLoginOrRefused(Endpoint endpoint) throws Exception {
		MvcResult result = mvc.perform(request(endpoint, true)).andReturn();
		int status = result.getResponse().getStatus();
		String where = result.getResponse().getRedirectedUrl();
		if (endpoint.access().api()) {
			assertThat(status).as(endpoint + " " + describe(result)).isEqualTo(401);
		}
		else {
			assertThat(status == 302 && where != null && where.endsWith("/login") || status == 403 || status == 404)
				.as(endpoint + " without an account: " + describe(result)).isTrue();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("staffOnly")
	void aMemberWithoutStaffRightsIsRefused(Endpoint endpoint) throws Exception {
		MvcResult result = mvc.perform(request(endpoint, true).session(as(Probe.MEMBER))).andReturn();
		assertThat(result.getResponse().getStatus()).as(endpoint + " as " + Probe.MEMBER + ": " + describe(result))
			.isEqualTo(403);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("adminOnly")
	void staffWhoAreNotSystemAdministratorsAreRefused(Endpoint endpoint) throws Exception {
		MvcResult result = mvc.perform(request(endpoint, true).session(as(Probe.STAFF_GIMHAE))).andReturn();
		assertThat(refused(result)).as(endpoint + " as " + Probe.STAFF_GIMHAE + ": " + describe(result)).isTrue();
		if (endpoint.method() == HttpMethod.GET && samples().complete(endpoint)) {
			MvcResult control = mvc.perform(request(endpoint, true).session(as(Probe.ADMIN))).andReturn();
			assertThat(control.getResponse().getStatus()).as("control: " + endpoint + " as admin " + describe(control))
				.isEqualTo(200);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("oneCentersRecords")
	void staffOfAnotherCenterAreRefused(Endpoint endpoint) throws Exception {
		var sample = endpoint.sample();
		MvcResult result = mvc.perform(request(endpoint, true).session(as(sample.intruder))).andReturn();
		assertThat(refused(result)).as(endpoint + " " + samples().url(endpoint) + " as " + sample.intruder + ": "
				+ describe(result)).isTrue();
		ownerOpensIt(endpoint, result);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("oneMembersRecords")
	void anotherMemberIsRefused(Endpoint endpoint) throws Exception {
		var sample = endpoint.sample();
		MvcResult result;
		if (endpoint.access().api()) {
			result = mvc.perform(request(endpoint, false).header("Authorization", "Bearer " + tokenOf(sample.intruder)))
				.andReturn();
			int status = result.getResponse().getStatus();
			assertThat(status == 403 || status == 404 || status == 409 || status == 422)
				.as(endpoint + " " + samples().url(endpoint) + " with the token of " + sample.intruder + ": " + describe(result))
				.isTrue();
		}
		else {
			result = mvc.perform(request(endpoint, true).session(as(sample.intruder))).andReturn();
			assertThat(refused(result)).as(endpoint + " " + samples().url(endpoint) + " as " + sample.intruder + ": "
					+ describe(result)).isTrue();
		}
		ownerOpensIt(endpoint, result);
	}

	/**
	 * The same page opened by the record's owner works: the probe above points at a real record. A
	 * download the owner cannot have yet (a certificate before completion) may send the owner back
	 * with a reason, as long as the intruder got a plain 403 or 404 or was sent back for another reason.
	 */
	private void ownerOpensIt(Endpoint endpoint, MvcResult intruder) throws Exception {
		if (endpoint.method() != HttpMethod.GET) {
			return;
		}
		assertThat(samples().complete(endpoint)).as("the demo data has a record for " + endpoint + ": "
				+ samples().url(endpoint)).isTrue();
		String owner = endpoint.sample().owner;
		var request = request(endpoint, false);
		if (endpoint.access().api()) {
			request.header("Authorization", "Bearer " + tokenOf(owner));
		}
		else {
			request.session(as(owner));
		}
		MvcResult control = mvc.perform(request).andReturn();
		int intruderStatus = intruder.getResponse().getStatus();
		if (control.getResponse().getStatus() == 302 && (intruderStatus == 403 || intruderStatus == 404)) {
			return;
		}
		if (control.getResponse().getStatus() == 302 && intruderStatus == 302) {
			assertThat((Object) intruder.getFlashMap()).as("control: " + endpoint + " the owner is sent back for another reason than"
					+ " the intruder: " + describe(control) + " / " + describe(intruder)).isNotEqualTo(control.getFlashMap());
			return;
		}
		assertThat(control.getResponse().getStatus()).as("control: " + endpoint + " " + samples().url(endpoint)
				+ " as its owner " + owner + ": " + describe(control)).isEqualTo(200);
	}

	@Test
	void anotherCentersOrganizationsAreNeitherListedNorExported() throws Exception {
		String id = samples().values(ProtectedEndpoints.Sample.GIMHAE_ORGANIZATION).get("id");
		String name = jdbc.queryForObject("select name from enterprises_organization where id = " + id, String.class);
		String gimhae = samples().center("gimhae");
		var list = MockMvcRequestBuilders.get("/admin/organizations")
			.param("center", gimhae).param("q", name);
		String mine = mvc.perform(list.session(as(Probe.STAFF_GIMHAE))).andReturn().getResponse().getContentAsString();
		String link = "href=\"/admin/organizations/" + id + "\"";
		assertThat(mine).as("control: 김해's staff find the organization").contains(link);
		var busan = as(Probe.STAFF_BUSAN);
		MvcResult theirs = mvc.perform(MockMvcRequestBuilders.get("/admin/organizations")
			.param("center", gimhae).param("q", name).session(busan)).andReturn();
		assertThat(theirs.getResponse().getContentAsString()).as("부산's staff listing 김해's organizations: " + describe(theirs))
			.doesNotContain(link);

		for (String format : new String[] { "CSV", "XLSX" }) {
			var export = MockMvcRequestBuilders.post("/admin/organizations/export")
				.param("center", gimhae).param("q", name).param("format", format).param("personal", "true")
				.param("reason", "보안 점검 목적의 내려받기").with(
						SecurityMockMvcRequestPostProcessors.csrf());
			MvcResult own = mvc.perform(export.session(as(Probe.STAFF_GIMHAE))).andReturn();
			own.getAsyncResult();
			MvcResult other = mvc.perform(MockMvcRequestBuilders
				.post("/admin/organizations/export").param("center", gimhae).param("q", name).param("format", format)
				.param("personal", "true").param("reason", "보안 점검 목적의 내려받기").session(busan)
				.with(SecurityMockMvcRequestPostProcessors.csrf()))
				.andReturn();
			if (other.getRequest().isAsyncStarted()) {
				other.getAsyncResult();
			}
			byte[] ownBytes = mvc.perform(MockMvcRequestBuilders.asyncDispatch(own))
				.andReturn().getResponse().getContentAsByteArray();
			byte[] otherBytes = other.getRequest().isAsyncStarted() ? mvc.perform(
					MockMvcRequestBuilders.asyncDispatch(other)).andReturn()
				.getResponse().getContentAsByteArray() : other.getResponse().getContentAsByteArray();
			if ("CSV".equals(format)) {
				assertThat(new String(ownBytes, StandardCharsets.UTF_8)).as("control: 김해's export").contains(name);
				assertThat(new String(otherBytes, StandardCharsets.UTF_8)).as("부산's export of 김해")
					.doesNotContain(name);
			}
			else {
				assertThat(otherBytes.length).as("부산's XLSX export of 김해 is smaller than 김해's own").isLessThan(ownBytes.length);
			}
		}
	}
}
