package org.ieum.enterprises;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.ieum.centers.CentersApi;
import org.ieum.enterprises.demo.SeedFigures;
import org.ieum.shared.Seoul;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo directory reads like the seed articles. Counted straight from the tables, and only
 * over the organizations the demo loader made (their made-up numbers start 9NN8 or 8NN8), because
 * other tests add organizations to the same centers.
 */
@IeumSpringTest
class DemoFiguresTests {

	private static final String DEMO = "(o.business_number like '9__8%' or o.business_number like '8__8%')";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CentersApi centers;

	private String centerList(String slug) {
		long id = centers.findBySlug(slug).orElseThrow().id();
		return centers.centerAndDescendantIds(id).stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private long holding(String slug, List<String> types) {
		String typeList = types.stream().map(t -> "'" + t + "'").collect(Collectors.joining(","));
		return jdbc.queryForObject("""
				select count(distinct o.id) from enterprises_organization o
				join enterprises_organization_center oc on oc.organization_id = o.id
				join enterprises_designation d on d.organization_id = o.id
				where %s and o.status <> 'CLOSED' and oc.center_id in (%s) and d.type in (%s) and d.status = 'ACTIVE'
				  and (d.valid_until is null or d.valid_until >= ?)
				""".formatted(DEMO, centerList(slug), typeList), Long.class, Seoul.today(Clock.systemUTC()));
	}

	@Test
	void everySeedFigureIsMetExactly() {
		List<String> wrong = new ArrayList<>();
		for (SeedFigures figure : SeedFigures.ALL) {
			long counted = holding(figure.centerSlug(), figure.types().stream().map(Enum::name).sorted().toList());
			if (counted != figure.organizations()) {
				wrong.add(figure + " counted " + counted);
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void theCombinedGwangjuFiguresAddUpAsPublished() {
		assertThat(holding("gwangju", List.of("SOCIAL_ENTERPRISE", "PRE_SOCIAL_REGIONAL", "PRE_SOCIAL_MINISTRY"))).isEqualTo(136);
		assertThat(holding("gwangju", List.of("COOPERATIVE", "SOCIAL_COOPERATIVE"))).isEqualTo(559);
		// 동구 has its own organizations, and they count in Gwangju's figures too.
		assertThat(holding("gwangju-donggu", List.of("COOPERATIVE"))).isBetween(1L, 499L);
	}

	@Test
	void gunsanHasThirtySevenOrganizationsInAll() {
		assertThat(jdbc.queryForObject("select count(distinct o.id) from enterprises_organization o "
				+ "join enterprises_organization_center oc on oc.organization_id = o.id where " + DEMO
				+ " and oc.center_id in (" + centerList("gunsan") + ")", Long.class)).isEqualTo(37);
	}

	@Test
	void namesAreDistinctAndSomeOrganizationsSellProducts() {
		List<String> repeated = jdbc.queryForList("select o.name from enterprises_organization o where " + DEMO
				+ " group by o.name having count(*) > 1", String.class);
		// The one deliberate duplicate is there for staff to merge.
		assertThat(repeated).containsExactly("바다살림 주식회사");
		assertThat(jdbc.queryForObject("select count(distinct p.organization_id) from enterprises_product p "
				+ "join enterprises_organization o on o.id = p.organization_id where " + DEMO, Long.class)).isGreaterThan(300);
	}
}
