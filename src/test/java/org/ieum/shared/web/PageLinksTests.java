package org.ieum.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageLinksTests {

	@Test
	void onlyThePageChangesAndEveryFilterStays() {
		assertThat(PageLinks.to("/admin/audit/access", "actor=staff&page=2&subject=5", 3))
			.isEqualTo("/admin/audit/access?actor=staff&subject=5&page=3");
		assertThat(PageLinks.to("/c/busan/organizations", "q=%EB%B9%B5", 1))
			.isEqualTo("/c/busan/organizations?q=%EB%B9%B5&page=1");
		assertThat(PageLinks.to("/admin/members", null, 0)).isEqualTo("/admin/members?page=0");
	}
}
