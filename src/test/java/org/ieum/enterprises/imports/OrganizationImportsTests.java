package org.ieum.enterprises.imports;

import org.ieum.shared.imports.TableFile;
import org.ieum.shared.imports.ImportRefused;
import org.ieum.shared.imports.RowProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ieum.enterprises.imports.ImportFiles.csv;
import static org.ieum.enterprises.imports.ImportFiles.freshNumber;
import static org.ieum.enterprises.imports.ImportFiles.wrongCheckDigit;
import static org.ieum.enterprises.imports.ImportFiles.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

import org.ieum.centers.CentersApi;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IeumSpringTest
class OrganizationImportsTests {

	static final List<String> LABOR = List.of("지역", "인증번호", "기관명", "사업내용", "사회적목적실현유형", "사회서비스분야",
			"사업자등록번호", "대표자", "소재지", "홈페이지", "인증일자", "인증회차");

	static final List<String> VILLAGE = List.of("연번", "시도", "시군구", "소재지", "마을기업명", "유형", "주 업종",
			"주 생산품 또는 서비스명", "사업내용", "사업자등록번호 (-포함 작성)");

	static final List<String> SELF_SUFFICIENCY = List.of("순번", "시도", "시군구", "자활기업", "자활기업구분", "대표자명", "업종",
			"사업자구분", "주소");

	static final List<String> CENTER = List.of("기업현황", "업체명", "대표자", "대표번호", "주소", "구 부분", "공식채널", "업종·업태",
			"주요사업", "인·지정연도");

	@Autowired
	OrganizationImports imports;

	@Autowired
	CentersApi centers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StoredRegions storedRegions;

	long busan() {
		return centers.findBySlug("busan").orElseThrow().id();
	}

	static String unique(String name) {
		return name + " " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
	}

	ImportReport preview(Path path) {
		return imports.preview(TableFile.inspect(path, Optional.empty()), path.getFileName().toString(), busan());
	}

	ImportReport apply(Path path, boolean validRowsOnly) {
		return imports.apply(TableFile.inspect(path, Optional.empty()), path.getFileName().toString(), busan(),
				validRowsOnly, n -> {
				}, r -> {
				});
	}

	Map<String, Object> organization(String formattedNumber) {
		return jdbc.queryForMap("select * from enterprises_organization where business_number = ?",
				formattedNumber.replace("-", ""));
	}

	int count(String formattedNumber) {
		return jdbc.queryForObject("select count(*) from enterprises_organization where business_number = ?", Integer.class,
				formattedNumber.replace("-", ""));
	}

	List<Map<String, Object>> designations(String formattedNumber) {
		return jdbc.queryForList("""
				select d.* from enterprises_designation d join enterprises_organization o on o.id = d.organization_id
				where o.business_number = ? order by d.type""", formattedNumber.replace("-", ""));
	}

	int historyRows(String formattedNumber) {
		return jdbc.queryForObject("""
				select count(*) from enterprises_change c join enterprises_organization o on o.id = c.organization_id
				where o.business_number = ?""", Integer.class, formattedNumber.replace("-", ""));
	}

