package org.ieum.community.groups;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.rooms.Room;
import org.ieum.shared.rooms.RoomReservations;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the group pages show. The public sees active groups and their meeting times; members see
 * who belongs and the board; the leader also sees who asked to join; staff see every group with
 * its leader and the rooms it used, and that read is written to the personal-data access log.
 */
@Service
@Transactional(readOnly = true)
public class GroupQueries {

	public record GroupCard(long id, String name, String purpose, String frequency, long members) {
	}

	/** How the viewer stands with a group. */
	public enum Standing {
		VISITOR, SIGNED_IN, REQUESTED, MEMBER, LEADER
	}

	public record Person(long membershipId, String name, boolean leader) {
	}

	public record PostRow(String author, String body, Instant postedAt) {
	}

	/** A meeting with its times in Seoul, ready to print. */
	public record MeetingRow(long id, String title, String roomName, java.time.LocalDateTime startsAt,
			java.time.LocalTime endsAt) {
	}

	public record GroupPage(long id, String name, String purpose, String frequency, String status, String decisionNote,
			Standing standing, boolean staff, long memberCount, List<Person> members, List<Person> requests,
			List<PostRow> posts, List<MeetingRow> meetings, List<Room> rooms) {

		public boolean canSeeBoard() {
			return standing == Standing.MEMBER || standing == Standing.LEADER || staff;
		}

		public boolean leads() {
			return standing == Standing.LEADER;
		}
	}

	public record MyGroup(String centerSlug, long id, String name, String status, Standing standing) {
	}

	public record StaffGroup(long id, String name, String frequency, String leader, String status, long members,
			long meetings, long minutes) {
	}

	public record RoomUse(String group, String title, String roomName, Instant startsAt, Instant endsAt) {
	}

	public record StaffPage(List<StaffGroup> groups, List<RoomUse> roomUse, LocalDate from, LocalDate to) {
	}

	private final SmallGroupRepository groups;
	private final MembershipRepository memberships;
	private final GroupPostRepository posts;
	private final GroupMeetingRepository meetings;
	private final RoomReservations rooms;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final Clock clock;

	GroupQueries(SmallGroupRepository groups, MembershipRepository memberships, GroupPostRepository posts,
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

	public long activeCount(java.util.Collection<Long> centerIds) {
		return centerIds.isEmpty() ? 0 : groups.countByCenterIdInAndStatus(centerIds, GroupStatus.ACTIVE);
	}

	public List<GroupCard> active(long centerId) {
		return groups.findByCenterIdAndStatusOrderByNameAsc(centerId, GroupStatus.ACTIVE).stream()
			.map(g -> new GroupCard(g.getId(), g.getName(), g.getPurpose(), g.getFrequency(),
					memberships.countByGroupIdAndStatus(g.getId(), MembershipStatus.MEMBER)))
			.toList();
	}

	/** A group's page; one not yet approved (or turned down) is seen only by its leader and the center's staff. */
	@Transactional // writes the access log when staff read the members
	public GroupPage page(long centerId, long groupId, Optional<CurrentUser> me) {
		SmallGroup g = groups.findById(groupId).filter(x -> x.getCenterId() == centerId)
			.orElseThrow(() -> Refusal.notFound("community.error.noGroup"));
		boolean staff = me.isPresent() && Authorities.canManageCenter(centerId);
		Standing standing = me.map(u -> standing(g, u.accountId())).orElse(Standing.VISITOR);
		if (!g.active() && standing != Standing.LEADER && !staff) {
			throw Refusal.notFound("community.error.noGroup");
		}
		boolean inside = standing == Standing.MEMBER || standing == Standing.LEADER || staff;
		List<Membership> all = inside ? memberships.findByGroupIdOrderByRequestedAtAscIdAsc(groupId) : List.of();
		List<Person> members = all.stream().filter(Membership::member)
			.map(m -> new Person(m.getId(), name(m.getAccountId()), g.ledBy(m.getAccountId()))).toList();
		List<Person> requests = standing == Standing.LEADER || staff ? all.stream().filter(m -> !m.member())
			.map(m -> new Person(m.getId(), name(m.getAccountId()), false)).toList() : List.of();
		List<PostRow> board = inside ? posts.findTop50ByGroupIdOrderByPostedAtDescIdDesc(groupId).stream()
			.map(p -> new PostRow(name(p.getAuthorAccountId()), p.getBody(), p.getPostedAt())).toList() : List.of();
		if (staff && standing != Standing.MEMBER && standing != Standing.LEADER && !all.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.VIEW,
					"소모임 회원 조회 (소모임 " + groupId + "), " + all.size() + "명", null);
		}
		List<MeetingRow> upcoming = meetings
			.findByGroupIdAndCancelledAtIsNullAndEndsAtAfterOrderByStartsAtAsc(groupId, clock.instant()).stream()
			.map(m -> new MeetingRow(m.getId(), m.getTitle(), m.getRoomName(), Seoul.at(m.getStartsAt()).toLocalDateTime(),
					Seoul.at(m.getEndsAt()).toLocalTime()))
			.toList();
		return new GroupPage(g.getId(), g.getName(), g.getPurpose(), g.getFrequency(), g.getStatus().name(),
				g.getDecisionNote(), standing, staff, memberships.countByGroupIdAndStatus(groupId, MembershipStatus.MEMBER),
				members, requests, board, upcoming,
				standing == Standing.LEADER && g.active() ? rooms.roomsOf(centerId) : List.of());
	}

