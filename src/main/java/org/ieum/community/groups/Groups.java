package org.ieum.community.groups;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.ieum.centers.CentersApi;
import org.ieum.centers.OpeningHoursOnDate;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.rooms.Room;
import org.ieum.shared.rooms.RoomHold;
import org.ieum.shared.rooms.RoomReservations;
import org.ieum.shared.web.Refusal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members, leaders and staff do with small groups. A member proposes a group and leads it
 * once staff approve; others ask to join (once: the unique membership key settles two requests at
 * the same moment) and the leader accepts them; members post to the group's board; the leader
 * books meetings in the center's rooms only through {@link RoomReservations}, after the site's
 * opening hours, so a taken room or a closed day is refused with the spaces module's message and
 * a series of weekly meetings is booked whole or not at all.
 */
@Service
@Transactional
public class Groups {

	/** The longest series of weekly meetings booked at once. */
	static final int MAX_WEEKS = 12;

	private final SmallGroupRepository groups;
	private final MembershipRepository memberships;
	private final GroupPostRepository posts;
	private final GroupMeetingRepository meetings;
	private final RoomReservations rooms;
	private final CentersApi centers;
	private final Clock clock;

	Groups(SmallGroupRepository groups, MembershipRepository memberships, GroupPostRepository posts,
			GroupMeetingRepository meetings, RoomReservations rooms, CentersApi centers, Clock clock) {
		this.groups = groups;
		this.memberships = memberships;
		this.posts = posts;
		this.meetings = meetings;
		this.rooms = rooms;
		this.centers = centers;
		this.clock = clock;
	}

	/** The member proposes a group at the center and will lead it; staff decide. Returns the group's id. */
	public long propose(long centerId, ProposalForm form, CurrentUser me) {
		centers.findById(centerId).orElseThrow(() -> Refusal.notFound("community.error.noGroup"));
		SmallGroup group = groups.save(new SmallGroup(centerId, form.getName().strip(), form.getPurpose().strip(),
				form.getFrequency().strip(), me.accountId(), clock.instant()));
		memberships.save(Membership.leader(group.getId(), me.accountId(), clock.instant()));
		return group.getId();
	}

	public void approve(long centerId, long groupId) {
		staffGroup(centerId, groupId).approve(clock.instant());
	}

	public void reject(long centerId, long groupId, String note) {
		String why = note == null ? "" : note.strip();
		if (why.isEmpty() || why.length() > 500) {
			throw new Refusal("community.error.rejectNote");
		}
		staffGroup(centerId, groupId).reject(why, clock.instant());
	}

	/** Asks to join an active group; a second request by the same person is refused, even at the same moment. */
	public void join(long centerId, long groupId, CurrentUser me) {
		SmallGroup group = visibleGroup(centerId, groupId);
		if (!group.active()) {
			throw new Refusal("community.error.notActive");
		}
		if (memberships.existsByGroupIdAndAccountId(groupId, me.accountId())) {
			throw new Refusal("community.error.joinedTwice");
		}
		try {
			memberships.saveAndFlush(Membership.requested(groupId, me.accountId(), clock.instant()));
		}
		catch (DataIntegrityViolationException raced) {
			throw Refusal.because(raced, "community.error.joinedTwice");
		}
	}

	/** The leader accepts a request to join. */
	public void accept(long centerId, long groupId, long membershipId, CurrentUser me) {
		SmallGroup group = ledGroup(centerId, groupId, me);
		Membership membership = memberships.findById(membershipId).filter(m -> m.getGroupId() == group.getId())
			.orElseThrow(() -> Refusal.notFound("community.error.noMembership"));
		membership.accept(clock.instant());
	}

	/** A member writes on the group's board. */
	public void post(long centerId, long groupId, String body, CurrentUser me) {
		SmallGroup group = visibleGroup(centerId, groupId);
		boolean member = memberships.findByGroupIdAndAccountId(groupId, me.accountId()).map(Membership::member)
			.orElse(false);
		if (!member || !group.active()) {
			throw Refusal.forbidden("community.error.membersOnly");
		}
		String text = body == null ? "" : body.strip();
		if (text.isEmpty() || text.length() > 4000) {
			throw new Refusal("community.error.postLength");
		}
		posts.save(new GroupPost(groupId, me.accountId(), text, clock.instant()));
	}

