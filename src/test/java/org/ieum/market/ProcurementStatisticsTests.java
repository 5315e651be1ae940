package org.ieum.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Public procurement on the public statistics pages: this year's confirmed purchases by the buyer's region and by
 * category appear as tables of a portal's and the network's statistics, with their downloads, and no seller is named.
 */
@IeumSpringTest
class ProcurementStatisticsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theStatisticsPagesShowPublicProcurementByRegionAndCategory() throws Exception {
		String page = mvc.perform(get("/c/busan/statistics")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"market-procurement-regions\"").contains("공공구매 실적(구매기관 지역별)")
			.contains("id=\"market-procurement-categories\"").contains("공공구매 실적(품목 분류별)")
			.doesNotContain("행복베이커리");
		String network = mvc.perform(get("/statistics")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(network).contains("공공구매 실적(구매기관 지역별)").contains("광주광역시");
		String csv = mvc.perform(get("/c/busan/statistics/market-procurement-regions.csv")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("부산광역시");
	}
}