	@Test
	void laborListXlsxBelowTitleRowsReportsEveryRejectedRowWithItsSpreadsheetNumber() {
		String good = freshNumber();
		String typo = wrongCheckDigit(freshNumber());
		String other = freshNumber();
		String name = unique("행복나눔");
		Path file = xlsx("sociale.xlsx", List.of(
				List.of("2025년 인증 사회적기업 현황"),
				List.of("(기준일: 2025. 6. 30.)"),
				List.of(),
				LABOR,
				List.of("부산", "제2012-101호", name, "도시락 제조", "일자리제공형", "사회복지", good, "김대표", "부산 사상구 테스트로 1",
						"https://example.org", "2012-05-30", "12"),
				List.of("부산", "제2013-202호", unique("번호오류"), "청소", "일자리제공형", "", typo, "이대표", "부산 동래구", "", "2013.1.5", "13"),
				List.of("부산", "제2014-303호", "", "청소", "일자리제공형", "", other, "박대표", "부산 동래구", "", "2014-02-01", "14"),
				List.of("부산", "제2015-404호", unique("유형오류"), "청소", "무슨형", "", freshNumber(), "최대표", "부산", "", "2015-02-01", "15")));

		ImportReport preview = preview(file);

		assertThat(preview.list()).isEqualTo(PublicList.SOCIAL_ENTERPRISES);
		assertThat(preview.headerRow()).isEqualTo(4);
		assertThat(preview.created()).isEqualTo(1);
		assertThat(preview.rejectedRows()).extracting(ImportReport.RejectedRow::rowNumber).containsExactly(6, 7, 8);
		assertThat(preview.rejectedRows().get(0).problems()).extracting(RowProblem::messageKey)
			.containsExactly("imports.reject.businessNumber");
		assertThat(preview.rejectedRows().get(1).problems()).extracting(RowProblem::messageKey)
			.containsExactly("imports.reject.name");
		assertThat(preview.rejectedRows().get(2).problems()).extracting(RowProblem::messageKey)
			.containsExactly("imports.reject.purpose");
		assertThat(count(good)).as("a preview keeps nothing").isZero();

		ImportReport applied = apply(file, true);

		assertThat(applied.applied()).isTrue();
		assertThat(applied.summaryLine()).isEqualTo("created=1 updated=0 unchanged=0 rejected=3");
		Map<String, Object> organization = organization(good);
		assertThat(organization.get("name")).isEqualTo(name);
		assertThat(organization.get("representative")).isEqualTo("김대표");
		assertThat(organization.get("social_purpose")).isEqualTo("JOBS");
		assertThat(organization.get("road_address")).isEqualTo("부산 사상구 테스트로 1");
		List<Map<String, Object>> designations = designations(good);
		assertThat(designations).hasSize(1);
		assertThat(designations.get(0).get("type")).isEqualTo("SOCIAL_ENTERPRISE");
		assertThat(designations.get(0).get("number")).isEqualTo("제2012-101호");
		assertThat(designations.get(0).get("certification_round")).isEqualTo(12);
		assertThat(designations.get(0).get("designated_on").toString()).isEqualTo("2012-05-30");
		assertThat((String) designations.get(0).get("source")).startsWith("IMPORT:sociale.xlsx 20");
		assertThat(historyRows(good)).as("created and designation, like a manual registration").isEqualTo(2);
	}

	@Test
	void villageListXlsxTakesTheStageAndRejectsAnUnknownOne() {
		String number = freshNumber();
		String bad = freshNumber();
		Path file = xlsx("village.xlsx", List.of(
				List.of("마을기업 현황"),
				VILLAGE,
				List.of("1", "부산광역시", "사하구", "부산 사하구 마을길 3", unique("감천마을"), "재지정", "음식점업", "두부", "마을 식당", number),
				List.of("2", "부산광역시", "사하구", "부산 사하구 마을길 4", unique("이상마을"), "특별형", "제조업", "빵", "빵집", bad)));

		ImportReport report = apply(file, true);

		assertThat(report.list()).isEqualTo(PublicList.VILLAGE_ENTERPRISES);
		assertThat(report.created()).isEqualTo(1);
		assertThat(report.rejectedRows()).singleElement().satisfies(r -> {
			assertThat(r.rowNumber()).isEqualTo(4);
			assertThat(r.problems()).extracting(RowProblem::messageKey).containsExactly("imports.reject.stage");
		});
		assertThat(designations(number)).singleElement().satisfies(d -> {
			assertThat(d.get("type")).isEqualTo("VILLAGE_ENTERPRISE");
			assertThat(d.get("village_stage")).isEqualTo("REDESIGNATED");
		});
		assertThat(organization(number).get("industry")).isEqualTo("I");
		assertThat(organization(number).get("main_business")).isEqualTo("마을 식당 / 두부");
	}

