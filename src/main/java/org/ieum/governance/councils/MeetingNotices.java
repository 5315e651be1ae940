package org.ieum.governance.councils;

import java.util.List;
import java.util.Locale;

import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.Notifier;
import org.ieum.shared.Seoul;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the members who were invited to a meeting that it moved, changed its agenda or was called
 * off: one message to each of them per change, in the transaction of the change, so a refused
 * change tells nobody anything.
 */
@Component
class MeetingNotices {

	private final MemberRepository members;
	private final Notifier notifier;
	private final MessageSource messages;
	private final String baseUrl;

	MeetingNotices(MemberRepository members, Notifier notifier, MessageSource messages,
			@Value("${ieum.base-url}") String baseUrl) {
		this.members = members;
		this.notifier = notifier;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/** The meeting as it now is, to those invited; nobody was told of a meeting not yet invited. */
	int changed(Council council, Meeting meeting) {
		return send(council, meeting, NotificationKind.COUNCIL_MEETING_CHANGED, "governance.mail.changed", null);
	}

	int cancelled(Council council, Meeting meeting) {
		return send(council, meeting, NotificationKind.COUNCIL_MEETING_CANCELLED, "governance.mail.cancelled",
				meeting.getCancelReason());
	}

	private int send(Council council, Meeting meeting, NotificationKind kind, String key, String reason) {
		if (meeting.getInvitedAt() == null) {
			return 0;
		}
		List<Member> invited = members.findByCouncilIdOrderByTermEndDescNameAscIdAsc(council.getId()).stream()
			.filter(m -> m.servesOn(meeting.day()) && m.getEmail() != null).toList();
		String when = CouncilViews.seoul(meeting.getStartsAt()) + "~"
				+ CouncilViews.seoul(meeting.getEndsAt()).substring(11);
		String link = "/my/governance/meetings/" + meeting.getId();
		for (Member m : invited) {
			Object[] args = { m.getName(), council.getName(), meeting.getTitle(), when, meeting.getPlace(),
					agendaText(meeting), baseUrl + link, reason };
			notifier.send(new Notification(kind, council.getCenterId(), m.getAccountId(), m.getEmail(),
					messages.getMessage(key + ".subject", args, Locale.KOREAN),
					messages.getMessage(key + ".body", args, Locale.KOREAN), link));
		}
		return invited.size();
	}

	private static String agendaText(Meeting meeting) {
		StringBuilder text = new StringBuilder();
		for (AgendaItem item : meeting.getAgenda()) {
			text.append(item.getPosition()).append(". ").append(item.getTitle()).append('\n');
		}
		return text.toString();
	}
}
