package org.ieum.governance.councils;

import java.time.Clock;
import java.util.List;

import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Minutes as a council keeps them: only the secretary (간사) serving on the meeting's day drafts,
 * only the chair (위원장) serving on that day approves. An approved version is locked; a change is
 * a new version with its reason, drafted and approved the same way.
 */
@Service
@Transactional
public class MinutesDesk {

	private final MeetingRepository meetings;
	private final MemberRepository members;
	private final MinutesRepository minutes;
	private final Clock clock;

	public MinutesDesk(MeetingRepository meetings, MemberRepository members, MinutesRepository minutes, Clock clock) {
		this.meetings = meetings;
		this.members = members;
		this.minutes = minutes;
		this.clock = clock;
	}

	/** Writes the draft: the first version, or the latest while it is not approved. */
	public void draft(long meetingId, CurrentUser me, String body) {
		Meeting meeting = meeting(meetingId);
		requireRole(meeting, me, MemberRole.SECRETARY, "governance.error.secretaryOnly");
		if (meeting.isCancelled()) {
			throw new Refusal("governance.error.meetingCancelled");
		}
		List<Minutes> versions = minutes.findByMeetingIdOrderByVersionNoDesc(meetingId);
		if (versions.isEmpty()) {
			minutes.save(new Minutes(meetingId, 1, body, null, me.accountId(), clock.instant()));
		}
		else {
			versions.get(0).redraft(body, me.accountId(), clock.instant());
		}
	}

	/** A new version of approved minutes, with the reason for the change. */
	public void revise(long meetingId, CurrentUser me, String body, String reason) {
		Meeting meeting = meeting(meetingId);
		requireRole(meeting, me, MemberRole.SECRETARY, "governance.error.secretaryOnly");
		List<Minutes> versions = minutes.findByMeetingIdOrderByVersionNoDesc(meetingId);
		if (versions.isEmpty() || !versions.get(0).isApproved()) {
			throw new Refusal("governance.error.reviseApprovedOnly");
		}
		minutes.save(new Minutes(meetingId, versions.get(0).getVersionNo() + 1, body, reason, me.accountId(),
				clock.instant()));
	}

	public void approve(long meetingId, CurrentUser me) {
		Meeting meeting = meeting(meetingId);
		requireRole(meeting, me, MemberRole.CHAIR, "governance.error.chairOnly");
		List<Minutes> versions = minutes.findByMeetingIdOrderByVersionNoDesc(meetingId);
		if (versions.isEmpty()) {
			throw new Refusal("governance.error.noDraft");
		}
		versions.get(0).approve(me.accountId(), clock.instant());
	}

	/** The roles the person holds on the meeting's council on its day. */
	public boolean holds(Meeting meeting, CurrentUser me, MemberRole role) {
		return me != null && members.findByAccountId(me.accountId()).stream()
			.anyMatch(m -> m.getCouncilId() == meeting.getCouncilId() && m.getRole() == role
					&& m.servesOn(meeting.day()));
	}

	private void requireRole(Meeting meeting, CurrentUser me, MemberRole role, String refusal) {
		boolean member = me != null && members.findByAccountId(me.accountId()).stream()
			.anyMatch(m -> m.getCouncilId() == meeting.getCouncilId());
		if (!member) {
			// someone who never sat on the council is not told the meeting exists
			throw Refusal.notFound("governance.error.notFound");
		}
		if (!holds(meeting, me, role)) {
			throw new Refusal(refusal);
		}
	}

	private Meeting meeting(long meetingId) {
		return meetings.findById(meetingId).orElseThrow(() -> Refusal.notFound("governance.error.notFound"));
	}
}