	@Test
	void centerListInCp949WithoutNumbersCreatesByNameAndAddressSplitsItsTypesAndRejectsUnknownTypes() {
		String name = unique("우리협동조합");
		Path file = csv("center.csv", List.of(
				List.of("부산광역시 사회적경제기업 현황"),
				List.of(),
				CENTER,
				List.of("사회적기업/사회적협동조합", name, "정대표", "051-000-0000", "부산 해운대구 센텀로 5", "해운대구",
						"https://blog.example", "교육 서비스업", "방과후 교육", "2019"),
				List.of("사회적기업/이상한기업", unique("엉뚱"), "한대표", "051-111-1111", "부산 중구 중앙대로 1", "중구", "", "제조", "비누",
						"2020")), TableFile.CP949, false);

		TableFile detected = TableFile.inspect(file, Optional.empty());
		assertThat(detected.encodingName()).isEqualTo("CP949");
		assertThatThrownBy(() -> imports.preview(TableFile.inspect(file, TableFile.encodingNamed("utf-8")), "center.csv", busan()))
			.as("read as UTF-8 the Korean headings are garbage")
			.isInstanceOf(ImportRefused.class).hasMessage("imports.refused.columns");

		ImportReport report = imports.apply(TableFile.inspect(file, TableFile.encodingNamed("cp949")), "center.csv", busan(),
				true, n -> {
				}, r -> {
				});

		assertThat(report.list()).isEqualTo(PublicList.CENTER_LIST);
		assertThat(report.headerRow()).isEqualTo(3);
		assertThat(report.created()).as("a row without a number is a new organization").isEqualTo(1);
		assertThat(report.rows()).singleElement().satisfies(r -> {
			assertThat(r.match()).isEqualTo(ImportReport.Match.NEW);
			assertThat(r.outcome()).isEqualTo(ImportReport.Outcome.CREATED);
		});
		assertThat(report.rejectedRows()).singleElement().satisfies(r -> {
			assertThat(r.rowNumber()).isEqualTo(5);
			assertThat(r.problems()).singleElement().isEqualTo(RowProblem.of("imports.reject.type", "이상한기업"));
		});
		Map<String, Object> organization = byName(name);
		assertThat(organization.get("business_number")).isNull();
		assertThat(organization.get("sido")).as("derived from the address, in its official name").isEqualTo("부산광역시");
		assertThat(organization.get("sigungu")).isEqualTo("해운대구");
		assertThat(organization.get("social_channels")).isEqualTo("https://blog.example");
		assertThat(organization.get("industry")).isEqualTo("P");
		assertThat(designationsByName(name)).extracting(d -> d.get("type")).containsExactly("SOCIAL_COOPERATIVE",
				"SOCIAL_ENTERPRISE");

		// the same organization in a list that has numbers: found by name and address, the number filled in
		String number = freshNumber();
		ImportReport numbered = apply(xlsx("labor.xlsx", List.of(LABOR, List.of("부산", "제2019-301호", name, "방과후 교육",
				"사회서비스제공형", "교육", number, "정대표", "부산광역시 해운대구 센텀로 5", "", "2019-03-01", "18"))), false);

		assertThat(numbered.summaryLine()).isEqualTo("created=0 updated=1 unchanged=0 rejected=0");
		assertThat(numbered.byNameAndAddress()).isOne();
		assertThat(numbered.rows()).singleElement().satisfies(r -> {
			assertThat(r.match()).isEqualTo(ImportReport.Match.NAME_AND_ADDRESS);
			assertThat(r.numberAdded()).isTrue();
		});
		assertThat(count(number)).isOne();
		assertThat(organization(number).get("id")).isEqualTo(organization.get("id"));

		// and from then on by its number
		ImportReport again = apply(xlsx("labor2.xlsx", List.of(LABOR, List.of("부산", "제2019-301호", name, "방과후 교육",
				"사회서비스제공형", "교육", number, "정대표", "부산광역시 해운대구 센텀로 5", "", "2019-03-01", "18"))), false);
		assertThat(again.byNumber()).isOne();
		assertThat(again.unchanged()).isOne();
	}

	Map<String, Object> byName(String name) {
		return jdbc.queryForMap("select * from enterprises_organization where name = ?", name);
	}

	List<Map<String, Object>> designationsByName(String name) {
		return jdbc.queryForList("""
				select d.* from enterprises_designation d join enterprises_organization o on o.id = d.organization_id
				where o.name = ? order by d.type""", name);
	}

