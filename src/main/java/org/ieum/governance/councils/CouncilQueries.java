package org.ieum.governance.councils;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.governance.councils.CouncilViews.Attendee;
import org.ieum.governance.councils.CouncilViews.CouncilPage;
import org.ieum.governance.councils.CouncilViews.CouncilRow;
import org.ieum.governance.councils.CouncilViews.DocumentRow;
import org.ieum.governance.councils.CouncilViews.ItemRow;
import org.ieum.governance.councils.CouncilViews.MeetingPage;
import org.ieum.governance.councils.CouncilViews.MeetingRow;
import org.ieum.governance.councils.CouncilViews.MemberRow;
import org.ieum.governance.councils.CouncilViews.MinutesRow;
import org.ieum.governance.councils.CouncilViews.MyMeetingPage;
import org.ieum.governance.councils.CouncilViews.MyMeetingRow;
import org.ieum.governance.councils.CouncilViews.PortalCouncil;
import org.ieum.governance.core.GovernanceFiles;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.rooms.RoomReservations;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The governance pages' reads. Staff pages that show members' addresses write the personal-data
 * access log in the same transaction; the portal shows only public councils, without addresses,
 * and only approved minutes.
 */
@Service
@Transactional(readOnly = true)
public class CouncilQueries {

	private final CouncilRepository councils;
	private final MemberRepository members;
	private final MeetingRepository meetings;
	private final MinutesRepository minutes;
	private final MeetingDocumentRepository documents;
	private final RoomReservations rooms;
	private final GovernanceFiles files;
	private final MinutesDesk desk;
	private final IdentityApi identity;
	private final Clock clock;

	public CouncilQueries(CouncilRepository councils, MemberRepository members, MeetingRepository meetings,
			MinutesRepository minutes, MeetingDocumentRepository documents, RoomReservations rooms,
			GovernanceFiles files, MinutesDesk desk, IdentityApi identity, Clock clock) {
		this.councils = councils;
		this.members = members;
		this.meetings = meetings;
		this.minutes = minutes;
		this.documents = documents;
		this.rooms = rooms;
		this.files = files;
		this.desk = desk;
		this.identity = identity;
		this.clock = clock;
	}

	public record Download(String name, String type, byte[] bytes) {
	}

	public List<CouncilRow> councilsOf(long centerId) {
		Authorities.requireCenterStaff(centerId);
		LocalDate today = Seoul.today(clock);
		return councils.findByCenterIdOrderByNameAscIdAsc(centerId).stream().map(c -> row(c, today)).toList();
	}

	@Transactional
	public CouncilPage council(long councilId, long centerId) {
		Council council = staffCouncil(councilId, centerId);
		LocalDate today = Seoul.today(clock);
		List<Meeting> held = meetings.findByCouncilIdOrderByStartsAtDescIdDesc(councilId);
		LocalDate last = held.isEmpty() ? null : held.get(0).day();
		identity.recordPersonalDataAccess(null, PersonalDataAction.LIST, "governance council " + councilId + " members",
				null);
		return new CouncilPage(row(council, today), memberRows(councilId, today, true),
				held.stream().map(CouncilQueries::meetingRow).toList(),
				Schedule.proposals(council.getRecurrenceMonths(), last, today, 2), rooms.roomsOf(centerId));
	}

