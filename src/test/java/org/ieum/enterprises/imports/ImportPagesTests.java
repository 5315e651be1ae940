package org.ieum.enterprises.imports;

import org.ieum.shared.imports.KeptUploads;
import org.ieum.shared.imports.TableFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.ieum.enterprises.imports.ImportFiles.freshNumber;
import static org.ieum.enterprises.imports.ImportFiles.wrongCheckDigit;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IeumSpringTest
class ImportPagesTests {

	static final String PASSWORD = "ieum2026!";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andReturn().getRequest().getSession();
	}

	long centerId(String slug) {
		return jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, slug);
	}

	int count(String formattedNumber) {
		return jdbc.queryForObject("select count(*) from enterprises_organization where business_number = ?", Integer.class,
				formattedNumber.replace("-", ""));
	}

	long upload(MockHttpSession session, String fileName, byte[] bytes, String center) throws Exception {
		String location = mvc.perform(multipart("/admin/organizations/import")
				.file(new MockMultipartFile("file", fileName, "text/csv", bytes))
				.param("center", center).param("encoding", "auto").with(csrf()).session(session))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	byte[] centerList(String good, String goodName, String typo) {
		Path file = ImportFiles.csv("센터목록.csv", List.of(
				List.of("부산 사회적경제기업 목록"),
				OrganizationImportsTests.CENTER_WITH_NUMBER,
				List.of("마을기업", goodName, "송대표", "051-222-3333", "부산 수영구 광안로 9", "수영구", "", "음식", "국밥", "2021", good),
				List.of("협동조합", OrganizationImportsTests.unique("오타"), "", "", "부산 수영구 2", "수영구", "", "", "", "", typo)),
				TableFile.CP949, false);
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void uploadPreviewThenConfirmOnlyTheValidRows() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		String good = freshNumber();
		String goodName = OrganizationImportsTests.unique("광안마을");
		String typo = wrongCheckDigit(freshNumber());
		long id = upload(staff, "센터목록.csv", centerList(good, goodName, typo), String.valueOf(centerId("busan")));

		mvc.perform(get("/admin/organizations/import/" + id).session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CP949")))
			.andExpect(content().string(containsString(goodName)))
			.andExpect(content().string(containsString("<th scope=\"row\">4</th>")))
			.andExpect(content().string(containsString("사업자등록번호가 올바르지 않습니다(자릿수 또는 검증번호 오류): " + typo)));
		assertThat(count(good)).as("nothing before the confirmation").isZero();

		mvc.perform(get("/admin/organizations/import/" + id).session(staff))
			.andExpect(content().string(containsString("type=\"radio\" id=\"allOrNothing\" name=\"validRowsOnly\" value=\"false\" required")))
			.andExpect(content().string(containsString("type=\"radio\" id=\"validRowsOnly\" name=\"validRowsOnly\" value=\"true\" required")))
			.andExpect(content().string(containsString("문제 있는 행이 있으면 아무것도 가져오지 않기")))
			.andExpect(content().string(containsString("올바른 행만 가져오고 나머지 1개 행은 건너뛰기")))
			.andExpect(content().string(containsString("새로 등록될 조직 1곳")))
			.andExpect(content().string(not(containsString("앞의 50곳"))));

		mvc.perform(post("/admin/organizations/import/" + id + "/confirm").with(csrf()).session(staff))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "imports.preview.chooseMode"));
		assertThat(count(good)).as("rejected rows never import silently").isZero();

		mvc.perform(post("/admin/organizations/import/" + id + "/confirm").param("validRowsOnly", "false").with(csrf())
				.session(staff))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "imports.preview.rejectedNotConfirmed"));
		assertThat(count(good)).as("all or nothing, as chosen").isZero();

		mvc.perform(post("/admin/organizations/import/" + id + "/confirm").param("validRowsOnly", "true").with(csrf())
				.session(staff))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/admin/organizations/import/done"));
		assertThat(count(good)).isOne();
		assertThat(jdbc.queryForObject("select status from shared_import where id = ?", String.class, id))
			.isEqualTo("APPLIED");
		String stored = jdbc.queryForObject("select stored_file from shared_import where id = ?", String.class, id);
		assertThat(Path.of("target/test-data/imports", stored)).doesNotExist();
		assertThat(jdbc.queryForObject("select source from enterprises_designation d join enterprises_organization o"
				+ " on o.id = d.organization_id where o.business_number = ?", String.class, good.replace("-", "")))
			.startsWith("IMPORT:센터목록.csv ");

		mvc.perform(post("/admin/organizations/import/" + id + "/confirm").param("validRowsOnly", "true").with(csrf())
				.session(staff))
			.andExpect(flash().attribute("error", "imports.refused.alreadyApplied"));
	}

	@Autowired
	KeptUploads uploads;

	@Test
	void uploadsNobodyConfirmedExpireWithTheirFiles() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		long id = upload(staff, "old.csv", centerList(freshNumber(), OrganizationImportsTests.unique("묵은"),
				wrongCheckDigit(freshNumber())), String.valueOf(centerId("busan")));
		long fresh = upload(staff, "new.csv", centerList(freshNumber(), OrganizationImportsTests.unique("새것"),
				wrongCheckDigit(freshNumber())), String.valueOf(centerId("busan")));
		Path stored = Path.of("target/test-data/imports",
				jdbc.queryForObject("select stored_file from shared_import where id = ?", String.class, id));
		assertThat(stored).exists();
		jdbc.update("update shared_import set created_at = created_at - interval '25' hour where id = ?", id);

		uploads.expire();

		assertThat(jdbc.queryForObject("select count(*) from shared_import where id = ?", Integer.class, id)).isZero();
		assertThat(stored).doesNotExist();
		assertThat(jdbc.queryForObject("select count(*) from shared_import where id = ?", Integer.class, fresh)).isOne();
		mvc.perform(get("/admin/organizations/import/" + id).session(staff)).andExpect(status().isNotFound());
	}

	@Test
	void discardingAnUploadDeletesItsFileAndImportsNothing() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		String number = freshNumber();
		long id = upload(staff, "discard.csv", centerList(number, OrganizationImportsTests.unique("버림"),
				wrongCheckDigit(freshNumber())), String.valueOf(centerId("busan")));
		Path stored = Path.of("target/test-data/imports",
				jdbc.queryForObject("select stored_file from shared_import where id = ?", String.class, id));

		mvc.perform(post("/admin/organizations/import/" + id + "/discard").with(csrf()).session(staff))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "imports.discarded"));

		assertThat(stored).doesNotExist();
		assertThat(jdbc.queryForObject("select count(*) from shared_import where id = ?", Integer.class, id)).isZero();
		assertThat(count(number)).isZero();
	}

	@Test
	void staffOfAnotherCenterGet403() throws Exception {
		MockHttpSession busan = login("staff.busan@ieum.example");
		long id = upload(busan, "list.csv", centerList(freshNumber(), OrganizationImportsTests.unique("남의것"),
				wrongCheckDigit(freshNumber())), String.valueOf(centerId("busan")));
		MockHttpSession gimhae = login("staff.gimhae@ieum.example");

		mvc.perform(get("/admin/organizations/import/" + id).session(gimhae)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/organizations/import/" + id + "/confirm").param("validRowsOnly", "true").with(csrf())
				.session(gimhae))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/admin/organizations/import")
				.file(new MockMultipartFile("file", "list.csv", "text/csv", centerList(freshNumber(), "x", "1")))
				.param("center", String.valueOf(centerId("busan"))).with(csrf()).session(gimhae))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select status from shared_import where id = ?", String.class, id))
			.isEqualTo("PENDING");
	}

	@Test
	void aFileThatIsNotAListIsRefusedInKoreanAndNothingIsKept() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		long before = jdbc.queryForObject("select count(*) from shared_import", Long.class);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0,
				0, 0, 1, 8, 2, 0, 0, 0 };
		mvc.perform(multipart("/admin/organizations/import").file(new MockMultipartFile("file", "list.csv", "text/csv", png))
				.param("center", String.valueOf(centerId("busan"))).with(csrf()).session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CSV 또는 XLSX 파일이 아닙니다")));
		mvc.perform(multipart("/admin/organizations/import")
				.file(new MockMultipartFile("file", "list.csv", "text/csv", "이름,수량\r\n사과,3\r\n".getBytes(StandardCharsets.UTF_8)))
				.param("center", String.valueOf(centerId("busan"))).with(csrf()).session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("알아볼 수 있는 열 이름이 없습니다")));
		assertThat(jdbc.queryForObject("select count(*) from shared_import", Long.class)).isEqualTo(before);
	}

	@Test
	void exportOfPublicFieldsIsCsvWithBomAndKoreanAndNeedsNoReason() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		long logged = jdbc.queryForObject("select count(*) from identity_personal_data_access where action = 'EXPORT'", Long.class);
		mvc.perform(get("/admin/organizations/export?center=" + centerId("busan")).session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("대표자와 대표번호(개인정보) 포함")));

		MvcResult started = mvc.perform(post("/admin/organizations/export").param("center", String.valueOf(centerId("busan")))
				.param("format", "CSV").with(csrf()).session(staff))
			.andExpect(request().asyncStarted())
			.andReturn();
		byte[] csv = mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn().getResponse().getContentAsByteArray();

		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8);
		String headings = text.lines().findFirst().orElseThrow();
		assertThat(headings).contains("조직명,사업자등록번호,시도").doesNotContain("대표자");
		String anyName = jdbc.queryForObject("""
				select min(o.name) from enterprises_organization o join enterprises_organization_center c
				on c.organization_id = o.id where c.center_id = ?""", String.class, centerId("busan"));
		assertThat(text).contains(anyName);
		assertThat(jdbc.queryForObject("select count(*) from identity_personal_data_access where action = 'EXPORT'", Long.class))
			.isEqualTo(logged);
	}

	@Test
	void exportWithPersonalFieldsAsksForAReasonAndLogsIt() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		mvc.perform(post("/admin/organizations/export").param("format", "XLSX").param("personal", "true").with(csrf())
				.session(staff))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", containsString("error=imports.export.reasonRequired")));
		mvc.perform(get("/admin/organizations/export?format=XLSX&personal=true&error=imports.export.reasonRequired")
				.session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("사유를 5자 이상 적어 주세요")));

		String reason = "지원사업 안내 우편 발송 " + System.nanoTime();
		MvcResult started = mvc.perform(post("/admin/organizations/export").param("format", "XLSX").param("personal", "true")
				.param("reason", reason).with(csrf()).session(staff))
			.andExpect(request().asyncStarted())
			.andReturn();
		byte[] xlsx = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var header = workbook.getSheetAt(0).getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("조직명");
			assertThat(header.getCell(header.getLastCellNum() - 2).getStringCellValue()).isEqualTo("대표자");
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isPositive();
		}
		assertThat(jdbc.queryForObject("select count(*) from identity_personal_data_access where action = 'EXPORT' and reason = ?",
				Long.class, reason)).isOne();
	}

	@Test
	void theStaffListLinksToImportAndExport() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		mvc.perform(get("/admin/organizations?q=abc").session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/organizations/import\"")))
			.andExpect(content().string(containsString("/admin/organizations/export?")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void theUploadPageOffersASampleOfEachListThatImportsCleanlyAndShowsNoCommand() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		mvc.perform(get("/admin/organizations/import").session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("java -jar"))))
			.andExpect(content().string(containsString("/admin/organizations/import/samples/CENTER_LIST")))
			.andExpect(content().string(containsString("CSV, EUC-KR(CP949) 보기 파일")));

		for (ListSamples.Sample sample : ListSamples.Sample.values()) {
			byte[] bytes = mvc.perform(get("/admin/organizations/import/samples/" + sample).session(staff))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", containsString("attachment")))
				.andReturn().getResponse().getContentAsByteArray();
			switch (sample.getFormat()) {
				case XLSX -> assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
				case CSV_UTF8 -> assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
				case CSV_CP949 -> assertThat(new String(bytes, TableFile.CP949)).contains("업체명");
			}
			assertThat(ListSamples.rows(sample)).allSatisfy(row -> assertThat(row)
				.noneMatch(cell -> !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0));

			long id = upload(staff, sample.fileName(), bytes,
					String.valueOf(centerId("busan")));
			mvc.perform(get("/admin/organizations/import/" + id).session(staff))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<dd id=\"count-created\">"
						+ (ListSamples.rows(sample).stream().filter(r -> r.size() > 1).count() - 1) + "</dd>")))
				.andExpect(content().string(containsString("<dd id=\"count-rejected\">0</dd>")))
				.andExpect(content().string(containsString("<dd id=\"count-region-unknown\">0</dd>")));
			mvc.perform(post("/admin/organizations/import/" + id + "/discard").with(csrf()).session(staff));
		}
	}
}