	@Test
	void regionsComeFromTheAddressInOfficialNamesWithTheRegionColumnOnlyAHint() {
		String gimhae = freshNumber();
		String busan = freshNumber();
		String goseong = freshNumber();
		String nowhere = freshNumber();
		Path file = xlsx("labor-regions.xlsx", List.of(LABOR,
				List.of("경상", "", unique("김해빵집"), "제빵", "일자리제공형", "", gimhae, "", "경남 김해시 가야로 1", "", "", ""),
				List.of("부산", "", unique("사상공방"), "공예", "일자리제공형", "", busan, "", "부산 사상구 학감대로 2", "", "", ""),
				List.of("경상", "", unique("고성어촌"), "수산", "일자리제공형", "", goseong, "", "고성군 고성읍 3", "", "", ""),
				List.of("경상", "", unique("어딘가"), "교육", "일자리제공형", "", nowhere, "", "", "", "", "")));

		ImportReport report = apply(file, false);

		assertThat(report.created()).isEqualTo(4);
		assertThat(organization(gimhae)).containsEntry("sido", "경상남도").containsEntry("sigungu", "김해시");
		assertThat(organization(busan)).containsEntry("sido", "부산광역시").containsEntry("sigungu", "사상구");
		assertThat(organization(goseong)).as("고성군 is in 강원 and 경남: the hint 경상 tells which")
			.containsEntry("sido", "경상남도").containsEntry("sigungu", "고성군");
		assertThat(organization(nowhere).get("sido")).as("경상 alone is not a 시도: never stored").isNull();
		assertThat(report.regionUnknown()).isOne();
		assertThat(report.regionUnknownRows()).singleElement().satisfies(r -> assertThat(r.rowNumber()).isEqualTo(5));
		assertThat(report.rows()).filteredOn(ImportReport.RowResult::regionComplete).hasSize(3);
	}

