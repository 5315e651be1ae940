package org.ieum.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.ieum.shared.Seoul;
import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A council through the pages staff, members and visitors use: members and terms, a meeting in a
 * booked room, invitations sent once, attendance against the quorum, decisions, minutes drafted
 * by the secretary and approved by the chair only, locked once approved, the public pages, and
 * terms ending on the dashboard; every refusal changes nothing.
 */
@IeumSpringTest
class GovernanceFlowTests {

	private static final String PASSWORD = "ieum2026!";
	private static final String BUSAN_STAFF = "staff.busan@ieum.example";
	private static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	List<FigureProvider> providers;

	@Autowired
	Clock clock;

	@Test
	void aCouncilMeetsDecidesAndPublishesApprovedMinutes() throws Exception {
		long busan = centerId("busan");
		MockHttpSession staff = login(BUSAN_STAFF);
		String chairEmail = account("chair");
		String secretaryEmail = account("secretary");
		String name = unique("운영위원회");
		mvc.perform(post("/admin/governance/councils").session(staff).with(csrf()).param("center", "" + busan)
			.param("name", name).param("quorum", "3").param("recurrenceMonths", "3").param("publicCouncil", "true"))
			.andExpect(flash().attribute("notice", "governance.notice.councilSaved"));
		long council = jdbc.queryForObject("select id from governance_council where name = ?", Long.class, name);
		LocalDate today = Seoul.today(clock);
		String from = today.minusMonths(1).toString();
		String until = today.plusYears(1).toString();

		// a term that ends before it starts is refused and adds no one
		mvc.perform(post("/admin/governance/councils/" + council + "/members").session(staff).with(csrf())
			.param("center", "" + busan).param("name", "거꾸로 위원").param("role", "MEMBER")
			.param("termStart", until).param("termEnd", from))
			.andExpect(Flashes.error("임기 종료일이 시작일보다 앞설 수 없습니다."));
		assertThat(members(council)).isZero();

		addMember(staff, busan, council, "위원장 " + SEQ.incrementAndGet(), chairEmail, "CHAIR", from, until);
		addMember(staff, busan, council, "간사 " + SEQ.incrementAndGet(), secretaryEmail, "SECRETARY", from, until);
		String leaving = "곧떠날 위원 " + SEQ.incrementAndGet();
		addMember(staff, busan, council, leaving, "", "MEMBER", from, today.plusDays(20).toString());
		addMember(staff, busan, council, "위원 " + SEQ.incrementAndGet(), "", "MEMBER", from, until);

		// a meeting after most terms end cannot reach the quorum: refused, nothing scheduled
		mvc.perform(post("/admin/governance/councils/" + council + "/meetings").session(staff).with(csrf())
			.param("center", "" + busan).param("title", "먼 회의").param("day", today.plusYears(2).toString())
			.param("from", "14:00").param("until", "16:00").param("place", "시청"))
			.andExpect(Flashes.error(containsString("의결정족수 3명에 못 미칩니다")));
		assertThat(jdbc.queryForObject("select count(*) from governance_meeting where council_id = ?", Long.class, council))
			.isZero();

		// a meeting in a Busan room books that room for its time
		long room = jdbc.queryForObject("select min(id) from spaces_space where center_id = ?", Long.class, busan);
		LocalDate day = today.plusDays(10);
		String title = unique("정기회의");
		mvc.perform(post("/admin/governance/councils/" + council + "/meetings").session(staff).with(csrf())
			.param("center", "" + busan).param("title", title).param("day", day.toString()).param("from", "07:00")
			.param("until", "07:30").param("roomId", "" + room))
			.andExpect(flash().attribute("notice", "governance.notice.meetingSaved"));
		long meeting = jdbc.queryForObject("select id from governance_meeting where title = ?", Long.class, title);
		Long booking = jdbc.queryForObject("select booking_id from governance_meeting where id = ?", Long.class, meeting);
		assertThat(jdbc.queryForObject("select count(*) from spaces_reservation where id = ? and space_id = ?", Long.class,
				booking, room)).isOne();

		String meetingPath = "/admin/governance/meetings/" + meeting;
		mvc.perform(post(meetingPath + "/agenda").session(staff).with(csrf()).param("center", "" + busan)
			.param("title", "내년 사업계획 심의")).andExpect(flash().attribute("notice", "governance.notice.agendaSaved"));

		// invitations go once to each serving member with an address
		mvc.perform(post(meetingPath + "/invite").session(staff).with(csrf()).param("center", "" + busan))
			.andExpect(flash().attribute("notice", "governance.notice.invited"));
		mvc.perform(post(meetingPath + "/invite").session(staff).with(csrf()).param("center", "" + busan))
			.andExpect(Flashes.error("이 회의의 초대장은 이미 보냈습니다."));
		assertThat(mails(chairEmail, title)).isOne();
		assertThat(mails(secretaryEmail, title)).isOne();

		// two present of a quorum of three: marked so, and only a deferral can be recorded
		List<Long> ids = jdbc.queryForList("select id from governance_member where council_id = ? order by id", Long.class,
				council);
		long item = jdbc.queryForObject("select id from governance_agenda_item where meeting_id = ?", Long.class, meeting);
		mvc.perform(post(meetingPath + "/attendance").session(staff).with(csrf()).param("center", "" + busan)
			.param("present", "" + ids.get(0), "" + ids.get(1)));
		assertThat(jdbc.queryForObject("select quorum_met from governance_meeting where id = ?", Boolean.class, meeting))
			.isFalse();
		mvc.perform(post(meetingPath + "/agenda/" + item + "/decision").session(staff).with(csrf())
			.param("center", "" + busan).param("decision", "PASSED").param("votesFor", "2"))
			.andExpect(Flashes.error("출석 2명으로 의결정족수 3명에 못 미쳐 보류만 기록할 수 있습니다."));
		assertThat(jdbc.queryForObject("select decision from governance_agenda_item where id = ?", String.class, item))
			.isNull();
		mvc.perform(post(meetingPath + "/attendance").session(staff).with(csrf()).param("center", "" + busan)
			.param("present", "" + ids.get(0), "" + ids.get(1), "" + ids.get(3)));
		mvc.perform(post(meetingPath + "/agenda/" + item + "/decision").session(staff).with(csrf())
			.param("center", "" + busan).param("decision", "PASSED").param("votesFor", "2").param("votesAgainst", "1"))
			.andExpect(flash().attribute("notice", "governance.notice.decisionSaved"));
		mvc.perform(get(meetingPath).session(staff).param("center", "" + busan)).andExpect(status().isOk())
			.andExpect(content().string(containsString("출석 3명 / 의결정족수 3명: 성원")))
			.andExpect(content().string(containsString("찬성 2 · 반대 1 · 기권 0")));

		// minutes: only the secretary drafts, only the chair approves
		MockHttpSession chair = login(chairEmail);
		MockHttpSession secretary = login(secretaryEmail);
		String minutesPath = "/my/governance/meetings/" + meeting + "/minutes";
		mvc.perform(post(minutesPath).session(chair).with(csrf()).param("body", "위원장이 쓴 회의록"))
			.andExpect(Flashes.error("회의록은 이 회의 날에 임기 중인 간사만 작성할 수 있습니다."));
		mvc.perform(post(minutesPath).session(secretary).with(csrf()).param("body", "사업계획을 가결함."))
			.andExpect(flash().attribute("notice", "governance.notice.minutesSaved"));
		mvc.perform(post(minutesPath + "/approve").session(secretary).with(csrf()))
			.andExpect(Flashes.error("회의록은 이 회의 날에 임기 중인 위원장만 승인할 수 있습니다."));
		// staff who do not sit on the council are not told the meeting exists
		mvc.perform(post(minutesPath + "/approve").session(staff).with(csrf())).andExpect(status().isNotFound());
		String portalMeeting = "/c/busan/governance/meetings/" + meeting;
		mvc.perform(get(portalMeeting)).andExpect(content().string(not(containsString("사업계획을 가결함."))));
		mvc.perform(post(minutesPath + "/approve").session(chair).with(csrf()))
			.andExpect(flash().attribute("notice", "governance.notice.minutesApproved"));
		mvc.perform(get(portalMeeting)).andExpect(status().isOk())
			.andExpect(content().string(containsString("사업계획을 가결함.")))
			.andExpect(content().string(containsString("가결")));

		// approved minutes are locked: a change is a new version with a reason
		mvc.perform(post(minutesPath).session(secretary).with(csrf()).param("body", "몰래 고친 회의록"))
			.andExpect(Flashes.error("승인된 회의록은 고칠 수 없습니다. 까닭을 적어 새 판을 만들어 주세요."));
		mvc.perform(post(minutesPath + "/revise").session(secretary).with(csrf()).param("body", "고친 회의록"))
			.andExpect(Flashes.error("고치는 까닭을(를) 입력해 주세요."));
		mvc.perform(post(minutesPath + "/revise").session(secretary).with(csrf()).param("body", "고친 회의록")
			.param("reason", "찬반 수 오기 정정"))
			.andExpect(flash().attribute("notice", "governance.notice.minutesRevised"));
		assertThat(jdbc.queryForList("select body from governance_minutes where meeting_id = ? order by version_no",
				String.class, meeting)).containsExactly("사업계획을 가결함.", "고친 회의록");
		// until the chair approves the new version the portal keeps the approved one
		mvc.perform(get(portalMeeting)).andExpect(content().string(containsString("사업계획을 가결함.")))
			.andExpect(content().string(not(containsString("고친 회의록"))));

		// the member sees the meeting on their own page; someone else is told it does not exist
		mvc.perform(get("/my/governance").session(chair)).andExpect(content().string(containsString(title)));
		mvc.perform(get("/my/governance/meetings/" + meeting).session(login(account("outsider"))))
			.andExpect(status().isNotFound());

		// the staff dashboard lists the term ending within 60 days
		List<FigureTable> tables = providers.stream()
			.flatMap(p -> p.figures(new FigureScope(java.util.Set.of(busan), today)).stream())
			.filter(t -> t.id().equals("governance-terms-ending")).toList();
		assertThat(tables).singleElement().satisfies(t -> assertThat(t.rows())
			.anySatisfy(r -> {
				assertThat(r.labelArgs()).contains(leaving, name);
				assertThat(r.value()).isEqualTo(20);
			}));
	}

