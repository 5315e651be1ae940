package org.ieum.governance.councils;

import java.time.Clock;
import java.time.Instant;

import org.ieum.shared.Seoul;
import org.ieum.shared.rooms.Room;
import org.ieum.shared.rooms.RoomHold;
import org.ieum.shared.rooms.RoomReservations;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a planned meeting after it was opened: another day, time or place, another agenda, or
 * calling it off with a reason. The room moves in the same transaction as the meeting: the old
 * booking is released and the new time booked, so a taken slot refuses the whole change and the
 * old booking stands. A meeting that has been held (attendance, decisions or minutes) stays as it
 * was. Members who were invited hear of each change once.
 */
@Service
@Transactional
public class MeetingChanges {

	private final Councils councils;
	private final MemberRepository members;
	private final MinutesRepository minutes;
	private final RoomReservations rooms;
	private final MeetingNotices notices;
	private final Clock clock;

	MeetingChanges(Councils councils, MemberRepository members, MinutesRepository minutes, RoomReservations rooms,
			MeetingNotices notices, Clock clock) {
		this.councils = councils;
		this.members = members;
		this.minutes = minutes;
		this.rooms = rooms;
		this.notices = notices;
		this.clock = clock;
	}

	/** Moves the meeting (or renames it); returns how many invited members were told. */
	public int reschedule(long meetingId, long centerId, Councils.MeetingTerms terms) {
		Meeting meeting = councils.meetingToManage(meetingId, centerId);
		Council council = councils.councilToManage(meeting.getCouncilId(), centerId);
		Instant startsAt = terms.day().atTime(terms.from()).atZone(Seoul.ZONE).toInstant();
		Instant endsAt = terms.day().atTime(terms.until()).atZone(Seoul.ZONE).toInstant();
		String place = terms.place();
		if (terms.roomId() != null) {
			Room room = rooms.roomsOf(centerId).stream().filter(r -> r.id() == terms.roomId()).findFirst()
				.orElseThrow(() -> new Refusal("governance.error.room"));
			place = room.name();
		}
		Long oldBooking = meeting.getBookingId();
		var councilMembers = members.findByCouncilIdOrderByTermEndDescNameAscIdAsc(council.getId());
		meeting.reschedule(council, councilMembers, terms.title(), startsAt, endsAt, terms.roomId(), place,
				minutesDrafted(meeting));
		if (oldBooking != null) {
			rooms.release(oldBooking);
		}
		if (terms.roomId() != null) {
			int serving = (int) councilMembers.stream().filter(m -> m.servesOn(terms.day())).count();
			meeting.booked(rooms.hold(new RoomHold(terms.roomId(), centerId, startsAt, endsAt,
					council.getName() + " " + terms.title(), Math.max(1, serving))));
		}
		return notices.changed(council, meeting);
	}

	public int addAgendaItem(long meetingId, long centerId, String title) {
		Meeting meeting = councils.meetingToManage(meetingId, centerId);
		meeting.addAgendaItem(title);
		return notices.changed(councils.councilToManage(meeting.getCouncilId(), centerId), meeting);
	}

	public int removeAgendaItem(long meetingId, long centerId, long itemId) {
		Meeting meeting = councils.meetingToManage(meetingId, centerId);
		meeting.removeAgendaItem(itemId);
		return notices.changed(councils.councilToManage(meeting.getCouncilId(), centerId), meeting);
	}

	/** Calls the meeting off and frees its room; returns how many invited members were told. */
	public int cancel(long meetingId, long centerId, String reason) {
		Meeting meeting = councils.meetingToManage(meetingId, centerId);
		Council council = councils.councilToManage(meeting.getCouncilId(), centerId);
		Long booking = meeting.getBookingId();
		meeting.cancel(reason, clock.instant(), minutesDrafted(meeting));
		if (booking != null) {
			rooms.release(booking);
		}
		return notices.cancelled(council, meeting);
	}

	private boolean minutesDrafted(Meeting meeting) {
		return !minutes.findByMeetingIdOrderByVersionNoDesc(meeting.getId()).isEmpty();
	}
}
