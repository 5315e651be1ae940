package org.ieum.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.ieum.market.procurement.ProcurementReports;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Public procurement on real PostgreSQL: the migration ran, the demo's buyers and purchases are there, the figures'
 * queries (confirmed purchases of a year, the years, the pending count) agree with plain sums, and the database
 * refuses an amount that is not above zero on its own.
 */
@IeumPostgresTest
class ProcurementPostgresTests {

	@Autowired
	ProcurementReports reports;

	@Autowired
	JdbcTemplate jdbc;

	private long center(String slug) {
		return jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, slug);
	}

	@Test
	void aCentersFiguresAreItsBuyersConfirmedPurchasesAgainstTheirTargets() {
		long busan = center("busan");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
		int lastYear = today.getYear() - 1;
		ProcurementReports.Report report = reports.report(Set.of(busan), lastYear, today);
		long actual = jdbc.queryForObject("select sum(amount_won) from market_purchase where center_id = ?"
				+ " and confirmed_at is not null and contract_date between ? and ?", Long.class, busan,
				LocalDate.of(lastYear, 1, 1), LocalDate.of(lastYear, 12, 31));
		long target = jdbc.queryForObject("select sum(t.target_won) from market_buyer_target t join market_buyer b"
				+ " on b.id = t.buyer_id where b.center_id = ? and t.target_year = ?", Long.class, busan, lastYear);
		assertThat(report.actualWon()).isEqualTo(actual).isPositive();
		assertThat(report.targetWon()).isEqualTo(target);
		assertThat(report.rateTenths()).isEqualTo(Math.round(actual * 1000.0 / target));
		assertThat(report.buyers()).extracting(ProcurementReports.BuyerLine::name).contains("부산광역시청")
			.doesNotContain("김해시청");
		assertThat(report.byRegion()).extracting(ProcurementReports.Amount::label).containsExactly("부산광역시");
		assertThat(report.byCategory().stream().mapToLong(ProcurementReports.Amount::won).sum()).isEqualTo(actual);
		assertThat(report.topSellers()).isNotEmpty();
		assertThat(reports.years(Set.of(busan), today.getYear())).startsWith(today.getYear(), lastYear);
		// this year's recent records wait for their sellers and are counted as pending, not as purchases
		ProcurementReports.Report thisYear = reports.report(Set.of(busan), today.getYear(), today);
		long pending = jdbc.queryForObject("select count(*) from market_purchase where center_id = ? and confirmed_at is null"
				+ " and contract_date between ? and ?", Long.class, busan, LocalDate.of(today.getYear(), 1, 1), today);
		assertThat(thisYear.pending()).isEqualTo(pending);
	}

	@Test
	void theDatabaseRefusesAnAmountThatIsNotAboveZero() {
		long buyer = jdbc.queryForObject("select min(id) from market_buyer", Long.class);
		long category = jdbc.queryForObject("select min(id) from market_category", Long.class);
		assertThatThrownBy(() -> jdbc.update("insert into market_purchase (buyer_id, center_id, organization_id,"
				+ " organization_name, category_id, amount_won, contract_date, method, entered_at) values (?, 1, 1, '조직', ?,"
				+ " -1, date '2020-01-01', 'OTHER', current_timestamp)", buyer, category))
			.isInstanceOf(DataIntegrityViolationException.class);
	}
}