	@Test
	void aMembersOnlyCouncilStaysOffThePortal() throws Exception {
		long busan = centerId("busan");
		MockHttpSession staff = login(BUSAN_STAFF);
		String name = unique("비공개 위원회");
		mvc.perform(post("/admin/governance/councils").session(staff).with(csrf()).param("center", "" + busan)
			.param("name", name).param("quorum", "1"));
		long council = jdbc.queryForObject("select id from governance_council where name = ?", Long.class, name);
		LocalDate today = Seoul.today(clock);
		addMember(staff, busan, council, "위원 " + SEQ.incrementAndGet(), "", "CHAIR", today.minusDays(1).toString(),
				today.plusYears(1).toString());
		String title = unique("비공개 회의");
		mvc.perform(post("/admin/governance/councils/" + council + "/meetings").session(staff).with(csrf())
			.param("center", "" + busan).param("title", title).param("day", today.toString()).param("from", "10:00")
			.param("until", "11:00").param("place", "센터 밖"));
		long meeting = jdbc.queryForObject("select id from governance_meeting where title = ?", Long.class, title);
		mvc.perform(get("/c/busan/governance")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(name))));
		mvc.perform(get("/c/busan/governance/meetings/" + meeting)).andExpect(status().isNotFound());
		// another center's staff cannot open it either
		mvc.perform(get("/admin/governance/councils/" + council).session(login("staff.gimhae@ieum.example"))
			.param("center", "" + busan)).andExpect(status().isForbidden());
	}

	@Test
	void theDemoCouncilsArePublishedWithApprovedMinutes() throws Exception {
		mvc.perform(get("/c/busan/governance")).andExpect(status().isOk())
			.andExpect(content().string(containsString("부산 사회적경제 민관 거버넌스 위원회")))
			.andExpect(content().string(containsString("제2차 정기회의")));
		long meeting = jdbc.queryForObject("select m.id from governance_meeting m where m.title = '제1차 정기회의'",
				Long.class);
		mvc.perform(get("/c/busan/governance/meetings/" + meeting)).andExpect(status().isOk())
			.andExpect(content().string(containsString("공공구매 목표 비율")));
		mvc.perform(get("/c/gwangju-donggu/governance")).andExpect(status().isOk())
			.andExpect(content().string(containsString("분기 실무협의회")));
	}

	private void addMember(MockHttpSession staff, long center, long council, String name, String email, String role,
			String from, String until) throws Exception {
		mvc.perform(post("/admin/governance/councils/" + council + "/members").session(staff).with(csrf())
			.param("center", "" + center).param("name", name).param("email", email).param("role", role)
			.param("termStart", from).param("termEnd", until))
			.andExpect(flash().attribute("notice", "governance.notice.memberSaved"));
	}

	private long members(long council) {
		return jdbc.queryForObject("select count(*) from governance_member where council_id = ?", Long.class, council);
	}

	private long mails(String to, String title) {
		return jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = ? and subject like ?",
				Long.class, to, "%" + title + "%");
	}

	private String account(String prefix) {
		String email = prefix + "-" + System.nanoTime() + "-" + SEQ.incrementAndGet() + "@example.kr";
		jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at) "
				+ "select ?, password_hash, ?, 'ACTIVE', current_timestamp from identity_account where email = ?", email,
				"위원 " + prefix, BUSAN_STAFF);
		long id = jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
		jdbc.update("insert into identity_role_grant (account_id, role, granted_at) values (?, 'CITIZEN', current_timestamp)",
				id);
		return email;
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andReturn().getRequest().getSession();
	}

	private long centerId(String slug) {
		return jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, slug);
	}

	private static String unique(String word) {
		return word + " " + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
	}
}
