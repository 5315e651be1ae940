package org.ieum.enterprises.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationProfile;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.support.DemoStaff;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Merging a duplicate organization leaves one stage and one set of checklists: the duplicate's are carried over when
 * the kept organization has none, removed when it has its own; nothing of the deleted record is left to be counted.
 */
@IeumSpringTest
class MergesKeepOneWayTests {

	private static final AtomicInteger NEXT = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	OrganizationRepository organizations;

	/** Two records of one organization (the same business number) in 김해: the kept one first. */
	private long[] twins(String name) {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		String nine = String.format("5%02d5%05d", NEXT.get() % 100, 221 + NEXT.getAndIncrement());
		BusinessNumber number = new BusinessNumber(nine + BusinessNumber.checkDigitOf(nine));
		return tx.execute(s -> new long[] { save(number, gimhae, name), save(number, gimhae, name + " (중복)") });
	}

	private long save(BusinessNumber number, long center, String name) {
		return organizations.save(new Organization(number.formatted(), number, Set.of(center), new OrganizationProfile(name,
				null, "대표", "경상남도", "김해시", null, null, null, null, null, null, null, null, null, null, null),
				Instant.now())).getId();
	}

	private void move(MockHttpSession staff, long id, String from, String stage, String on) throws Exception {
		var request = post("/admin/organizations/" + id + "/stage").with(csrf()).session(staff).param("stage", stage)
			.param("on", on);
		if (from != null) {
			request.param("from", from);
		}
		mvc.perform(request).andExpect(flash().attribute("notice", "stages.notice.moved"));
	}

	private void start(MockHttpSession staff, long id, String track) throws Exception {
		mvc.perform(post("/admin/organizations/" + id + "/readiness/start").with(csrf()).session(staff).param("track", track))
			.andExpect(flash().attribute("notice", "readiness.notice.started"));
	}

	private void merge(MockHttpSession staff, long kept, long duplicate) throws Exception {
		mvc.perform(post("/admin/organizations/" + kept + "/merge").with(csrf()).session(staff)
			.param("duplicateId", String.valueOf(duplicate))).andExpect(flash().attribute("notice", "enterprises.notice.merged"));
	}

	private List<String> stageRows(long id) {
		return jdbc.queryForList("select stage || '@' || since from enterprises_organization_stage where organization_id = ?",
				String.class, id);
	}

	private List<String> moves(long id) {
		return jdbc.queryForList("select stage from enterprises_stage_move where organization_id = ? order by id", String.class, id);
	}

	private List<String> tracks(long id) {
		return jdbc.queryForList("select distinct track from enterprises_readiness_item where organization_id = ? order by track",
				String.class, id);
	}

	@Test
	void aKeptOrganizationWithoutAStageOrChecklistTakesTheDuplicates() throws Exception {
		long[] ids = twins("병합 단계 이어받는 협동조합");
		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		move(staff, ids[1], null, "DISCOVERED", "2024-03-01");
		move(staff, ids[1], "DISCOVERED", "PREPARING_FOUNDING", "2024-05-02");
		start(staff, ids[1], "COOPERATIVE");
		mvc.perform(multipart("/admin/organizations/" + ids[1] + "/readiness/items/CO_FOUNDERS").with(csrf()).session(staff)
			.param("state", "MET").param("number", "6")).andExpect(flash().attribute("notice", "readiness.notice.reviewed"));
		start(staff, ids[0], "SOCIAL_ENTERPRISE");

		merge(staff, ids[0], ids[1]);
		assertThat(stageRows(ids[0])).containsExactly("PREPARING_FOUNDING@2024-05-02");
		assertThat(moves(ids[0])).containsExactly("DISCOVERED", "PREPARING_FOUNDING");
		assertThat(tracks(ids[0])).containsExactly("COOPERATIVE", "SOCIAL_ENTERPRISE");
		assertThat(jdbc.queryForObject("select state from enterprises_readiness_item where organization_id = ?"
				+ " and requirement = 'CO_FOUNDERS'", String.class, ids[0])).isEqualTo("MET");
		assertThat(stageRows(ids[1])).isEmpty();
		assertThat(moves(ids[1])).isEmpty();
		assertThat(tracks(ids[1])).isEmpty();
	}

	@Test
	void aKeptOrganizationWithItsOwnStageAndChecklistKeepsThem() throws Exception {
		long[] ids = twins("병합 단계 지키는 협동조합");
		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		move(staff, ids[0], null, "FOUNDED", "2023-01-10");
		move(staff, ids[1], null, "DISCOVERED", "2024-03-01");
		start(staff, ids[0], "COOPERATIVE");
		start(staff, ids[1], "COOPERATIVE");
		mvc.perform(multipart("/admin/organizations/" + ids[1] + "/readiness/items/CO_FOUNDERS").with(csrf()).session(staff)
			.param("state", "MET").param("number", "6")).andExpect(flash().attribute("notice", "readiness.notice.reviewed"));

		merge(staff, ids[0], ids[1]);
		assertThat(stageRows(ids[0])).containsExactly("FOUNDED@2023-01-10");
		assertThat(moves(ids[0])).containsExactly("FOUNDED");
		assertThat(jdbc.queryForList("select state from enterprises_readiness_item where organization_id = ?", String.class,
				ids[0])).hasSize(5).containsOnly("UNCHECKED");
		assertThat(stageRows(ids[1])).isEmpty();
		assertThat(moves(ids[1])).isEmpty();
		assertThat(tracks(ids[1])).isEmpty();
	}
}