	/** The groups a person leads, belongs to or asked to join, for My page. */
	public List<MyGroup> mine(long accountId) {
		List<Membership> mine = memberships.findByAccountIdOrderByRequestedAtDesc(accountId);
		Map<Long, SmallGroup> byId = groups.findByIdIn(mine.stream().map(Membership::getGroupId).toList()).stream()
			.collect(Collectors.toMap(SmallGroup::getId, Function.identity()));
		return mine.stream().filter(m -> byId.containsKey(m.getGroupId())).map(m -> {
			SmallGroup g = byId.get(m.getGroupId());
			String slug = centers.findById(g.getCenterId()).map(CenterSummary::slug).orElse("");
			return new MyGroup(slug, g.getId(), g.getName(), g.getStatus().name(), standing(g, accountId));
		}).toList();
	}

	/** Every group of the center, and the meetings in its rooms from a month ago to two months ahead. */
	@Transactional // writes the access log
	public StaffPage staff(long centerId) {
		Authorities.requireCenterStaff(centerId);
		LocalDate today = Seoul.today(clock);
		LocalDate from = today.minusDays(30);
		LocalDate to = today.plusDays(60);
		List<SmallGroup> all = groups.findByCenterIdOrderByStatusAscProposedAtDesc(centerId);
		List<GroupMeeting> held = meetings
			.findByCenterIdAndCancelledAtIsNullAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAsc(centerId,
					from.atStartOfDay(Seoul.ZONE).toInstant(), to.plusDays(1).atStartOfDay(Seoul.ZONE).toInstant());
		Map<Long, List<GroupMeeting>> byGroup = held.stream().collect(Collectors.groupingBy(GroupMeeting::getGroupId));
		Map<Long, String> names = all.stream().collect(Collectors.toMap(SmallGroup::getId, SmallGroup::getName));
		List<StaffGroup> rows = all.stream().sorted(Comparator.comparing((SmallGroup g) -> g.getStatus().ordinal()))
			.map(g -> {
				List<GroupMeeting> its = byGroup.getOrDefault(g.getId(), List.of());
				return new StaffGroup(g.getId(), g.getName(), g.getFrequency(), name(g.getLeaderAccountId()),
						g.getStatus().name(), memberships.countByGroupIdAndStatus(g.getId(), MembershipStatus.MEMBER),
						its.size(), its.stream().mapToLong(m -> Duration.between(m.getStartsAt(), m.getEndsAt()).toMinutes()).sum());
			}).toList();
		if (!rows.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST,
					"소모임 목록 조회 (센터 " + centerId + "), " + rows.size() + "건", null);
		}
		List<RoomUse> use = held.stream().map(m -> new RoomUse(names.getOrDefault(m.getGroupId(), ""), m.getTitle(),
				m.getRoomName(), m.getStartsAt(), m.getEndsAt())).toList();
		return new StaffPage(rows, use, from, to);
	}

	private Standing standing(SmallGroup g, long accountId) {
		if (g.ledBy(accountId)) {
			return Standing.LEADER;
		}
		return memberships.findByGroupIdAndAccountId(g.getId(), accountId)
			.map(m -> m.member() ? Standing.MEMBER : Standing.REQUESTED).orElse(Standing.SIGNED_IN);
	}

	private String name(long accountId) {
		return identity.displayNameOf(accountId).orElse("-");
	}
}