	/**
	 * The leader books a meeting, or the same time on several weeks running, in one of the center's
	 * rooms; returns how many meetings were booked. Any week refused refuses them all.
	 */
	public int schedule(long centerId, long groupId, MeetingForm form, CurrentUser me) {
		SmallGroup group = ledGroup(centerId, groupId, me);
		if (!group.active()) {
			throw new Refusal("community.error.notActive");
		}
		Room room = rooms.roomsOf(centerId).stream().filter(r -> r.id() == form.getRoomId()).findFirst()
			.orElseThrow(() -> new Refusal("community.error.noRoom"));
		LocalTime from = form.getStartTime();
		LocalTime to = form.getEndTime();
		if (!to.isAfter(from)) {
			throw new Refusal("community.error.meetingTimes");
		}
		int weeks = form.getWeeks();
		if (weeks < 1 || weeks > MAX_WEEKS) {
			throw new Refusal("community.error.weeks");
		}
		int headcount = (int) memberships.countByGroupIdAndStatus(groupId, MembershipStatus.MEMBER);
		List<GroupMeeting> booked = new ArrayList<>();
		for (int week = 0; week < weeks; week++) {
			LocalDate day = form.getDate().plusWeeks(week);
			Instant startsAt = day.atTime(from).atZone(Seoul.ZONE).toInstant();
			Instant endsAt = day.atTime(to).atZone(Seoul.ZONE).toInstant();
			if (!startsAt.isAfter(clock.instant())) {
				throw new Refusal("community.error.meetingPast");
			}
			requireOpen(room, day, from, to);
			long booking = rooms.hold(new RoomHold(room.id(), centerId, startsAt, endsAt,
					group.getName() + " · " + form.getTitle().strip(), Math.max(1, headcount)));
			booked.add(new GroupMeeting(groupId, centerId, form.getTitle().strip(), room.id(), room.name(), startsAt, endsAt,
					booking));
		}
		meetings.saveAll(booked);
		return booked.size();
	}

	/** The leader or the center's staff call off a meeting; its room is free again. */
	public void cancelMeeting(long centerId, long groupId, long meetingId, CurrentUser me) {
		SmallGroup group = visibleGroup(centerId, groupId);
		if (!group.ledBy(me.accountId()) && !Authorities.canManageCenter(centerId)) {
			throw Refusal.forbidden("community.error.leaderOnly");
		}
		GroupMeeting meeting = meetings.findById(meetingId).filter(m -> m.getGroupId() == groupId && !m.cancelled())
			.orElseThrow(() -> Refusal.notFound("community.error.noMeeting"));
		meeting.cancel(clock.instant());
		rooms.release(meeting.getBookingId());
	}

	/** The same rule a citizen's booking keeps: only on a day the room's site is open, within its hours. */
	private void requireOpen(Room room, LocalDate day, LocalTime from, LocalTime to) {
		OpeningHoursOnDate hours = centers.hoursOn(room.siteId(), day);
		if (!hours.open()) {
			throw new Refusal("spaces.error.closedDay");
		}
		if (from.isBefore(hours.opens()) || to.isAfter(hours.closes())) {
			throw new Refusal("spaces.error.outsideHours", hours.opens().toString(), hours.closes().toString());
		}
	}

	private SmallGroup staffGroup(long centerId, long groupId) {
		Authorities.requireCenterStaff(centerId);
		return groups.findById(groupId).filter(g -> g.getCenterId() == centerId)
			.orElseThrow(() -> Refusal.notFound("community.error.noGroup"));
	}

	private SmallGroup visibleGroup(long centerId, long groupId) {
		return groups.findById(groupId).filter(g -> g.getCenterId() == centerId)
			.orElseThrow(() -> Refusal.notFound("community.error.noGroup"));
	}

	private SmallGroup ledGroup(long centerId, long groupId, CurrentUser me) {
		SmallGroup group = visibleGroup(centerId, groupId);
		if (!group.ledBy(me.accountId())) {
			throw Refusal.forbidden("community.error.leaderOnly");
		}
		return group;
	}
}
