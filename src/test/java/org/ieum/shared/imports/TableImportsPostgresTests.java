package org.ieum.shared.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ieum.shared.Authorities;
import org.ieum.support.DemoStaff;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Two staff members confirm the same kept upload at the same moment: its rows are written once. */
@IeumPostgresTest
class TableImportsPostgresTests {

	@Autowired
	TableImports imports;

	@Autowired
	KeptUploads kept;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	final class NameRows implements RowImport<String> {

		@Override
		public Optional<Map<String, Integer>> header(List<String> cells) {
			return TableHeader.match(cells, Map.of("name", List.of("이름")), Set.of("name"));
		}

		@Override
		public String noHeaderMessageKey() {
			return "imports.refused.noSheet";
		}

		@Override
		public String read(TableRow row) {
			return row.required("name", 100);
		}

		@Override
		public String label(TableRow row, String value) {
			return value;
		}

		@Override
		public void write(String value) {
			jdbc.update("insert into test_import_name (name) values (?)", value);
		}
	}

	@Test
	void twoConfirmationsAtOnceWriteTheRowsOnce() throws Exception {
		jdbc.execute("create table if not exists test_import_name (name varchar(100))");
		jdbc.update("delete from test_import_name");
		long busan = DemoStaff.centerId(jdbc, "busan");
		signIn(busan);
		byte[] content = "이름\n가\n나\n다\n".getBytes(StandardCharsets.UTF_8);
		long id = kept.keep(busan, null, "names", "names.csv", new ByteArrayInputStream(content), "auto", f -> {
		});
		SecurityContextHolder.clearContext();

		CyclicBarrier bothRead = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Boolean>> confirmations = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			confirmations.add(pool.submit(() -> {
				signIn(busan);
				try {
					KeptUploads.Kept upload = kept.open(id, "names");
					new TransactionTemplate(transactionManager).executeWithoutResult(status -> imports.apply(upload.file(),
							new NameRows(), false, report -> {
								await(bothRead);
								kept.markApplied(id, "names", report.imported(), 0, 0, report.rejected());
							}));
					return true;
				}
				catch (ImportRefused refused) {
					return false;
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			}));
		}
		int succeeded = 0;
		for (Future<Boolean> confirmation : confirmations) {
			succeeded += confirmation.get(60, TimeUnit.SECONDS) ? 1 : 0;
		}
		pool.shutdown();

		assertThat(succeeded).isOne();
		assertThat(jdbc.queryForList("select name from test_import_name order by name", String.class))
			.containsExactly("가", "나", "다");
		assertThat(jdbc.queryForObject("select status from shared_import where id = ?", String.class, id))
			.isEqualTo("APPLIED");
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void signIn(long center) {
		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("staff", "n/a",
				List.of(new SimpleGrantedAuthority(Authorities.CENTER_STAFF),
						new SimpleGrantedAuthority(Authorities.centerScope(center)))));
	}
}