	public MeetingPage meeting(long meetingId, long centerId) {
		Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> Refusal.notFound("governance.error.notFound"));
		staffCouncil(meeting.getCouncilId(), centerId);
		return meetingPage(meeting, true);
	}

	/** The meetings of every council the person serves or served on, newest first. */
	public List<MyMeetingRow> myMeetings(CurrentUser me) {
		List<Member> mine = members.findByAccountId(me.accountId());
		Map<Long, Member> byCouncil = mine.stream()
			.collect(Collectors.toMap(Member::getCouncilId, Function.identity(), (a, b) -> a));
		Map<Long, Council> councilsById = councils.findAllById(byCouncil.keySet()).stream()
			.collect(Collectors.toMap(Council::getId, Function.identity()));
		return meetings.findByCouncilIdInOrderByStartsAtDescIdDesc(byCouncil.keySet()).stream()
			.map(m -> new MyMeetingRow(m.getId(), councilsById.get(m.getCouncilId()).getName(), m.getTitle(),
					m.getStartsAt(), byCouncil.get(m.getCouncilId()).getRole()))
			.toList();
	}

	/** A meeting for one of its council's members; anyone else is told it does not exist. */
	public MyMeetingPage myMeeting(long meetingId, CurrentUser me) {
		Meeting meeting = memberMeeting(meetingId, me);
		return new MyMeetingPage(meetingPage(meeting, false), desk.holds(meeting, me, MemberRole.SECRETARY),
				desk.holds(meeting, me, MemberRole.CHAIR));
	}

	public List<PortalCouncil> portal(long centerId) {
		LocalDate today = Seoul.today(clock);
		return councils.findByCenterIdOrderByNameAscIdAsc(centerId).stream().filter(Council::isPublicCouncil)
			.map(c -> new PortalCouncil(row(c, today),
					memberRows(c.getId(), today, false).stream().filter(MemberRow::serving).toList(),
					meetings.findByCouncilIdOrderByStartsAtDescIdDesc(c.getId()).stream()
						.map(CouncilQueries::meetingRow).toList()))
			.toList();
	}

	/** A public council's meeting: agenda, decisions, papers and approved minutes only. */
	public MeetingPage portalMeeting(long centerId, long meetingId) {
		Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> Refusal.notFound("governance.error.notFound"));
		Council council = councils.findById(meeting.getCouncilId())
			.filter(c -> c.getCenterId() == centerId && c.isPublicCouncil())
			.orElseThrow(() -> Refusal.notFound("governance.error.notFound"));
		MeetingPage page = meetingPage(meeting, false);
		List<MinutesRow> approved = page.minutes().stream().filter(MinutesRow::approved).limit(1).toList();
		return new MeetingPage(row(council, Seoul.today(clock)), page.meeting(), null, page.agenda(),
				List.of(), List.of(), approved, List.of(), false);
	}

	/** A meeting paper, for the center's staff and the council's members. */
	public Download document(long documentId, CurrentUser me) {
		MeetingDocument document = documents.findById(documentId)
			.orElseThrow(() -> Refusal.notFound("governance.error.notFound"));
		Meeting meeting = meetings.findById(document.getMeetingId()).orElseThrow();
		Council council = councils.findById(meeting.getCouncilId()).orElseThrow();
		boolean member = me != null
				&& members.findByAccountId(me.accountId()).stream().anyMatch(m -> m.getCouncilId() == council.getId());
		if (!member && !Authorities.canManageCenter(council.getCenterId())) {
			throw Refusal.notFound("governance.error.notFound");
		}
		byte[] bytes = files.read(document.getFile()).orElseThrow(() -> Refusal.notFound("governance.error.notFound"));
		return new Download(document.getName(), document.getContentType(), bytes);
	}

	private Meeting memberMeeting(long meetingId, CurrentUser me) {
		Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> Refusal.notFound("governance.error.notFound"));
		boolean member = members.findByAccountId(me.accountId()).stream()
			.anyMatch(m -> m.getCouncilId() == meeting.getCouncilId());
		if (!member) {
			throw Refusal.notFound("governance.error.notFound");
		}
		return meeting;
	}

	private MeetingPage meetingPage(Meeting meeting, boolean staff) {
		Council council = councils.findById(meeting.getCouncilId()).orElseThrow();
		LocalDate day = meeting.day();
		Set<Long> present = meeting.getPresent();
		List<Attendee> attendees = members.findByCouncilIdOrderByTermEndDescNameAscIdAsc(council.getId()).stream()
			.filter(m -> m.servesOn(day))
			.sorted(Comparator.comparing(Member::getRole).thenComparing(Member::getName))
			.map(m -> new Attendee(m.getId(), m.getName(), m.getRole(), present.contains(m.getId())))
			.toList();
		List<ItemRow> agenda = meeting.getAgenda().stream()
			.map(a -> new ItemRow(a.getId(), a.getPosition(), a.getTitle(), a.getDecision(), a.getVotesFor(),
					a.getVotesAgainst(), a.getVotesAbstain()))
			.toList();
		List<DocumentRow> papers = documents.findByMeetingIdOrderByIdAsc(meeting.getId()).stream()
			.map(d -> new DocumentRow(d.getId(), d.getName(), d.getSizeBytes())).toList();
		List<MinutesRow> versions = minutes.findByMeetingIdOrderByVersionNoDesc(meeting.getId()).stream()
			.map(m -> new MinutesRow(m.getVersionNo(), m.getBody(), m.getReason(), m.getDraftedAt(),
					m.getApprovedAt()))
			.toList();
		boolean changeable = !meeting.isCancelled() && !meeting.tookPlace(!versions.isEmpty());
		return new MeetingPage(row(council, Seoul.today(clock)), meetingRow(meeting),
				staff ? meeting.getInvitedAt() : null, agenda, attendees, papers, versions,
				staff && changeable ? rooms.roomsOf(council.getCenterId()) : List.of(), staff && changeable);
	}

	private Council staffCouncil(long councilId, long centerId) {
		Authorities.requireCenterStaff(centerId);
		return councils.findById(councilId).filter(c -> c.getCenterId() == centerId)
			.orElseThrow(() -> Refusal.notFound("governance.error.notFound"));
	}

	private CouncilRow row(Council c, LocalDate today) {
		long serving = members.findByCouncilIdOrderByTermEndDescNameAscIdAsc(c.getId()).stream()
			.filter(m -> m.servesOn(today)).count();
		return new CouncilRow(c.getId(), c.getName(), c.getPurpose(), c.isPublicCouncil(), c.getQuorum(),
				c.getRecurrenceMonths(), serving);
	}

	private List<MemberRow> memberRows(long councilId, LocalDate today, boolean withAddress) {
		return members.findByCouncilIdOrderByTermEndDescNameAscIdAsc(councilId).stream()
			.map(m -> new MemberRow(m.getId(), m.getName(), m.getAffiliation(), withAddress ? m.getEmail() : null,
					m.getAccountId() != null, m.getRole(), m.getTermStart(), m.getTermEnd(), m.servesOn(today)))
			.toList();
	}

	private static MeetingRow meetingRow(Meeting m) {
		return new MeetingRow(m.getId(), m.getTitle(), m.getStartsAt(), m.getEndsAt(), m.getPlace(), m.getQuorumMet(),
				m.getAttendees(), m.getRoomId(), m.getCancelledAt(), m.getCancelReason());
	}
}
