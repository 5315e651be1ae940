package org.ieum.centers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;

import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A portal's header and footer are read once and read again after a change: a renamed center, a new
 * address, other opening hours and a new center under a metropolitan one show on the very next page,
 * and a change that is rolled back never shows.
 */
@IeumSpringTest
class PortalFollowsCenterChangesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CenterAdministration administration;

	@Autowired
	CentersApi centers;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	KnownCenters known;

	/** Before each change: a page request in this thread clears the security context when it ends. */
	@BeforeEach
	void signInAsAdministrator() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_SYSTEM_ADMIN"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private static CenterProfileChange profile(String name, String phone) {
		return new CenterProfileChange(name, name, "부산광역시", phone, null, null, null, null, null, null, null);
	}

	private String page(String path) throws Exception {
		var response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theNextPageShowsEachCommittedChangeAndNeverARolledBackOne() throws Exception {
		String slug = "follow-" + System.nanoTime() % 1_000_000;
		long busan = centers.findBySlug("busan").orElseThrow().id();
		assertThat(page("/c/busan")).doesNotContain("href=\"/c/" + slug + "\"");

		signInAsAdministrator();
		long center = administration.open(slug, busan, profile("바다마을 사회적경제지원센터", "051-000-1111"));
		assertThat(known.knows(slug)).as("read again once the new center is committed").isTrue();
		long site = administration.addSite(center, "본관", "부산광역시 영도구 바다로 1", null);
		String first = page("/c/" + slug);
		assertThat(first).contains("바다마을 사회적경제지원센터", "부산광역시 영도구 바다로 1", "051-000-1111",
				"평일 09:00~18:00");
		assertThat(page("/c/busan")).as("the metropolitan portal links the new center under it")
			.contains("href=\"/c/" + slug + "\"");

		signInAsAdministrator();
		administration.revise(center, profile("영도 사회적경제지원센터", "051-000-2222"));
		administration.reviseSite(center, site, "본관", "부산광역시 영도구 섬길 2", null, true);
		Map<DayOfWeek, LocalTime[]> hours = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			if (day.getValue() <= 5) {
				hours.put(day, new LocalTime[] { LocalTime.of(10, 0), LocalTime.of(19, 0) });
			}
		}
		administration.setWeeklyHours(center, site, hours);
		String changed = page("/c/" + slug);
		assertThat(changed).contains("영도 사회적경제지원센터", "부산광역시 영도구 섬길 2", "051-000-2222", "평일 10:00~19:00")
			.doesNotContain("바다마을 사회적경제지원센터", "바다로 1", "051-000-1111", "09:00~18:00");
		assertThat(centers.findBySlug(slug)).get().extracting(CenterSummary::name).isEqualTo("영도 사회적경제지원센터");

		signInAsAdministrator();
		tx.executeWithoutResult(status -> {
			administration.revise(center, profile("되돌린 이름 센터", "051-000-3333"));
			status.setRollbackOnly();
		});
		assertThat(page("/c/" + slug)).contains("영도 사회적경제지원센터").doesNotContain("되돌린 이름 센터");
	}

	@Test
	void anUnknownAddressNameIsNotFoundAndANewOneIsFoundAtOnce() throws Exception {
		assertThat(mvc.perform(get("/c/no-such-center-here")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(centers.findBySlug("no-such-center-here")).isEmpty();
	}
}
