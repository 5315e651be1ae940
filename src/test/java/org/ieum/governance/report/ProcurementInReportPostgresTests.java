package org.ieum.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;

import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureTable;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL, the yearly report's procurement figures are the purchase records: the buyers'
 * targets of the year and the confirmed purchases contracted in it (an unconfirmed one, one of
 * another year or of another center left out).
 */
@IeumPostgresTest
class ProcurementInReportPostgresTests {

	/** Center ids no other test uses. */
	private static final long CENTER = 880_981L;
	private static final long OTHER = 880_982L;
	private static final Year YEAR = Year.of(2033);

	@Autowired
	List<FigureProvider> providers;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theProcurementFiguresOfAYearAreItsConfirmedPurchases() {
		jdbc.update("insert into market_category (name, position) values ('보고서 점검 분류', 0)");
		long category = jdbc.queryForObject("select max(id) from market_category where name = '보고서 점검 분류'", Long.class);
		long buyer = buyer(CENTER, "보고서 점검 구청");
		long other = buyer(OTHER, "다른 센터 구청");
		jdbc.update("insert into market_buyer_target (buyer_id, target_year, target_won) values (?, 2033, 10000000)", buyer);
		purchase(buyer, CENTER, category, 3_000_000, LocalDate.of(2033, 1, 1), true);
		purchase(buyer, CENTER, category, 1_500_000, LocalDate.of(2033, 12, 31), true);
		purchase(buyer, CENTER, category, 9_000_000, LocalDate.of(2033, 6, 1), false);
		purchase(buyer, CENTER, category, 7_000_000, LocalDate.of(2032, 12, 31), true);
		purchase(other, OTHER, category, 5_000_000, LocalDate.of(2033, 6, 1), true);

		long recorded = jdbc.queryForObject("select sum(amount_won) from market_purchase where center_id = ?"
				+ " and confirmed_at is not null and contract_date between date '2033-01-01' and date '2033-12-31'",
				Long.class, CENTER);
		FigureTable table = table("report-procurement");
		// target, bought, rate in tenths of a percent
		assertThat(table.rows()).extracting(FigureRow::value).containsExactly(10_000_000L, recorded, 450L);
		assertThat(recorded).isEqualTo(4_500_000L);
		assertThat(table.link()).isEqualTo("/admin/market/procurement?year=2033");
		assertThat(table("report-procurement-categories").headline().value()).isEqualTo(recorded);
	}

	private FigureTable table(String id) {
		return providers.stream().flatMap(p -> p.yearFigures(Set.of(CENTER), YEAR).stream())
			.filter(t -> t.id().equals(id)).findFirst().orElseThrow();
	}

	private long buyer(long center, String name) {
		jdbc.update("insert into market_buyer (center_id, name, kind, sido) values (?, ?, 'LOCAL_GOVERNMENT', '부산광역시')",
				center, name);
		return jdbc.queryForObject("select id from market_buyer where center_id = ? and name = ?", Long.class, center, name);
	}

	private void purchase(long buyer, long center, long category, long won, LocalDate day, boolean confirmed) {
		jdbc.update("insert into market_purchase (buyer_id, center_id, organization_id, organization_name, category_id,"
				+ " amount_won, contract_date, method, entered_at, confirmed_at) values (?, ?, 1, '보고서 판매 기업', ?, ?, ?,"
				+ " 'DIRECT', current_timestamp, " + (confirmed ? "current_timestamp" : "null") + ")",
				buyer, center, category, won, day);
	}
}
