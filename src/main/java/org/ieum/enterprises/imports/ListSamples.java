package org.ieum.enterprises.imports;

import org.ieum.shared.imports.TableFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ieum.enterprises.BusinessNumber;

/**
 * A sample of each list the importer knows, in the layout, encoding and file type its real
 * source publishes (the labor and interior ministries' lists as XLSX, the 자활기업 list as UTF-8
 * CSV with a byte order mark, a center's own list as EUC-KR CSV), with a few fictional
 * organizations. The samples import cleanly, so staff can try the import on them first.
 * No cell starts with {@code = + - @}: a spreadsheet program must never read one as a formula.
 */
final class ListSamples {

	enum Sample {

		SOCIAL_ENTERPRISES(PublicList.SOCIAL_ENTERPRISES, Format.XLSX, "sample-social-enterprises.xlsx"),
		VILLAGE_ENTERPRISES(PublicList.VILLAGE_ENTERPRISES, Format.XLSX, "sample-village-enterprises.xlsx"),
		SELF_SUFFICIENCY_ENTERPRISES(PublicList.SELF_SUFFICIENCY_ENTERPRISES, Format.CSV_UTF8,
				"sample-self-sufficiency-enterprises.csv"),
		CENTER_LIST(PublicList.CENTER_LIST, Format.CSV_CP949, "sample-center-list.csv");

		private final PublicList list;
		private final Format format;
		private final String fileName;

		Sample(PublicList list, Format format, String fileName) {
			this.list = list;
			this.format = format;
			this.fileName = fileName;
		}

		public PublicList getList() {
			return list;
		}

		public Format getFormat() {
			return format;
		}

		String fileName() {
			return fileName;
		}
	}

	enum Format {
		XLSX, CSV_UTF8, CSV_CP949
	}

	private ListSamples() {
	}

	static byte[] write(Sample sample) {
		List<List<String>> rows = rows(sample);
		return switch (sample.format) {
			case XLSX -> xlsx(rows);
			case CSV_UTF8 -> csv(rows, StandardCharsets.UTF_8, true);
			case CSV_CP949 -> csv(rows, TableFile.CP949, false);
		};
	}

	/** Fictional numbers with a correct check digit, so the samples' rows are not rejected. */
	private static String number(String firstNine) {
		return new BusinessNumber(firstNine + BusinessNumber.checkDigitOf(firstNine)).formatted();
	}

	static List<List<String>> rows(Sample sample) {
		List<List<String>> rows = new ArrayList<>();
		switch (sample) {
			case SOCIAL_ENTERPRISES -> {
				rows.add(List.of("인증 사회적기업 현황 (보기 파일: 가상의 조직입니다)"));
				rows.add(List.of("지역", "인증번호", "기관명", "사업내용", "사회적목적실현유형", "사회서비스분야", "사업자등록번호", "대표자",
						"소재지", "홈페이지", "인증일자", "인증회차"));
				rows.add(List.of("경상", "제2019-101호", "가온누리베이커리 사회적협동조합", "우리밀 빵과 과자 제조", "일자리제공형", "",
						number("802810001"), "김가온", "경상남도 김해시 가야로 123", "https://gaon.example.org", "2019-06-28", "19"));
				rows.add(List.of("부산", "제2021-055호", "바다숲공방 주식회사", "폐어망을 새활용한 생활용품 제작", "혼합형", "환경",
						number("802810002"), "이바다", "부산광역시 사하구 다대로 45", "", "2021-12-24", "27"));
				rows.add(List.of("전북", "제2016-210호", "다온돌봄 협동조합", "어르신 방문 돌봄", "사회서비스제공형", "사회복지",
						number("802810003"), "박다온", "전북특별자치도 전주시 완산구 효자로 10", "", "2016-07-01", "13"));
			}
			case VILLAGE_ENTERPRISES -> {
				rows.add(List.of("마을기업 현황 (보기 파일: 가상의 조직입니다)"));
				rows.add(List.of("연번", "시도", "시군구", "소재지", "마을기업명", "유형", "주 업종", "주 생산품 또는 서비스명", "사업내용",
						"사업자등록번호 (-포함 작성)"));
				rows.add(List.of("1", "경남", "밀양시", "경상남도 밀양시 삼랑진읍 딸기길 5", "삼랑진딸기마을", "신규", "농업", "딸기잼",
						"마을 딸기로 잼을 만들고 체험을 운영", number("802820001")));
				rows.add(List.of("2", "전남", "순천시", "전라남도 순천시 낙안면 마을길 20", "낙안두부마을", "재지정", "음식점업", "두부",
						"마을 식당", number("802820002")));
			}
			case SELF_SUFFICIENCY_ENTERPRISES -> {
				rows.add(List.of("순번", "시도", "시군구", "자활기업", "자활기업구분", "대표자명", "업종", "사업자구분", "주소"));
				rows.add(List.of("1", "부산", "북구", "늘푸른청소 자활기업", "광역", "윤하늘", "청소업", "법인", "부산광역시 북구 만덕대로 10"));
				rows.add(List.of("2", "대구", "달서구", "행복한밥상 자활기업", "일반", "정미소", "음식점업", "개인", "대구광역시 달서구 월배로 200"));
				rows.add(List.of("3", "강원", "원주시", "새봄집수리 자활기업", "일반", "최새봄", "집수리", "개인", "강원특별자치도 원주시 시청로 1"));
			}
			case CENTER_LIST -> {
				rows.add(List.of("사회적경제기업 현황 (보기 파일: 가상의 조직입니다)"));
				rows.add(List.of("기업현황", "업체명", "대표자", "대표번호", "주소", "구 부분", "공식채널", "업종·업태", "주요사업", "인·지정연도"));
				rows.add(List.of("사회적기업/사회적협동조합", "모두의책방 사회적협동조합", "한책", "051-123-4567", "부산광역시 동래구 충렬대로 100",
						"동래구", "https://blog.example.org/books", "도소매업", "동네 책방과 독서 모임", "2018"));
				rows.add(List.of("마을기업", "깡깡이마을 협동조합", "조영도", "051-987-6543", "부산 영도구 대평로 30", "영도구", "", "음식점업",
						"마을 식당과 골목 투어", "2020"));
				rows.add(List.of("협동조합/예비사회적기업", "해운대청년 협동조합", "김청년", "051-222-3333", "부산 해운대구 센텀중앙로 55",
						"해운대구", "", "교육 서비스업", "청년 진로 교육", "2022"));
			}
		}
		return rows;
	}

	private static byte[] xlsx(List<List<String>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("목록");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					// text cells only: nothing is ever evaluated as a formula
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] csv(List<List<String>> rows, Charset charset, boolean byteOrderMark) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, charset);
				CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer)) {
			if (byteOrderMark) {
				writer.write('\uFEFF');
			}
			for (List<String> row : rows) {
				csv.writeRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
