package org.ieum.governance.councils;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.ieum.shared.Seoul;
import org.ieum.shared.rooms.Room;

/** What the governance pages show; templates never receive entities. */
public final class CouncilViews {

	private CouncilViews() {
	}

	public record CouncilRow(long id, String name, String purpose, boolean publicCouncil, int quorum,
			int recurrenceMonths, long serving) {
	}

	public record MemberRow(long id, String name, String affiliation, String email, boolean hasAccount,
			MemberRole role, LocalDate termStart, LocalDate termEnd, boolean serving) {
	}

	public record MeetingRow(long id, String title, Instant startsAt, Instant endsAt, String place,
			Boolean quorumMet, Integer attendees, Long roomId, Instant cancelledAt, String cancelReason) {

		/** When, in Seoul: 2026-03-12 14:00~16:00. */
		public String when() {
			return seoul(startsAt) + "~" + Seoul.at(endsAt).toLocalTime().format(TIME);
		}

		public boolean cancelled() {
			return cancelledAt != null;
		}

		/** The Seoul day and times, as the change form's fields take them. */
		public LocalDate day() {
			return Seoul.at(startsAt).toLocalDate();
		}

		public String from() {
			return Seoul.at(startsAt).toLocalTime().format(TIME);
		}

		public String until() {
			return Seoul.at(endsAt).toLocalTime().format(TIME);
		}
	}

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	static String seoul(Instant instant) {
		return instant == null ? null : Seoul.at(instant).format(DATE_TIME);
	}

	public record CouncilPage(CouncilRow council, List<MemberRow> members, List<MeetingRow> meetings,
			List<LocalDate> proposals, List<Room> rooms) {
	}

	public record ItemRow(long id, int position, String title, Decision decision, Integer votesFor,
			Integer votesAgainst, Integer votesAbstain) {
	}

	public record Attendee(long id, String name, MemberRole role, boolean present) {
	}

	public record DocumentRow(long id, String name, long sizeBytes) {
	}

	public record MinutesRow(int versionNo, String body, String reason, Instant draftedAt, Instant approvedAt) {

		public String approvedWhen() {
			return seoul(approvedAt);
		}

		public boolean approved() {
			return approvedAt != null;
		}
	}

	/**
	 * A meeting as a page shows it; {@code rooms} are the center's rooms staff may move it to, and
	 * {@code changeable} says whether it may still be moved or called off (neither held nor cancelled).
	 */
	public record MeetingPage(CouncilRow council, MeetingRow meeting, Instant invitedAt, List<ItemRow> agenda,
			List<Attendee> attendees, List<DocumentRow> documents, List<MinutesRow> minutes, List<Room> rooms,
			boolean changeable) {

		/** The latest approved minutes, or {@code null}. */
		public MinutesRow approvedMinutes() {
			return minutes.stream().filter(MinutesRow::approved).findFirst().orElse(null);
		}

		public String invitedWhen() {
			return seoul(invitedAt);
		}

		public MinutesRow latestMinutes() {
			return minutes.isEmpty() ? null : minutes.get(0);
		}
	}

	/** A member's own view of a meeting: which minutes steps their role allows. */
	public record MyMeetingPage(MeetingPage page, boolean secretary, boolean chair) {
	}

	public record MyMeetingRow(long id, String councilName, String title, Instant startsAt, MemberRole role) {

		public String when() {
			return seoul(startsAt);
		}
	}

	public record PortalCouncil(CouncilRow council, List<MemberRow> members, List<MeetingRow> meetings) {
	}
}
