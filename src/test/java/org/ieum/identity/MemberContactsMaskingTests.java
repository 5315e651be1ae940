package org.ieum.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.ieum.identity.demo.IdentityDemoData;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff see a member's phone number masked on the member page; showing it in full is a separate,
 * logged reading. A guardian's contact stays readable while staff are to call the guardian.
 */
@IeumSpringTest
class MemberContactsMaskingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private MockHttpSession gimhaeStaff() throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("email", "staff.gimhae@ieum.example")
			.param("password", IdentityDemoData.PASSWORD)).andReturn().getRequest().getSession();
	}

	private long member(String status, String guardianContact) {
		String email = "masked-" + UUID.randomUUID() + "@example.kr";
		jdbc.update("""
				insert into identity_account (email, display_name, phone, status, guardian_name, guardian_contact, home_center_id, created_at)
				values (?, '가림 회원', '010-2468-1357', ?, '보호자', ?, (select id from centers_center where slug = 'gimhae'), current_timestamp)""",
				email, status, guardianContact);
		return jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
	}

	private int unmaskedReads(long account) {
		return jdbc.queryForObject("""
				select count(*) from identity_personal_data_access where subject_account_id = ? and action = 'VIEW'
				and detail like '%unmasked%'""", Integer.class, account);
	}

	@Test
	void thePhoneIsMaskedUntilStaffAskToSeeItAndThatIsLogged() throws Exception {
		long account = member("ACTIVE", "010-9753-8642");
		MockHttpSession staff = gimhaeStaff();
		String page = mvc.perform(get("/admin/members/{id}", account).session(staff)).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("010-****-1357").doesNotContain("010-2468-1357")
			.contains("010-****-8642").doesNotContain("010-9753-8642")
			.contains("href=\"/admin/members/" + account + "?contacts=true\"");
		assertThat(unmaskedReads(account)).isZero();

		String shown = mvc.perform(get("/admin/members/{id}", account).param("contacts", "true").session(staff))
			.andReturn().getResponse().getContentAsString();
		assertThat(shown).contains("010-2468-1357").contains("010-9753-8642");
		assertThat(unmaskedReads(account)).isOne();
	}

	@Test
	void aGuardianStaffAreToCallIsShownInFull() throws Exception {
		long account = member("PENDING_GUARDIAN", "010-1111-2222");
		String page = mvc.perform(get("/admin/members/{id}", account).session(gimhaeStaff())).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("010-1111-2222").contains("010-****-1357");
	}
}
