package org.ieum.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ieum.market.procurement.BuyerKind;
import org.ieum.market.procurement.Buyers;
import org.ieum.market.procurement.PurchaseImports;
import org.ieum.shared.Authorities;
import org.ieum.shared.imports.TableImportReport;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The purchase import on real PostgreSQL: an XLSX with a title row and numbers and dates as cells, and a Korean
 * Windows (CP949) CSV, are recorded as written; a table with a rejected row keeps nothing unless the valid rows are
 * chosen, and the kept upload is marked applied in the same transaction.
 */
@IeumPostgresTest
class ProcurementImportPostgresTests {

	@Autowired
	PurchaseImports imports;

	@Autowired
	Buyers buyers;

	@Autowired
	JdbcTemplate jdbc;

	long busan;

	String bakery;

	@BeforeEach
	void signIn() {
		busan = jdbc.queryForObject("select id from centers_center where slug = 'busan'", Long.class);
		bakery = jdbc.queryForObject("select business_number from enterprises_organization where name = '행복베이커리 사회적협동조합'"
				+ " order by id fetch first 1 row only", String.class);
		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("staff", "n/a",
				List.of(new SimpleGrantedAuthority(Authorities.CENTER_STAFF),
						new SimpleGrantedAuthority(Authorities.centerScope(busan)))));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private List<Long> amounts(String buyer) {
		return jdbc.queryForList("select p.amount_won from market_purchase p join market_buyer b on b.id = p.buyer_id"
				+ " where b.name = ? order by p.contract_date", Long.class, buyer);
	}

	@Test
	void aWorkbookOfPurchasesIsRecordedAsWritten() throws IOException {
		buyers.register(busan, new Buyers.Terms("엑셀 시험 공사", BuyerKind.PUBLIC_ENTERPRISE, "부산광역시", null, null, null));
		byte[] xlsx;
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("실적");
			sheet.createRow(0).createCell(0).setCellValue("2013년 사회적경제기업 제품 구매실적");
			Row header = sheet.createRow(2);
			String[] headings = { "연번", "구매기관", "사업자등록번호", "품목", "구매금액", "계약일자", "계약방법" };
			for (int i = 0; i < headings.length; i++) {
				header.createCell(i).setCellValue(headings[i]);
			}
			Row first = sheet.createRow(3);
			first.createCell(0).setCellValue(1);
			first.createCell(1).setCellValue("엑셀 시험 공사");
			first.createCell(2).setCellValue(bakery);
			first.createCell(3).setCellValue("제과·제빵");
			first.createCell(4).setCellValue(2_750_000);
			first.createCell(5).setCellValue("2013-06-30");
			first.createCell(6).setCellValue("바로구매");
			Row second = sheet.createRow(4);
			second.createCell(0).setCellValue(2);
			second.createCell(1).setCellValue("엑셀 시험 공사");
			second.createCell(2).setCellValue(bakery);
			second.createCell(3).setCellValue("식품");
			second.createCell(4).setCellValue(80_000);
			second.createCell(5).setCellValue("2013.7.1");
			second.createCell(6).setCellValue("입찰");
			book.write(out);
			xlsx = out.toByteArray();
		}
		long id = imports.upload(busan, null, "실적.xlsx", new ByteArrayInputStream(xlsx), "auto");
		PurchaseImports.Preview preview = imports.preview(id);
		assertThat(preview.report().headerRow()).isEqualTo(3);
		assertThat(preview.report().imported()).isEqualTo(2);
		assertThat(amounts("엑셀 시험 공사")).isEmpty();

		TableImportReport done = imports.confirm(id, false, null);
		assertThat(done.applied()).isTrue();
		assertThat(amounts("엑셀 시험 공사")).containsExactly(2_750_000L, 80_000L);
		assertThat(jdbc.queryForList("select p.method from market_purchase p join market_buyer b on b.id = p.buyer_id"
				+ " where b.name = '엑셀 시험 공사' order by p.contract_date", String.class)).containsExactly("DIRECT", "TENDER");
		assertThat(jdbc.queryForObject("select status from shared_import where id = ?", String.class, id)).isEqualTo("APPLIED");
	}

	@Test
	void aRejectedRowKeepsTheWholeTableOutUnlessTheValidRowsAreChosen() {
		buyers.register(busan, new Buyers.Terms("씨피 시험 구청", BuyerKind.LOCAL_GOVERNMENT, "부산광역시", null, null, null));
		String csv = "기관명,판매기업,분류,구매금액,계약일자\r\n씨피 시험 구청," + bakery + ",식품,500000,20140102\r\n"
				+ "씨피 시험 구청," + bakery + ",없는 분류,700000,20140103\r\n";
		byte[] cp949 = csv.getBytes(Charset.forName("x-windows-949"));

		long first = imports.upload(busan, null, "실적.csv", new ByteArrayInputStream(cp949), "auto");
		TableImportReport nothing = imports.confirm(first, false, null);
		assertThat(nothing.applied()).isFalse();
		assertThat(nothing.rejectedRows().get(0).problems().get(0).arguments()).containsExactly("없는 분류");
		assertThat(amounts("씨피 시험 구청")).isEmpty();
		assertThat(jdbc.queryForObject("select status from shared_import where id = ?", String.class, first)).isEqualTo("PENDING");

		TableImportReport valid = imports.confirm(first, true, null);
		assertThat(valid.applied()).isTrue();
		assertThat(amounts("씨피 시험 구청")).containsExactly(500_000L);
	}
}
