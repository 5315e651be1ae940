package org.ieum.enterprises.imports;

import org.ieum.shared.imports.TableFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ieum.enterprises.imports.ImportFiles.freshNumber;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import's queries, chunked writes and rollback on real PostgreSQL. */
@IeumPostgresTest
class ImportPostgresTests {

	/** A center no other test uses. */
	private static final long CENTER = 880_202L;

	@Autowired
	OrganizationImports imports;

	@Autowired
	JdbcTemplate jdbc;

	ImportReport apply(Path file) {
		return imports.apply(TableFile.inspect(file, Optional.empty()), file.getFileName().toString(), CENTER, false, n -> {
		}, r -> {
		});
	}

	@Test
	void importsAgainWithoutChangesAndRollsBackAFailure() {
		String first = freshNumber();
		String second = freshNumber();
		Path file = ImportFiles.xlsx("pg.xlsx", List.of(List.of("제목"), OrganizationImportsTests.LABOR,
				List.of("부산", "제2019-001호", OrganizationImportsTests.unique("피지"), "교육", "혼합형", "", first, "대표", "부산 9",
						"", "2019-03-01", "30"),
				List.of("부산", "제2019-002호", OrganizationImportsTests.unique("피지"), "돌봄", "일자리제공형", "", second, "대표",
						"부산 10", "", "2019-03-02", "30")));

		assertThat(apply(file).summaryLine()).isEqualTo("created=2 updated=0 unchanged=0 rejected=0");
		assertThat(apply(file).summaryLine()).isEqualTo("created=0 updated=0 unchanged=2 rejected=0");
		assertThat(jdbc.queryForObject("select count(*) from enterprises_organization_center where center_id = ?",
				Integer.class, CENTER)).isEqualTo(2);

		String third = freshNumber();
		Path more = ImportFiles.xlsx("pg2.xlsx", List.of(OrganizationImportsTests.LABOR,
				List.of("부산", "", OrganizationImportsTests.unique("셋째"), "", "", "", third, "", "부산 11", "", "", "")));
		assertThatThrownBy(() -> imports.apply(TableFile.inspect(more, Optional.empty()), "pg2.xlsx", CENTER, false, n -> {
			throw new IllegalStateException("stopped");
		}, r -> {
		})).hasMessage("stopped");
		assertThat(jdbc.queryForObject("select count(*) from enterprises_organization where business_number = ?",
				Integer.class, third.replace("-", ""))).isZero();
	}
}
