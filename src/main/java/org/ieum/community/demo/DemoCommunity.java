package org.ieum.community.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.community.groups.GroupPost;
import org.ieum.community.groups.GroupPostRepository;
import org.ieum.community.groups.GroupMeeting;
import org.ieum.community.groups.GroupMeetingRepository;
import org.ieum.community.groups.Membership;
import org.ieum.community.groups.MembershipRepository;
import org.ieum.community.groups.SmallGroup;
import org.ieum.community.groups.SmallGroupRepository;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.Seoul;
import org.ieum.shared.rooms.Room;
import org.ieum.shared.rooms.RoomHold;
import org.ieum.shared.rooms.RoomRefused;
import org.ieum.shared.rooms.RoomReservations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two small groups in Gimhae, dated relative to today: a reading group led by
 * {@code member@ieum.example} with {@code citizen@ieum.example} as a member, a post on its board and
 * its next four Thursday evenings booked in a room (Gimhae is open until 21:00 on Thursdays); and a
 * study group led by {@code youth@ieum.example} that {@code citizen@ieum.example} asked to join.
 * Added only while there are no groups.
 */
@Component
@Order(95)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoCommunity implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCommunity.class);

	private final SmallGroupRepository groups;
	private final MembershipRepository memberships;
	private final GroupPostRepository posts;
	private final GroupMeetingRepository meetings;
	private final RoomReservations rooms;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final Clock clock;

	DemoCommunity(SmallGroupRepository groups, MembershipRepository memberships, GroupPostRepository posts,
			GroupMeetingRepository meetings, RoomReservations rooms, CentersApi centers, IdentityApi identity, Clock clock) {
		this.groups = groups;
		this.memberships = memberships;
		this.posts = posts;
		this.meetings = meetings;
		this.rooms = rooms;
		this.centers = centers;
		this.identity = identity;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<CenterSummary> gimhae = centers.findBySlug("gimhae");
		Optional<Long> member = identity.findAccountIdByEmail("member@ieum.example");
		Optional<Long> youth = identity.findAccountIdByEmail("youth@ieum.example");
		Optional<Long> citizen = identity.findAccountIdByEmail("citizen@ieum.example");
		if (groups.count() > 0 || gimhae.isEmpty() || member.isEmpty() || youth.isEmpty() || citizen.isEmpty()) {
			return;
		}
		long centerId = gimhae.get().id();
		Instant now = clock.instant();
		Instant monthAgo = now.minusSeconds(30L * 24 * 3600);

		SmallGroup reading = new SmallGroup(centerId, "사회적경제 책 읽기 모임",
				"한 달에 한 권, 사회적경제와 협동조합에 관한 책을 함께 읽고 이야기합니다. 책은 센터 도서 대여로 빌릴 수 있습니다.",
				"매주 목요일 저녁 7시", member.get(), monthAgo);
		reading.approve(monthAgo.plusSeconds(24 * 3600));
		groups.save(reading);
		memberships.save(Membership.leader(reading.getId(), member.get(), monthAgo));
		Membership joined = Membership.requested(reading.getId(), citizen.get(), monthAgo.plusSeconds(2 * 24 * 3600));
		joined.accept(monthAgo.plusSeconds(3 * 24 * 3600));
		memberships.save(joined);
		posts.save(new GroupPost(reading.getId(), member.get(),
				"이번 달 책은 「사회적경제 첫걸음」입니다.\n목요일 모임 전까지 1장과 2장을 읽어 오세요.", now.minusSeconds(2 * 24 * 3600)));

		SmallGroup study = new SmallGroup(centerId, "청년 협동조합 공부 모임",
				"협동조합을 만들고 싶은 청년들이 정관과 사업계획서를 함께 공부합니다.", "격주 토요일 오전", youth.get(), monthAgo);
		study.approve(monthAgo.plusSeconds(24 * 3600));
		groups.save(study);
		memberships.save(Membership.leader(study.getId(), youth.get(), monthAgo));
		memberships.save(Membership.requested(study.getId(), citizen.get(), now.minusSeconds(24 * 3600)));

		List<Room> gimhaeRooms = rooms.roomsOf(centerId);
		int booked = 0;
		if (!gimhaeRooms.isEmpty()) {
			Room room = gimhaeRooms.get(0);
			LocalDate thursday = Seoul.today(clock).with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
			for (int week = 0; week < 4; week++) {
				LocalDate day = thursday.plusWeeks(week);
				Instant startsAt = day.atTime(LocalTime.of(19, 0)).atZone(Seoul.ZONE).toInstant();
				Instant endsAt = day.atTime(LocalTime.of(21, 0)).atZone(Seoul.ZONE).toInstant();
				try {
					long booking = rooms.hold(new RoomHold(room.id(), centerId, startsAt, endsAt,
							reading.getName() + " · 정기 모임", 2));
					meetings.save(new GroupMeeting(reading.getId(), centerId, "정기 모임", room.id(), room.name(), startsAt,
							endsAt, booking));
					booked++;
				}
				catch (RoomRefused taken) {
					// another demo booking holds that evening: the group meets the other weeks
				}
			}
		}
		log.info("Demo community: 2 small groups at {}, {} meetings booked", gimhae.get().name(), booked);
	}
}