	@Test
	void storedRegionsAreBroughtToOfficialNames() {
		String number = freshNumber();
		String vague = freshNumber();
		apply(xlsx("old.xlsx", List.of(LABOR,
				List.of("경상", "", unique("옛지역"), "", "", "", number, "", "경남 창원시 의창구 중앙대로 1", "", "", ""),
				List.of("경상", "", unique("막연"), "", "", "", vague, "", "", "", "", ""))), false);
		// as earlier imports stored them: the labor list's 지역 as the 시도, no 시군구
		jdbc.update("update enterprises_organization set sido = '경상', sigungu = null where business_number in (?, ?)",
				number.replace("-", ""), vague.replace("-", ""));

		assertThat(storedRegions.normalize()).isGreaterThanOrEqualTo(2);

		assertThat(organization(number)).containsEntry("sido", "경상남도").containsEntry("sigungu", "창원시");
		assertThat(organization(vague).get("sido")).isNull();
		assertThat(jdbc.queryForObject("select count(*) from enterprises_organization where sido = '경상'", Integer.class))
			.isZero();
		assertThat(storedRegions.normalize()).as("nothing left to do on the next start").isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTF-8", "CP949" })
	void selfSufficiencyCsvMatchesByNameAndAddressWhenItHasNoNumber(String encoding) {
		Charset charset = encoding.equals("CP949") ? TableFile.CP949 : StandardCharsets.UTF_8;
		String number = freshNumber();
		String name = unique("늘푸른자활");
		String newcomer = unique("없는자활");
		apply(csv("seed.csv", List.of(CENTER_WITH_NUMBER, List.of("협동조합", name, "", "", "부산 북구 만덕대로 10", "북구", "", "", "",
				"", number)), StandardCharsets.UTF_8, true), false);

		Path file = csv("jahwal.csv", List.of(
				List.of("자활기업 현황 (2025년)"),
				SELF_SUFFICIENCY,
				List.of("1", "부산", "북구", name.replace(" ", "  "), "일반", "윤대표", "청소업", "법인", "부산 북구 만덕대로 10"),
				List.of("2", "부산", "북구", newcomer, "일반", "", "", "개인", "부산 북구 어딘가 1")),
				charset, false);

		ImportReport report = apply(file, true);

		assertThat(report.list()).isEqualTo(PublicList.SELF_SUFFICIENCY_ENTERPRISES);
		assertThat(report.encoding()).isEqualTo(encoding);
		assertThat(report.updated()).as("spaces in the name do not make another organization").isEqualTo(1);
		assertThat(report.created()).as("a row without a number and without a match is a new organization").isEqualTo(1);
		assertThat(report.rejected()).isZero();
		assertThat(report.rows()).extracting(ImportReport.RowResult::match)
			.containsExactly(ImportReport.Match.NAME_AND_ADDRESS, ImportReport.Match.NEW);
		assertThat(byName(newcomer)).containsEntry("sido", "부산광역시").containsEntry("sigungu", "북구")
			.containsEntry("road_address", "부산 북구 어딘가 1");
		assertThat(designationsByName(newcomer)).extracting(d -> d.get("type")).containsExactly("SELF_SUFFICIENCY");
		assertThat(designations(number)).extracting(d -> d.get("type")).containsExactly("COOPERATIVE", "SELF_SUFFICIENCY");
		assertThat(organization(number).get("representative")).isEqualTo("윤대표");
		assertThat(organization(number).get("industry")).isEqualTo("N");
	}

	static final List<String> CENTER_WITH_NUMBER = List.of("기업현황", "업체명", "대표자", "대표번호", "주소", "구 부분", "공식채널",
			"업종·업태", "주요사업", "인·지정연도", "사업자등록번호");

	@Test
	void utf8WithByteOrderMarkAndARowSavedInAnotherEncodingRejectsOnlyThatRow() {
		String number = freshNumber();
		String broken = freshNumber();
		String header = String.join(",", CENTER_WITH_NUMBER) + "\r\n";
		String good = "마을기업," + unique("바른마을") + ",,,부산 강서구 1,강서구,,,,," + number + "\r\n";
		byte[] start = ImportFiles.utf8("\uFEFF" + header + good);
		byte[] badRow = ("마을기업," + unique("깨진글자") + ",,,부산 강서구 2,강서구,,,,," + broken + "\r\n").getBytes(TableFile.CP949);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(start);
		bytes.writeBytes(badRow);
		Path file = ImportFiles.write("mixed.csv", bytes.toByteArray());

		ImportReport report = apply(file, true);

		assertThat(report.encoding()).isEqualTo("UTF-8");
		assertThat(report.created()).isEqualTo(1);
		assertThat(report.rejectedRows()).singleElement().satisfies(r -> {
			assertThat(r.rowNumber()).isEqualTo(3);
			assertThat(r.problems()).extracting(RowProblem::messageKey).contains("imports.reject.encoding");
		});
		assertThat(count(number)).isOne();
		assertThat(count(broken)).isZero();
	}

	@Test
	void importingTheSameFileTwiceChangesNothingTheSecondTime() {
		String first = freshNumber();
		String second = freshNumber();
		Path file = xlsx("twice.xlsx", List.of(LABOR,
				List.of("부산", "제2016-001호", unique("두번"), "교육", "사회서비스제공형", "교육", first, "가대표", "부산 1", "", "2016-01-01", "20"),
				List.of("부산", "제2016-002호", unique("두번"), "돌봄", "혼합형", "보건", second, "나대표", "부산 2", "", "2016-01-02", "20")));
		assertThat(apply(file, false).summaryLine()).isEqualTo("created=2 updated=0 unchanged=0 rejected=0");
		int history = historyRows(first) + historyRows(second);
		Object updatedAt = organization(first).get("updated_at");

		ImportReport again = apply(file, false);

		assertThat(again.summaryLine()).isEqualTo("created=0 updated=0 unchanged=2 rejected=0");
		assertThat(historyRows(first) + historyRows(second)).isEqualTo(history);
		assertThat(organization(first).get("updated_at")).isEqualTo(updatedAt);
		assertThat(designations(first)).hasSize(1);
	}

	@Test
	void aChangedRowUpdatesTheOrganizationAndItsHistory() {
		String number = freshNumber();
		String name = unique("바뀜");
		apply(xlsx("v1.xlsx", List.of(LABOR, List.of("부산", "제2017-001호", name, "교육", "일자리제공형", "", number, "옛대표", "부산 3",
				"", "2017-01-01", "21"))), false);
		int before = historyRows(number);

		ImportReport report = apply(xlsx("v2.xlsx", List.of(LABOR, List.of("부산", "제2017-001호", name, "교육", "일자리제공형", "",
				number, "새대표", "부산 3", "", "2017-01-01", "21"))), false);

		assertThat(report.summaryLine()).isEqualTo("created=0 updated=1 unchanged=0 rejected=0");
		assertThat(report.updatedNames()).containsExactly(name);
		assertThat(organization(number).get("representative")).isEqualTo("새대표");
		assertThat(historyRows(number)).isEqualTo(before + 1);
		assertThat(jdbc.queryForObject("""
				select c.old_value from enterprises_change c join enterprises_organization o on o.id = c.organization_id
				where o.business_number = ? and c.field = 'representative'""", String.class, number.replace("-", "")))
			.isEqualTo("옛대표");
	}

	@Test
	void rowsRepeatedInOneFileCountOnce() {
		String number = freshNumber();
		List<String> row = List.of("부산", "제2018-001호", unique("반복"), "교육", "일자리제공형", "", number, "", "부산 4", "", "", "");
		ImportReport report = apply(xlsx("repeat.xlsx", List.of(LABOR, row, row, row)), false);

		assertThat(report.summaryLine()).isEqualTo("created=1 updated=0 unchanged=0 rejected=0");
		assertThat(report.repeated()).isEqualTo(2);
		assertThat(count(number)).isOne();
	}

	@Test
	void withRejectedRowsNothingIsImportedUnlessOnlyValidRowsAreAskedFor() {
		String number = freshNumber();
		Path file = xlsx("mixed.xlsx", List.of(LABOR,
				List.of("부산", "", unique("유효"), "", "", "", number, "", "부산 5", "", "", ""),
				List.of("부산", "", unique("무효"), "", "", "", wrongCheckDigit(freshNumber()), "", "부산 6", "", "", "")));

		ImportReport refused = apply(file, false);

		assertThat(refused.applied()).isFalse();
		assertThat(refused.summaryLine()).isEqualTo("created=1 updated=0 unchanged=0 rejected=1");
		assertThat(count(number)).isZero();

		assertThat(apply(file, true).applied()).isTrue();
		assertThat(count(number)).isOne();
	}

	@Test
	void aFailureHalfwayThroughLeavesNoRowBehind() {
		String first = freshNumber();
		String second = freshNumber();
		Path file = xlsx("crash.xlsx", List.of(LABOR,
				List.of("부산", "", unique("첫째"), "", "", "", first, "", "부산 7", "", "", ""),
				List.of("부산", "", unique("둘째"), "", "", "", second, "", "부산 8", "", "", "")));

		assertThatThrownBy(() -> imports.apply(TableFile.inspect(file, Optional.empty()), "crash.xlsx", busan(), false,
				row -> {
					assertThat(count(first)).as("the first row was written before the failure").isOne();
					if (row == 3) {
						throw new IllegalStateException("disk full");
					}
				}, r -> {
				})).hasMessage("disk full");

		assertThat(count(first)).isZero();
		assertThat(count(second)).isZero();
	}

	@Test
	void filesThatAreNotListsAreRefusedWhole() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0,
				0, 0, 1, 8, 2, 0, 0, 0 };
		assertThatThrownBy(() -> TableFile.inspect(ImportFiles.write("photo.csv", png), Optional.empty()))
			.hasMessage("imports.refused.type");
		byte[] garbage = new byte[4096];
		new Random(7).nextBytes(garbage);
		assertThatThrownBy(() -> TableFile.inspect(ImportFiles.write("garbage.csv", garbage), Optional.empty()))
			.hasMessage("imports.refused.type");
		assertThatThrownBy(() -> TableFile.inspect(ImportFiles.write("empty.csv", new byte[0]), Optional.empty()))
			.hasMessage("imports.refused.empty");

