package org.ieum.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.ieum.governance.partners.MouReminders;
import org.ieum.shared.Seoul;
import org.ieum.shared.files.Bombs;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The partner register through the staff pages: a partner with its logo, an agreement whose end
 * comes before its start refused with nothing saved, the signed document for staff only, the
 * public list showing only the partners the center chose, end reminders sent once each, renewal
 * and follow-up activities.
 */
@IeumSpringTest
class PartnersFlowTests {

	private static final String GIMHAE_STAFF = "staff.gimhae@ieum.example";
	private static final AtomicInteger SEQ = new AtomicInteger();

	/** The smallest PDF a reader opens. */
	private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
			+ "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
			+ "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MouReminders reminders;

	@Autowired
	Clock clock;

	@Test
	void aPartnerWithAnAgreementIsListedRemindedOnceAndRenewed() throws Exception {
		long gimhae = centerId("gimhae");
		MockHttpSession staff = login(GIMHAE_STAFF);
		String name = "김해 테스트 고등학교 " + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
		mvc.perform(multipart("/admin/governance/partners")
			.file(new MockMultipartFile("logo", "로고.png", "image/png", Bombs.png(40)))
			.session(staff).with(csrf()).param("center", "" + gimhae).param("name", name).param("kind", "SCHOOL")
			.param("contactName", "진로 교사").param("showOnPortal", "true"))
			.andExpect(flash().attribute("notice", "governance.notice.partnerSaved"));
		long partner = jdbc.queryForObject("select id from governance_partner where name = ?", Long.class, name);
		String partnerPath = "/admin/governance/partners/" + partner;

		LocalDate today = Seoul.today(clock);
		// an agreement that ends before it starts is refused and saves nothing
		mvc.perform(post(partnerPath + "/mous").session(staff).with(csrf()).param("center", "" + gimhae)
			.param("signedOn", today.toString()).param("startsOn", today.toString())
			.param("endsOn", today.minusDays(1).toString()).param("purpose", "청소년 교육"))
			.andExpect(Flashes.error("협약 종료일이 시작일보다 앞설 수 없습니다."));
		assertThat(mous(partner)).isZero();
		// without an agreement in force the partner is not on the public list yet
		mvc.perform(get("/c/gimhae/governance/partners")).andExpect(content().string(not(containsString(name))));

		mvc.perform(multipart(partnerPath + "/mous").file(new MockMultipartFile("document", "협약서.pdf",
				"application/pdf", PDF))
			.session(staff).with(csrf()).param("center", "" + gimhae).param("signedOn", today.minusMonths(11).toString())
			.param("startsOn", today.minusMonths(11).toString()).param("endsOn", today.plusDays(30).toString())
			.param("purpose", "청소년 사회적경제 교육 운영"))
			.andExpect(flash().attribute("notice", "governance.notice.mouSaved"));
		long mou = jdbc.queryForObject("select id from governance_mou where partner_id = ?", Long.class, partner);

		// the public list shows it with its logo; the logo is served as a picture
		mvc.perform(get("/c/gimhae/governance/partners")).andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("/governance/partners/" + partner + "/logo")));
		mvc.perform(get("/governance/partners/" + partner + "/logo")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"));
		// the signed document is for the center's staff only
		mvc.perform(get("/admin/governance/mous/" + mou + "/document").session(staff)).andExpect(status().isOk());
		mvc.perform(get("/admin/governance/mous/" + mou + "/document")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/governance/mous/" + mou + "/document").session(login("staff.busan@ieum.example")))
			.andExpect(status().isNotFound());

		// thirty days before the end: the early reminder, once, to the center's address
		reminders.sendDue();
		reminders.sendDue();
		assertThat(mails(name)).isOne();

		// a renewal moves the end and starts the reminders again; an earlier end is refused
		String later = today.plusYears(1).toString();
		mvc.perform(post("/admin/governance/mous/" + mou + "/renew").session(staff).with(csrf())
			.param("center", "" + gimhae).param("partner", "" + partner).param("endsOn", today.toString()))
			.andExpect(Flashes.error("갱신한 종료일은 지금 종료일보다 뒤여야 합니다."));
		mvc.perform(post("/admin/governance/mous/" + mou + "/renew").session(staff).with(csrf())
			.param("center", "" + gimhae).param("partner", "" + partner).param("endsOn", later))
			.andExpect(flash().attribute("notice", "governance.notice.mouRenewed"));
		assertThat(jdbc.queryForObject("select ends_on from governance_mou where id = ?", LocalDate.class, mou))
			.isEqualTo(later);
		reminders.sendDue();
		assertThat(mails(name)).isOne();

		mvc.perform(post("/admin/governance/mous/" + mou + "/activities").session(staff).with(csrf())
			.param("center", "" + gimhae).param("partner", "" + partner).param("happenedOn", today.toString())
			.param("kind", "JOINT_COURSE").param("note", "14차시 교육 운영").param("link", "청소년 교실"))
			.andExpect(flash().attribute("notice", "governance.notice.activitySaved"));
		mvc.perform(get(partnerPath).session(staff).param("center", "" + gimhae)).andExpect(status().isOk())
			.andExpect(content().string(containsString("14차시 교육 운영")))
			.andExpect(content().string(containsString("갱신 1회")));
	}

	@Test
	void aPartnerNotChosenForThePortalStaysOffItAndKeepsItsLogoPrivate() throws Exception {
		long gimhae = centerId("gimhae");
		MockHttpSession staff = login(GIMHAE_STAFF);
		String name = "비공개 협력기관 " + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
		mvc.perform(multipart("/admin/governance/partners")
			.file(new MockMultipartFile("logo", "로고.png", "image/png", Bombs.png(40)))
			.session(staff).with(csrf()).param("center", "" + gimhae).param("name", name).param("kind", "COMPANY"));
		long partner = jdbc.queryForObject("select id from governance_partner where name = ?", Long.class, name);
		LocalDate today = Seoul.today(clock);
		mvc.perform(post("/admin/governance/partners/" + partner + "/mous").session(staff).with(csrf())
			.param("center", "" + gimhae).param("signedOn", today.toString()).param("startsOn", today.toString())
			.param("endsOn", today.plusYears(1).toString()).param("purpose", "판로 협력"));
		mvc.perform(get("/c/gimhae/governance/partners")).andExpect(content().string(not(containsString(name))));
		mvc.perform(get("/governance/partners/" + partner + "/logo")).andExpect(status().isNotFound());
		// a logo that is not a picture is refused and registers nothing
		String fake = "가짜 로고 기관 " + SEQ.incrementAndGet();
		mvc.perform(multipart("/admin/governance/partners")
			.file(new MockMultipartFile("logo", "로고.png", "image/png", "<script>".getBytes()))
			.session(staff).with(csrf()).param("center", "" + gimhae).param("name", fake).param("kind", "COMPANY"))
			.andExpect(Flashes.error("로고는 PNG나 JPEG 그림만 올릴 수 있습니다."));
		assertThat(jdbc.queryForObject("select count(*) from governance_partner where name = ?", Long.class, fake)).isZero();
	}

	@Test
	void gimhaesDemoAgreementsWithFiveSchoolsAndAUniversityAreOnItsPortal() throws Exception {
		mvc.perform(get("/c/gimhae/governance/partners")).andExpect(status().isOk())
			.andExpect(content().string(containsString("김해가야중학교")))
			.andExpect(content().string(containsString("사회적경제연구소")));
		assertThat(jdbc.queryForObject("select count(*) from governance_partner p join centers_center c on c.id = p.center_id"
				+ " where c.slug = 'gimhae' and p.kind = 'SCHOOL' and p.name like '%(시연)'", Long.class)).isEqualTo(5);
	}

	private long mous(long partner) {
		return jdbc.queryForObject("select count(*) from governance_mou where partner_id = ?", Long.class, partner);
	}

	private long mails(String partnerName) {
		return jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = 'gimhae@example.org'"
				+ " and subject like ?", Long.class, "%" + partnerName + "%");
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password("ieum2026!"))
			.andReturn().getRequest().getSession();
	}

	private long centerId(String slug) {
		return jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, slug);
	}
}
