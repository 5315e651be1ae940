package org.ieum.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockMultipartFile;

/**
 * A file name is only a label: an upload named like a path is stored under a name Ieum makes and
 * offered back without the path, and a download address never reaches outside the stored files.
 */
class PathTraversalProbes extends ProbeSupport {

	static List<String> names() {
		return List.of("../../etc/passwd.pdf", "..\\..\\windows\\win.ini.pdf", "%2e%2e%2f%2e%2e%2fetc%2fpasswd.pdf",
				"/etc/passwd.pdf", "C:\\boot.ini.pdf", "..%c0%af..%c0%afetc.pdf", "....//....//x.pdf");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("names")
	void anAttachmentNamedLikeAPathStaysAnAttachment(String name) throws Exception {
		String request = samples().values(ProtectedEndpoints.Sample.CITIZEN_CONSULTING).get("id");
		var citizen = as(Probe.CITIZEN);
		long before = jdbc.queryForObject("select coalesce(max(id), 0) from consulting_attachment", Long.class);
		var result = mvc.perform(multipart("/my/consulting/" + request + "/files")
			.file(new MockMultipartFile("file", name, "application/pdf", SMALL_PDF)).session(citizen).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).as(name + ": " + describe(result)).isLessThan(500);
		List<Long> made = jdbc.queryForList("select id from consulting_attachment where id > " + before, Long.class);
		for (Long id : made) {
			String stored = jdbc.queryForObject("select stored_file from consulting_attachment where id = " + id, String.class);
			assertThat(stored).as("stored file name for " + name).doesNotContain("..").doesNotContain("/").doesNotContain("\\");
			var download = mvc.perform(get("/consulting/files/" + id).session(citizen)).andReturn();
			assertThat(download.getResponse().getStatus()).isEqualTo(200);
			assertThat(download.getResponse().getContentAsByteArray()).as("the file that was sent").isEqualTo(SMALL_PDF);
			String disposition = download.getResponse().getHeader("Content-Disposition");
			assertThat(disposition).as("download name").doesNotContain("../").doesNotContain("..\\").doesNotContain("/etc")
				.doesNotContain("filename=\"/");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("names")
	void anApplicationFileNamedLikeAPathStaysAFile(String name) throws Exception {
		var application = samples().values(ProtectedEndpoints.Sample.CITIZEN_APPLICATION);
		var citizen = as(Probe.CITIZEN);
		long before = jdbc.queryForObject("select coalesce(max(id), 0) from programs_file", Long.class);
		var result = mvc.perform(multipart("/my/programs/" + application.get("id") + "/files")
			.file(new MockMultipartFile("file", name, "application/pdf", SMALL_PDF)).param("fieldId", application.get("fileFieldId"))
			.session(citizen).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).as(name + ": " + describe(result)).isLessThan(500);
		for (Long id : jdbc.queryForList("select id from programs_file where id > " + before, Long.class)) {
			String stored = jdbc.queryForObject("select stored_name from programs_file where id = " + id, String.class);
			assertThat(stored).as("stored file name for " + name).doesNotContain("..").doesNotContain("/").doesNotContain("\\");
			var download = mvc.perform(get("/my/programs/files/" + id).session(citizen)).andReturn();
			assertThat(download.getResponse().getStatus()).isEqualTo(200);
			assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(SMALL_PDF);
			assertThat(download.getResponse().getHeader("Content-Disposition")).doesNotContain("../").doesNotContain("..\\")
				.doesNotContain("filename=\"/");
		}
	}

	static Stream<String> downloads() {
		return Stream.of("/consulting/files/..%2f..%2f..%2fetc%2fpasswd", "/consulting/files/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
				"/consulting/files/-1", "/consulting/files/1%00.pdf", "/my/programs/files/..%2f..%2fetc%2fpasswd",
				"/my/programs/files/0", "/education/materials/..%252f..%252fetc%252fpasswd", "/education/materials/-1",
				"/organizations/photos/..%2f..%2fetc%2fpasswd", "/organizations/photos/99999999",
				"/c/busan/spaces/photos/..%2f..%2fetc%2fpasswd", "/spaces/feeds/..%2f..%2fetc%2fpasswd.ics",
				"/spaces/feeds/%2e%2e%2f%2e%2e%2fdata.ics", "/my/education/1/certificate.pdf/..%2f..%2f..%2fetc%2fpasswd",
				"/c/busan/statistics/..%2f..%2fetc%2fpasswd.csv", "/statistics/%2e%2e%2fapplication.csv",
				"/webjars/..%2f..%2fetc%2fpasswd", "/css/..%2f..%2fapplication.properties", "/..%2f..%2fetc%2fpasswd");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("downloads")
	void aDownloadAddressCannotPointOutside(String url) throws Exception {
		var result = mvc.perform(get(URI.create(url)).session(as(Probe.CITIZEN))).andReturn();
		int status = result.getResponse().getStatus();
		String body = result.getResponse().getContentAsString();
		assertThat(status).as(url + ": " + describe(result)).isIn(400, 403, 404);
		assertThat(body).doesNotContain("root:").doesNotContain("spring.datasource").doesNotContain("[fonts]");
	}
}
