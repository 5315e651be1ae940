package org.ieum.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.ieum.shared.Seoul;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff move, re-agenda and call off a planned council meeting: the room booking follows the
 * meeting (a taken slot refuses the move and keeps the old booking), invited members hear of each
 * change once, the public council page says 취소 with the reason, a held meeting stays as it was,
 * and another center's staff cannot touch it.
 */
@IeumSpringTest
class MeetingChangesFlowTests {

	private static final String PASSWORD = "ieum2026!";
	private static final String BUSAN_STAFF = "staff.busan@ieum.example";
	private static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void aMovedMeetingTakesItsRoomAlongAndTellsTheInvitedMembersOnce() throws Exception {
		long busan = centerId("busan");
		MockHttpSession staff = login(BUSAN_STAFF);
		String chair = account("mc-chair");
		String secretary = account("mc-secretary");
		long council = council(staff, busan, chair, secretary);
		long room = jdbc.queryForObject("select min(id) from spaces_space where center_id = ? and active", Long.class,
				busan);
		LocalDate day = Seoul.today(clock).plusDays(53);
		String title = unique("변경 회의");
		long meeting = meeting(staff, busan, council, title, day, "06:00", "06:30", room);
		long blocker = meeting(staff, busan, council, unique("자리 차지 회의"), day, "20:00", "20:30", room);
		String path = "/admin/governance/meetings/" + meeting;
		mvc.perform(post(path + "/agenda").session(staff).with(csrf()).param("center", "" + busan).param("title", "예산안"));
		mvc.perform(post(path + "/invite").session(staff).with(csrf()).param("center", "" + busan))
			.andExpect(flash().attribute("notice", "governance.notice.invited"));
		long oldBooking = booking(meeting);

		// into a slot another meeting holds: refused in Korean, nothing moved, the old booking stands, nobody told
		mvc.perform(post(path + "/change").session(staff).with(csrf()).param("center", "" + busan).param("title", title)
			.param("day", day.toString()).param("from", "20:00").param("until", "20:30").param("roomId", "" + room))
			.andExpect(Flashes.error(containsString("이 시간에 이미 예약되어 있습니다")));
		assertThat(booking(meeting)).isEqualTo(oldBooking);
		assertThat(bookingStatus(oldBooking)).isNotEqualTo("CANCELLED");
		assertThat(jdbc.queryForObject("select starts_at from governance_meeting where id = ?", java.time.OffsetDateTime.class,
				meeting).toInstant()).isEqualTo(day.atTime(6, 0).atZone(Seoul.ZONE).toInstant());
		assertThat(mails(chair, "변경 안내")).isZero();

		// to a free evening slot: the old booking is freed, the new time booked, each invited member told once
		mvc.perform(post(path + "/change").session(staff).with(csrf()).param("center", "" + busan).param("title", title)
			.param("day", day.toString()).param("from", "22:00").param("until", "22:30").param("roomId", "" + room))
			.andExpect(flash().attribute("notice", "governance.notice.meetingChanged"));
		long newBooking = booking(meeting);
		assertThat(newBooking).isNotEqualTo(oldBooking);
		assertThat(bookingStatus(oldBooking)).isEqualTo("CANCELLED");
		assertThat(bookingStatus(newBooking)).isNotEqualTo("CANCELLED");
		assertThat(jdbc.queryForObject("select starts_at from spaces_reservation where id = ?",
				java.time.OffsetDateTime.class, newBooking).toInstant())
			.isEqualTo(day.atTime(22, 0).atZone(Seoul.ZONE).toInstant());
		assertThat(mails(chair, "변경 안내")).isOne();
		assertThat(mails(secretary, "변경 안내")).isOne();
		assertThat(jdbc.queryForObject("select body from shared_mail_outbox where recipient = ? and subject like ?",
				String.class, chair, "%변경 안내%")).contains("22:00~22:30");

		// moving it outside the center frees the room
		mvc.perform(post(path + "/change").session(staff).with(csrf()).param("center", "" + busan).param("title", title)
			.param("day", day.toString()).param("from", "22:00").param("until", "22:30").param("place", "시청 회의실"))
			.andExpect(flash().attribute("notice", "governance.notice.meetingChanged"));
		assertThat(bookingStatus(newBooking)).isEqualTo("CANCELLED");
		assertThat(jdbc.queryForObject("select booking_id from governance_meeting where id = ?", Long.class, meeting)).isNull();
		assertThat(mails(chair, "변경 안내")).isEqualTo(2);

		// an agenda item taken off is one more change
		long item = jdbc.queryForObject("select id from governance_agenda_item where meeting_id = ?", Long.class, meeting);
		mvc.perform(post(path + "/agenda/" + item + "/remove").session(staff).with(csrf()).param("center", "" + busan))
			.andExpect(flash().attribute("notice", "governance.notice.agendaRemoved"));
		assertThat(jdbc.queryForObject("select count(*) from governance_agenda_item where meeting_id = ?", Long.class,
				meeting)).isZero();
		assertThat(mails(chair, "변경 안내")).isEqualTo(3);

		// another center's staff can neither move nor cancel it
		MockHttpSession gimhae = login("staff.gimhae@ieum.example");
		mvc.perform(post(path + "/cancel").session(gimhae).with(csrf()).param("center", "" + busan).param("reason", "남의 회의"))
			.andExpect(status().isForbidden());
		mvc.perform(post(path + "/change").session(gimhae).with(csrf()).param("center", "" + busan).param("title", title)
			.param("day", day.toString()).param("from", "05:00").param("until", "05:30").param("place", "밖"))
			.andExpect(status().isForbidden());
		mvc.perform(get(path).session(gimhae).param("center", "" + busan)).andExpect(status().isForbidden());
		assertThat(cancelled(meeting)).isFalse();
		assertThat(blocker).isPositive();
	}

