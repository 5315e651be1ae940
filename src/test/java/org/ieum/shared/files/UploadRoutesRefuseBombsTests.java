package org.ieum.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import org.ieum.support.Flashes;
import org.ieum.support.DemoStaff;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Bombs sent through the modules' own upload pages are refused in Korean and leave nothing behind. */
@IeumSpringTest
class UploadRoutesRefuseBombsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpSession staff(String slug) throws Exception {
		return DemoStaff.session(mvc, slug);
	}

	long centerId(String slug) {
		return DemoStaff.centerId(jdbc, slug);
	}

	@Test
	void aSpacePhotoOf30000By30000PixelsIsRefused() throws Exception {
		long space = jdbc.queryForObject("select min(id) from spaces_space where center_id = ?", Long.class,
				centerId("gimhae"));
		int before = jdbc.queryForObject("select count(*) from spaces_photo", Integer.class);
		mvc.perform(multipart("/admin/spaces/" + space + "/photos")
				.file(new MockMultipartFile("photo", "큰사진.png", "image/png", Bombs.png(30_000)))
				.param("altText", "회의실 전경").with(csrf()).session(staff("gimhae")))
			.andExpect(Flashes.error(containsString("화소 수가 너무 많습니다")));
		assertThat(jdbc.queryForObject("select count(*) from spaces_photo", Integer.class)).isEqualTo(before);
	}

	@Test
	void aCourseMaterialThatInflatesTo2GigabytesIsRefused() throws Exception {
		long course = jdbc.queryForObject("select min(id) from education_course where center_id = ?", Long.class,
				centerId("gimhae"));
		int before = jdbc.queryForObject("select count(*) from education_material", Integer.class);
		mvc.perform(multipart("/admin/education/" + course + "/materials")
				.file(new MockMultipartFile("file", "교재.docx", "application/octet-stream", Bombs.docx(2048)))
				.param("title", "교재").with(csrf()).session(staff("gimhae")))
			.andExpect(flash().attribute("error", "files.refused.unpacked"));
		assertThat(jdbc.queryForObject("select count(*) from education_material", Integer.class)).isEqualTo(before);
	}

	@Test
	void anImportedListThatInflatesTo2GigabytesIsRefusedBeforeItIsOpened() throws Exception {
		int before = jdbc.queryForObject("select count(*) from shared_import", Integer.class);
		mvc.perform(multipart("/admin/organizations/import")
				.file(new MockMultipartFile("file", "목록.xlsx", "application/octet-stream", Bombs.docx(2048)))
				.param("center", String.valueOf(centerId("busan"))).param("encoding", "auto").with(csrf())
				.session(staff("busan")))
			.andExpect(content().string(containsString("압축을 풀면 지나치게 커지는 파일")));
		assertThat(jdbc.queryForObject("select count(*) from shared_import", Integer.class)).isEqualTo(before);
	}
}
