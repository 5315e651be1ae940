package org.ieum.shared.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.ieum.support.DemoStaff;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A module's row import on the shared machinery: the preview writes nothing, one bad row keeps the
 * whole table out unless the valid rows are chosen, and a kept upload is confirmed once.
 */
@IeumSpringTest
class TableImportsTests {

	@Autowired
	TableImports imports;

	@Autowired
	KeptUploads kept;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@TempDir
	Path dir;

	long busan;

	/** A purchase-like record in a table of the test's own, written through the import's transaction. */
	record Purchase(String buyer, long amount, LocalDate date) {
	}

	final class PurchaseRows implements RowImport<Purchase> {

		@Override
		public Optional<Map<String, Integer>> header(List<String> cells) {
			return TableHeader.match(cells, Map.of("buyer", List.of("기관명"), "amount", List.of("구매금액"), "date",
					List.of("계약일자")), Set.of("buyer", "amount", "date"));
		}

		@Override
		public String noHeaderMessageKey() {
			return "imports.refused.noSheet";
		}

		@Override
		public Purchase read(TableRow row) {
			String buyer = row.required("buyer", 100);
			Long amount = row.wholeWon("amount", true);
			LocalDate date = row.date("date", true);
			return row.rejected() ? null : new Purchase(buyer, amount, date);
		}

		@Override
		public String label(TableRow row, Purchase value) {
			return value != null ? value.buyer() : row.firstCells();
		}

		@Override
		public void write(Purchase value) {
			jdbc.update("insert into test_import_purchase (buyer, amount, contract_date) values (?, ?, ?)", value.buyer(),
					value.amount(), value.date());
		}
	}

	@BeforeEach
	void table() {
		jdbc.execute("create table if not exists test_import_purchase (buyer varchar(100), amount bigint, contract_date date)");
		jdbc.update("delete from test_import_purchase");
		busan = DemoStaff.centerId(jdbc, "busan");
		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("staff", "n/a",
				List.of(new SimpleGrantedAuthority(Authorities.CENTER_STAFF),
						new SimpleGrantedAuthority(Authorities.centerScope(busan)))));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void oneBadRowKeepsTheWholeTableOutUnlessTheValidRowsAreChosen() throws IOException {
		TableFile file = TableFile.inspect(csv("""
				2026년 공공구매 실적
				기관명,구매금액,계약일자
				부산광역시청,"1,200,000",2026-03-05

				부산교육청,-5000,2026-04-01
				부산도시공사,350000원,2026.5.2
				""", StandardCharsets.UTF_8), Optional.empty());

		TableImportReport preview = imports.preview(file, new PurchaseRows());
		assertThat(preview.headerRow()).isEqualTo(2);
		assertThat(preview.imported()).isEqualTo(2);
		assertThat(preview.rejected()).isOne();
		assertThat(preview.rejectedRows().get(0).rowNumber()).isEqualTo(5);
		assertThat(preview.rejectedRows().get(0).problems()).extracting(RowProblem::messageKey)
			.containsExactly("imports.reject.amount");
		assertThat(preview.applied()).isFalse();
		assertThat(rows()).isZero();

		assertThat(imports.apply(file, new PurchaseRows(), false, r -> {
		}).applied()).isFalse();
		assertThat(rows()).isZero();

		TableImportReport applied = imports.apply(file, new PurchaseRows(), true, r -> {
		});
		assertThat(applied.applied()).isTrue();
		assertThat(jdbc.queryForList("select buyer from test_import_purchase order by amount", String.class))
			.containsExactly("부산도시공사", "부산광역시청");
	}

	@Test
	void aKoreanWindowsFileReadsAsWrittenAndATableWithoutItsColumnsIsRefused() throws IOException {
		TableFile cp949 = TableFile.inspect(csv("기관명,구매금액,계약일자\n해운대구청,10000,20260301\n", Charset.forName("x-windows-949")),
				Optional.empty());
		assertThat(imports.apply(cp949, new PurchaseRows(), false, r -> {
		}).importedSample()).containsExactly("해운대구청");

		TableFile other = TableFile.inspect(csv("이름,전화\n홍길동,010\n", StandardCharsets.UTF_8), Optional.empty());
		assertThatThrownBy(() -> imports.preview(other, new PurchaseRows())).isInstanceOf(ImportRefused.class);
	}

	@Test
	void aKeptUploadIsConfirmedOnceByStaffOfItsCenterForItsPurposeOnly() throws IOException {
		byte[] content = "기관명,구매금액,계약일자\n부산시청,1000,2026-01-02\n".getBytes(StandardCharsets.UTF_8);
		long id = kept.keep(busan, null, "purchases", "실적.csv", new ByteArrayInputStream(content), "auto", f -> {
		});

		assertThatThrownBy(() -> kept.open(id, "books")).isInstanceOf(Refusal.class)
			.hasFieldOrPropertyWithValue("messageKey", "imports.refused.expired");
		KeptUploads.Kept upload = kept.open(id, "purchases");
		assertThat(upload.fileName()).isEqualTo("실적.csv");

		TransactionTemplate tx = new TransactionTemplate(transactionManager);
		tx.executeWithoutResult(s -> imports.apply(upload.file(), new PurchaseRows(), false,
				r -> kept.markApplied(id, "purchases", r.imported(), 0, 0, r.rejected())));
		assertThat(rows()).isOne();
		assertThatThrownBy(() -> kept.open(id, "purchases")).isInstanceOf(ImportRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "imports.refused.alreadyApplied");

		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("other", "n/a",
				List.of(new SimpleGrantedAuthority(Authorities.CENTER_STAFF), new SimpleGrantedAuthority("CENTER_0"))));
		assertThatThrownBy(() -> kept.keep(busan, null, "purchases", "x.csv", new ByteArrayInputStream(content), "auto",
				f -> {
				})).isInstanceOf(AccessDeniedException.class);
	}

	private int rows() {
		return jdbc.queryForObject("select count(*) from test_import_purchase", Integer.class);
	}

	private Path csv(String text, Charset charset) throws IOException {
		Path file = Files.createTempFile(dir, "table", ".csv");
		Files.writeString(file, text, charset);
		return file;
	}
}