	@Test
	void aCancelledMeetingFreesItsRoomTellsTheMembersAndShowsAsCancelledOnThePortal() throws Exception {
		long busan = centerId("busan");
		MockHttpSession staff = login(BUSAN_STAFF);
		String chair = account("mc-chair");
		String secretary = account("mc-secretary");
		long council = council(staff, busan, chair, secretary);
		long room = jdbc.queryForObject("select min(id) from spaces_space where center_id = ? and active", Long.class,
				busan);
		LocalDate day = Seoul.today(clock).plusDays(54);
		String title = unique("취소 회의");
		long meeting = meeting(staff, busan, council, title, day, "06:00", "06:30", room);
		String path = "/admin/governance/meetings/" + meeting;
		mvc.perform(post(path + "/invite").session(staff).with(csrf()).param("center", "" + busan));
		long booking = booking(meeting);

		// without a reason: refused, still planned, still booked
		mvc.perform(post(path + "/cancel").session(staff).with(csrf()).param("center", "" + busan).param("reason", " "))
			.andExpect(Flashes.error("취소 사유을(를) 입력해 주세요."));
		assertThat(cancelled(meeting)).isFalse();
		assertThat(bookingStatus(booking)).isNotEqualTo("CANCELLED");

		mvc.perform(post(path + "/cancel").session(staff).with(csrf()).param("center", "" + busan)
			.param("reason", "위원장 유고로 연기"))
			.andExpect(flash().attribute("notice", "governance.notice.meetingCancelled"));
		assertThat(cancelled(meeting)).isTrue();
		assertThat(bookingStatus(booking)).isEqualTo("CANCELLED");
		assertThat(mails(chair, "취소 안내")).isOne();
		assertThat(mails(secretary, "취소 안내")).isOne();
		assertThat(mails(chair, "변경 안내")).isZero();

		// a second cancel, a move or attendance on a cancelled meeting: refused, nobody told again
		mvc.perform(post(path + "/cancel").session(staff).with(csrf()).param("center", "" + busan).param("reason", "다시"))
			.andExpect(Flashes.error("취소된 회의입니다. 바꾸거나 기록할 수 없습니다."));
		mvc.perform(post(path + "/change").session(staff).with(csrf()).param("center", "" + busan).param("title", title)
			.param("day", day.toString()).param("from", "07:00").param("until", "07:30").param("place", "밖"))
			.andExpect(Flashes.error("취소된 회의입니다. 바꾸거나 기록할 수 없습니다."));
		assertThat(mails(chair, "취소 안내")).isOne();

		// the public council page and the meeting's page say 취소 with the reason
		mvc.perform(get("/c/busan/governance")).andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("취소 사유: 위원장 유고로 연기")));
		mvc.perform(get("/c/busan/governance/meetings/" + meeting)).andExpect(status().isOk())
			.andExpect(content().string(containsString("취소 사유: 위원장 유고로 연기")));
		// the staff page no longer offers to move or cancel it
		mvc.perform(get(path).session(staff).param("center", "" + busan)).andExpect(status().isOk())
			.andExpect(content().string(containsString("취소 사유: 위원장 유고로 연기")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/cancel?"))));
	}

	@Test
	void aMeetingThatTookPlaceCanBeNeitherMovedNorCancelled() throws Exception {
		long busan = centerId("busan");
		MockHttpSession staff = login(BUSAN_STAFF);
		long council = council(staff, busan, account("mc-chair"), account("mc-secretary"));
		LocalDate day = Seoul.today(clock).minusDays(3);
		String title = unique("열린 회의");
		mvc.perform(post("/admin/governance/councils/" + council + "/meetings").session(staff).with(csrf())
			.param("center", "" + busan).param("title", title).param("day", day.toString()).param("from", "14:00")
			.param("until", "16:00").param("place", "시청"));
		long meeting = jdbc.queryForObject("select id from governance_meeting where title = ?", Long.class, title);
		String path = "/admin/governance/meetings/" + meeting;
		List<Long> ids = jdbc.queryForList("select id from governance_member where council_id = ?", Long.class, council);
		var attendance = post(path + "/attendance").session(staff).with(csrf()).param("center", "" + busan);
		for (Long id : ids) {
			attendance.param("present", "" + id);
		}
		mvc.perform(attendance).andExpect(flash().attribute("notice", "governance.notice.attendanceSaved"));

		mvc.perform(post(path + "/cancel").session(staff).with(csrf()).param("center", "" + busan).param("reason", "늦은 취소"))
			.andExpect(Flashes.error("이미 열린 회의(출석·의결·회의록 기록이 있음)는 취소할 수 없습니다."));
		mvc.perform(post(path + "/change").session(staff).with(csrf()).param("center", "" + busan).param("title", title)
			.param("day", day.plusDays(1).toString()).param("from", "14:00").param("until", "16:00").param("place", "시청"))
			.andExpect(Flashes.error("이미 열린 회의(출석·의결·회의록 기록이 있음)는 날짜나 장소를 바꿀 수 없습니다."));
		Map<String, Object> row = jdbc.queryForMap("select cancelled_at, starts_at from governance_meeting where id = ?",
				meeting);
		assertThat(row.get("cancelled_at")).isNull();
		assertThat(((java.time.OffsetDateTime) row.get("starts_at")).toInstant())
			.isEqualTo(day.atTime(14, 0).atZone(Seoul.ZONE).toInstant());
	}

	private long council(MockHttpSession staff, long busan, String chair, String secretary) throws Exception {
		String name = unique("변경 위원회");
		mvc.perform(post("/admin/governance/councils").session(staff).with(csrf()).param("center", "" + busan)
			.param("name", name).param("quorum", "2").param("recurrenceMonths", "0").param("publicCouncil", "true"));
		long council = jdbc.queryForObject("select id from governance_council where name = ?", Long.class, name);
		LocalDate today = Seoul.today(clock);
		addMember(staff, busan, council, "위원장 " + SEQ.incrementAndGet(), chair, "CHAIR", today.minusMonths(1),
				today.plusYears(1));
		addMember(staff, busan, council, "간사 " + SEQ.incrementAndGet(), secretary, "SECRETARY", today.minusMonths(1),
				today.plusYears(1));
		addMember(staff, busan, council, "위원 " + SEQ.incrementAndGet(), "", "MEMBER", today.minusMonths(1),
				today.plusYears(1));
		return council;
	}

	private long meeting(MockHttpSession staff, long busan, long council, String title, LocalDate day, String from,
			String until, long room) throws Exception {
		mvc.perform(post("/admin/governance/councils/" + council + "/meetings").session(staff).with(csrf())
			.param("center", "" + busan).param("title", title).param("day", day.toString()).param("from", from)
			.param("until", until).param("roomId", "" + room))
			.andExpect(flash().attribute("notice", "governance.notice.meetingSaved"));
		return jdbc.queryForObject("select id from governance_meeting where title = ?", Long.class, title);
	}

	private void addMember(MockHttpSession staff, long center, long council, String name, String email, String role,
			LocalDate from, LocalDate until) throws Exception {
		mvc.perform(post("/admin/governance/councils/" + council + "/members").session(staff).with(csrf())
			.param("center", "" + center).param("name", name).param("email", email).param("role", role)
			.param("termStart", from.toString()).param("termEnd", until.toString()))
			.andExpect(flash().attribute("notice", "governance.notice.memberSaved"));
	}

	private long booking(long meeting) {
		return jdbc.queryForObject("select booking_id from governance_meeting where id = ?", Long.class, meeting);
	}

	private String bookingStatus(long booking) {
		return jdbc.queryForObject("select status from spaces_reservation where id = ?", String.class, booking);
	}

	private boolean cancelled(long meeting) {
		return jdbc.queryForObject("select cancelled_at is not null from governance_meeting where id = ?", Boolean.class,
				meeting);
	}

	private long mails(String to, String subject) {
		return jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = ? and subject like ?",
				Long.class, to, "%" + subject + "%");
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
		return word + " " + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
	}
}