		byte[] xlsx = readAll(xlsx("whole.xlsx", List.of(LABOR)));
		Path broken = ImportFiles.write("broken.xlsx", Arrays.copyOf(xlsx, xlsx.length / 2));
		assertThatThrownBy(() -> preview(broken)).hasMessage("imports.refused.broken");

		Path noColumns = csv("shopping.csv", List.of(List.of("품목", "수량"), List.of("사과", "3")), StandardCharsets.UTF_8, false);
		assertThatThrownBy(() -> preview(noColumns)).hasMessage("imports.refused.columns");
	}

	@Test
	void headingsAreRecognizedDespiteSpacesNotesAndMiddleDots() {
		assertThat(ListColumn.ofHeading(" 사업자등록번호 (-포함 작성)")).contains(ListColumn.BUSINESS_NUMBER);
		assertThat(ListColumn.ofHeading("업종·업태")).contains(ListColumn.INDUSTRY);
		assertThat(ListColumn.ofHeading("인·지정연도")).contains(ListColumn.DESIGNATED_ON);
		assertThat(ListColumn.ofHeading("주 생산품 또는 서비스명")).contains(ListColumn.MAIN_PRODUCT);
		assertThat(ListColumn.ofHeading("구 부분")).contains(ListColumn.SIGUNGU);
		assertThat(ListColumn.ofHeading("자활기업구분")).isEmpty();
	}

	private static byte[] readAll(Path path) {
		try {
			return Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
