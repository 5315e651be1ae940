package org.ieum.community;

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
import java.util.concurrent.atomic.AtomicInteger;

import org.ieum.centers.CentersApi;
import org.ieum.shared.Seoul;
import org.ieum.shared.rooms.Room;
import org.ieum.shared.rooms.RoomReservations;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A small group through the pages: a member proposes it, staff approve it, another member asks to
 * join (twice is refused) and the leader accepts; members post to the board (markup stays text);
 * the leader books meetings in the center's rooms, refused with the spaces' message when the room
 * is taken or the site is closed, and nothing else is booked; My page and the staff overview show it.
 */
@IeumSpringTest
class SmallGroupFlowTests {

	private static final String PASSWORD = "ieum2026!";
	private static final String GIMHAE_STAFF = "staff.gimhae@ieum.example";
	private static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RoomReservations rooms;

	@Autowired
	CentersApi centers;

	@Autowired
	Clock clock;

	private String member(String prefix) {
		String email = prefix + "-" + System.nanoTime() + "-" + SEQ.incrementAndGet() + "@example.kr";
		jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at, email_verified_at) "
				+ "select ?, password_hash, ?, 'ACTIVE', current_timestamp, current_timestamp from identity_account where email = ?",
				email, "모임원 " + prefix, GIMHAE_STAFF);
		jdbc.update("insert into identity_role_grant (account_id, role, granted_at) values (?, 'CITIZEN', current_timestamp)",
				jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email));
		return email;
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andReturn().getRequest().getSession();
	}

	private long gimhae() {
		return jdbc.queryForObject("select id from centers_center where slug = 'gimhae'", Long.class);
	}

	private int count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Integer.class, args);
	}

	/** The first day from {@code from} on which the room's site is open (or closed) by its hours. */
	private LocalDate day(Room room, LocalDate from, boolean open) {
		LocalDate day = from;
		while (centers.hoursOn(room.siteId(), day).open() != open) {
			day = day.plusDays(1);
		}
		return day;
	}

	@Test
	void aMemberProposesStaffApproveOthersJoinOnceAndTheLeaderBooksRoomsThroughTheSpaces() throws Exception {
		String leader = member("leader");
		String joiner = member("joiner");
		MockHttpSession leaderSession = login(leader);
		String name = "시험 소모임 " + System.nanoTime() % 1_000_000;

		// a proposal without a purpose is refused and nothing is saved
		mvc.perform(post("/c/gimhae/groups/new").session(leaderSession).with(csrf()).param("name", name)
			.param("purpose", " ").param("frequency", "매주"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("소모임의 목적을 1000자 안에서 적어 주세요.")));
		assertThat(count("select count(*) from community_group where name = ?", name)).isZero();

		mvc.perform(post("/c/gimhae/groups/new").session(leaderSession).with(csrf()).param("name", name)
			.param("purpose", "함께 공부합니다").param("frequency", "매주 목요일"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "community.notice.proposed"));
		long group = jdbc.queryForObject("select id from community_group where name = ?", Long.class, name);
		String page = "/c/gimhae/groups/" + group;

		// not public, and nobody can join, before staff approve
		mvc.perform(get(page)).andExpect(status().isNotFound());
		MockHttpSession joinerSession = login(joiner);
		mvc.perform(post(page + "/join").session(joinerSession).with(csrf()))
			.andExpect(Flashes.error("승인된 소모임에서만 할 수 있습니다."));
		MockHttpSession staff = login(GIMHAE_STAFF);
		mvc.perform(get("/admin/community/groups").session(staff).param("center", String.valueOf(gimhae())))
			.andExpect(content().string(containsString(name))).andExpect(content().string(containsString("승인 대기")));
		mvc.perform(post("/admin/community/groups/" + group + "/approve").session(staff).with(csrf())
			.param("center", String.valueOf(gimhae())))
			.andExpect(flash().attribute("notice", "community.notice.approved"));
		mvc.perform(get("/c/gimhae/groups")).andExpect(content().string(containsString(name)));

		// joining twice is refused, one request stays
		mvc.perform(post(page + "/join").session(joinerSession).with(csrf()))
			.andExpect(flash().attribute("notice", "community.notice.joinRequested"));
		mvc.perform(post(page + "/join").session(joinerSession).with(csrf()))
			.andExpect(Flashes.error("이미 이 소모임에 가입했거나 가입을 신청했습니다."));
		assertThat(count("select count(*) from community_membership where group_id = ?", group)).isEqualTo(2);

		// a request cannot post; the joiner cannot accept themself; the leader accepts
		mvc.perform(post(page + "/posts").session(joinerSession).with(csrf()).param("body", "안녕하세요"))
			.andExpect(status().isForbidden());
		long request = jdbc.queryForObject("select id from community_membership where group_id = ? and status = 'REQUESTED'",
				Long.class, group);
		mvc.perform(post(page + "/members/" + request + "/accept").session(joinerSession).with(csrf()))
			.andExpect(Flashes.error("모임장만 할 수 있습니다."));
		assertThat(count("select count(*) from community_membership where id = ? and status = 'REQUESTED'", request))
			.isEqualTo(1);
		mvc.perform(post(page + "/members/" + request + "/accept").session(leaderSession).with(csrf()))
			.andExpect(flash().attribute("notice", "community.notice.accepted"));
		mvc.perform(get("/my/groups").session(joinerSession)).andExpect(content().string(containsString(name)));

		// a member posts; markup is shown as text
		mvc.perform(post(page + "/posts").session(joinerSession).with(csrf()).param("body", "첫 글 <script>alert(1)</script>"))
			.andExpect(flash().attribute("notice", "community.notice.posted"));
		mvc.perform(get(page).session(leaderSession))
			.andExpect(content().string(containsString("첫 글 &lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
		// a visitor sees the group but not its board
		mvc.perform(get(page)).andExpect(status().isOk()).andExpect(content().string(not(containsString("첫 글"))));

		// the leader books two Thursdays 19:00-20:30 in a room
		Room room = rooms.roomsOf(gimhae()).get(0);
		LocalDate start = Seoul.today(clock).plusDays(200);
		while (start.getDayOfWeek() != java.time.DayOfWeek.THURSDAY || !centers.hoursOn(room.siteId(), start).open()
				|| !centers.hoursOn(room.siteId(), start.minusWeeks(1)).open()
				|| !centers.hoursOn(room.siteId(), start.plusWeeks(1)).open()) {
			start = start.plusDays(1);
		}
		mvc.perform(post(page + "/meetings").session(leaderSession).with(csrf()).param("title", "정기 모임")
			.param("roomId", String.valueOf(room.id())).param("date", start.toString()).param("startTime", "19:00")
			.param("endTime", "20:30").param("weeks", "2"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "community.notice.scheduled"));
		assertThat(count("select count(*) from community_meeting where group_id = ? and cancelled_at is null", group))
			.isEqualTo(2);
		int reservations = count("select count(*) from spaces_reservation where space_id = ?", room.id());

		// the same room and time again (second week overlaps): refused with the spaces' message, nothing booked
		mvc.perform(post(page + "/meetings").session(leaderSession).with(csrf()).param("title", "추가 모임")
			.param("roomId", String.valueOf(room.id())).param("date", start.minusWeeks(1).toString())
			.param("startTime", "19:30").param("endTime", "20:00").param("weeks", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("이미 예약되어 있습니다")));
		assertThat(count("select count(*) from community_meeting where group_id = ?", group)).isEqualTo(2);
		assertThat(count("select count(*) from spaces_reservation where space_id = ?", room.id())).isEqualTo(reservations);

		// a closed day and a time past closing: refused with the spaces' messages
		LocalDate closed = day(room, start.plusWeeks(2), false);
		mvc.perform(post(page + "/meetings").session(leaderSession).with(csrf()).param("title", "휴관일 모임")
			.param("roomId", String.valueOf(room.id())).param("date", closed.toString())
			.param("startTime", "10:00").param("endTime", "11:00").param("weeks", "1"))
			.andExpect(content().string(containsString("휴관일에는 예약할 수 없습니다.")));
		LocalDate open = day(room, start.plusWeeks(2), true);
		mvc.perform(post(page + "/meetings").session(leaderSession).with(csrf()).param("title", "늦은 모임")
			.param("roomId", String.valueOf(room.id())).param("date", open.toString())
			.param("startTime", "22:00").param("endTime", "23:00").param("weeks", "1"))
			.andExpect(content().string(containsString("안에서만 예약할 수 있습니다.")));
		assertThat(count("select count(*) from community_meeting where group_id = ?", group)).isEqualTo(2);

		// staff see the room use; cancelling a meeting frees its room
		mvc.perform(get("/admin/community/groups").session(staff).param("center", String.valueOf(gimhae())))
			.andExpect(content().string(containsString("정기 모임")));
		long meeting = jdbc.queryForObject("select min(id) from community_meeting where group_id = ?", Long.class, group);
		mvc.perform(post(page + "/meetings/" + meeting + "/cancel").session(joinerSession).with(csrf()))
			.andExpect(Flashes.error("모임장만 할 수 있습니다."));
		assertThat(count("select count(*) from community_meeting where id = ? and cancelled_at is null", meeting))
			.isEqualTo(1);
		mvc.perform(post(page + "/meetings/" + meeting + "/cancel").session(leaderSession).with(csrf()))
			.andExpect(flash().attribute("notice", "community.notice.meetingCancelled"));
		assertThat(count("select count(*) from spaces_reservation r join community_meeting m on m.booking_id = r.id"
				+ " where m.id = ? and r.status in ('PENDING', 'CONFIRMED')", meeting)).isZero();
	}

	@Test
	void staffTurnDownAProposalWithAReasonTheLeaderSees() throws Exception {
		String leader = member("refused");
		MockHttpSession leaderSession = login(leader);
		String name = "반려 시험 모임 " + System.nanoTime() % 1_000_000;
		mvc.perform(post("/c/gimhae/groups/new").session(leaderSession).with(csrf()).param("name", name)
			.param("purpose", "시험").param("frequency", "가끔"));
		long group = jdbc.queryForObject("select id from community_group where name = ?", Long.class, name);
		MockHttpSession staff = login(GIMHAE_STAFF);
		mvc.perform(post("/admin/community/groups/" + group + "/reject").session(staff).with(csrf())
			.param("center", String.valueOf(gimhae())).param("note", " "))
			.andExpect(Flashes.error("반려 사유를 500자 안에서 적어 주세요."));
		mvc.perform(post("/admin/community/groups/" + group + "/reject").session(staff).with(csrf())
			.param("center", String.valueOf(gimhae())).param("note", "비슷한 모임이 이미 있습니다"))
			.andExpect(flash().attribute("notice", "community.notice.rejected"));
		mvc.perform(post("/admin/community/groups/" + group + "/approve").session(staff).with(csrf())
			.param("center", String.valueOf(gimhae())))
			.andExpect(Flashes.error("이미 승인하거나 반려한 소모임입니다."));
		mvc.perform(get("/c/gimhae/groups/" + group).session(leaderSession))
			.andExpect(content().string(containsString("비슷한 모임이 이미 있습니다")));
	}
}
