package org.ieum.governance.councils;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ieum.governance.core.GovernanceFiles;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.Authorities;
import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.Notifier;
import org.ieum.shared.Seoul;
import org.ieum.shared.files.DownloadNames;
import org.ieum.shared.files.FileArea;
import org.ieum.shared.rooms.Room;
import org.ieum.shared.rooms.RoomHold;
import org.ieum.shared.rooms.RoomReservations;
import org.ieum.shared.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with a center's councils: set them up, keep the members and their terms, and
 * run meetings (room, agenda, papers, invitations, attendance, decisions). Every command checks
 * that the person is staff of the council's center.
 */
@Service
@Transactional
public class Councils {

	public static final int MAX_MEMBERS = 200;

	private final CouncilRepository councils;
	private final MemberRepository members;
	private final MeetingRepository meetings;
	private final MeetingDocumentRepository documents;
	private final RoomReservations rooms;
	private final GovernanceFiles files;
	private final IdentityApi identity;
	private final Notifier notifier;
	private final MessageSource messages;
	private final String baseUrl;
	private final Clock clock;

	public Councils(CouncilRepository councils, MemberRepository members, MeetingRepository meetings,
			MeetingDocumentRepository documents, RoomReservations rooms, GovernanceFiles files, IdentityApi identity,
			Notifier notifier, MessageSource messages, @Value("${ieum.base-url}") String baseUrl, Clock clock) {
		this.councils = councils;
		this.members = members;
		this.meetings = meetings;
		this.documents = documents;
		this.rooms = rooms;
		this.files = files;
		this.identity = identity;
		this.notifier = notifier;
		this.messages = messages;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	public record CouncilTerms(String name, String purpose, boolean publicCouncil, int quorum, int recurrenceMonths) {
	}

	public record MemberTerms(String name, String affiliation, String email, MemberRole role, LocalDate termStart,
			LocalDate termEnd) {
	}

	/** A meeting's time in Seoul and its place: a room of the center, or a place outside when no room is chosen. */
	public record MeetingTerms(String title, LocalDate day, LocalTime from, LocalTime until, Long roomId,
			String place) {
	}

	public Council create(long centerId, CouncilTerms terms) {
		Authorities.requireCenterStaff(centerId);
		return councils.save(new Council(centerId, terms.name(), terms.purpose(), terms.publicCouncil(), terms.quorum(),
				terms.recurrenceMonths(), clock.instant()));
	}

	public void change(long councilId, long centerId, CouncilTerms terms) {
		councilToManage(councilId, centerId).change(terms.name(), terms.purpose(), terms.publicCouncil(),
				terms.quorum(), terms.recurrenceMonths());
	}

	/** Adds a member; an address that belongs to an account links it, so the member can sign minutes. */
	public Member addMember(long councilId, long centerId, MemberTerms terms) {
		Council council = councilToManage(councilId, centerId);
		if (members.findByCouncilIdOrderByTermEndDescNameAscIdAsc(council.getId()).size() >= MAX_MEMBERS) {
			throw new Refusal("governance.error.tooManyMembers", MAX_MEMBERS);
		}
		Long accountId = terms.email() == null ? null : identity.findAccountIdByEmail(terms.email()).orElse(null);
		return members.save(new Member(council.getId(), terms.name(), terms.affiliation(), terms.email(), accountId,
				terms.role(), terms.termStart(), terms.termEnd(), clock.instant()));
	}

	/** Schedules a meeting; a chosen room is booked for its time in the same transaction. */
	public Meeting schedule(long councilId, long centerId, MeetingTerms terms) {
		Council council = councilToManage(councilId, centerId);
		var startsAt = terms.day().atTime(terms.from()).atZone(Seoul.ZONE).toInstant();
		var endsAt = terms.day().atTime(terms.until()).atZone(Seoul.ZONE).toInstant();
		String place = terms.place();
		if (terms.roomId() != null) {
			Room room = rooms.roomsOf(centerId).stream().filter(r -> r.id() == terms.roomId()).findFirst()
				.orElseThrow(() -> new Refusal("governance.error.room"));
			place = room.name();
		}
		Meeting meeting = meetings.save(new Meeting(council,
				members.findByCouncilIdOrderByTermEndDescNameAscIdAsc(council.getId()), terms.title(), startsAt, endsAt,
				terms.roomId(), place, clock.instant()));
		if (terms.roomId() != null) {
			int serving = (int) members.findByCouncilIdOrderByTermEndDescNameAscIdAsc(council.getId()).stream()
				.filter(m -> m.servesOn(terms.day())).count();
			meeting.booked(rooms.hold(new RoomHold(terms.roomId(), centerId, startsAt, endsAt,
					council.getName() + " " + terms.title(), Math.max(1, serving))));
		}
		return meeting;
	}

	public void addAgendaItem(long meetingId, long centerId, String title) {
		meetingToManage(meetingId, centerId).addAgendaItem(title);
	}

	public void addDocument(long meetingId, long centerId, byte[] bytes, String sentName) {
		Meeting meeting = meetingToManage(meetingId, centerId);
		FileArea.StoredFile stored = files.store(bytes);
		documents.save(new MeetingDocument(meeting.getId(), stored.file(), DownloadNames.of(sentName, stored.file()),
				stored.type(), stored.size(), clock.instant()));
	}

	/** Mails the invitation to every member serving on the meeting's day who has an address; once per meeting. */
	public int invite(long meetingId, long centerId) {
		Meeting meeting = meetingToManage(meetingId, centerId);
		Council council = councils.findById(meeting.getCouncilId()).orElseThrow();
		meeting.invited(clock.instant());
		List<Member> invited = members.findByCouncilIdOrderByTermEndDescNameAscIdAsc(council.getId()).stream()
			.filter(m -> m.servesOn(meeting.day()) && m.getEmail() != null).toList();
		String when = Seoul.at(meeting.getStartsAt()).toLocalDateTime().toString().replace('T', ' ');
		for (Member m : invited) {
			Object[] args = { m.getName(), council.getName(), meeting.getTitle(), when, meeting.getPlace(),
					agendaText(meeting), baseUrl + "/my/governance/meetings/" + meeting.getId() };
			notifier.send(new Notification(NotificationKind.COUNCIL_MEETING_INVITATION, council.getCenterId(),
					m.getAccountId(), m.getEmail(), messages.getMessage("governance.mail.invite.subject", args, Locale.KOREAN),
					messages.getMessage("governance.mail.invite.body", args, Locale.KOREAN),
					"/my/governance/meetings/" + meeting.getId()));
		}
		return invited.size();
	}

	public void recordAttendance(long meetingId, long centerId, Set<Long> present) {
		Meeting meeting = meetingToManage(meetingId, centerId);
		Council council = councils.findById(meeting.getCouncilId()).orElseThrow();
		meeting.recordAttendance(council, members.findByCouncilIdOrderByTermEndDescNameAscIdAsc(council.getId()),
				present);
	}

	public void decide(long meetingId, long centerId, long itemId, Decision decision, int votesFor, int votesAgainst,
			int votesAbstain) {
		Meeting meeting = meetingToManage(meetingId, centerId);
		Council council = councils.findById(meeting.getCouncilId()).orElseThrow();
		meeting.decide(council, itemId, decision, votesFor, votesAgainst, votesAbstain);
	}

	Council councilToManage(long councilId, long centerId) {
		Authorities.requireCenterStaff(centerId);
		return councils.findById(councilId).filter(c -> c.getCenterId() == centerId)
			.orElseThrow(() -> Refusal.notFound("governance.error.notFound"));
	}

	Meeting meetingToManage(long meetingId, long centerId) {
		Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> Refusal.notFound("governance.error.notFound"));
		councilToManage(meeting.getCouncilId(), centerId);
		return meeting;
	}

	private static String agendaText(Meeting meeting) {
		StringBuilder text = new StringBuilder();
		for (AgendaItem item : meeting.getAgenda()) {
			text.append(item.getPosition()).append(". ").append(item.getTitle()).append('\n');
		}
		return text.toString();
	}
}
