package org.ieum.shared;

/**
 * What a notification is about. Each kind belongs to a group a person sees on their
 * preferences and that staff see on the delivery records; the wording stays with the module
 * that sends it.
 */
public enum NotificationKind {

	RESERVATION_REQUESTED(Group.BOOKINGS), RESERVATION_CONFIRMED(Group.BOOKINGS), RESERVATION_APPROVED(Group.BOOKINGS),
	RESERVATION_REJECTED(Group.BOOKINGS), RESERVATION_CANCELLED(Group.BOOKINGS), RESERVATION_NO_SHOW(Group.BOOKINGS),
	RESERVATION_EXPIRED(Group.BOOKINGS),

	ENROLLMENT_UPDATE(Group.EDUCATION), WAITLIST_SEAT(Group.EDUCATION),

	APPLICATION_UPDATE(Group.PROGRAMS), CALL_RESULT(Group.PROGRAMS), REVIEW_ASSIGNMENT(Group.PROGRAMS),
	PROGRAM_REPORT_DUE(Group.PROGRAMS),

	CONSULTING_UPDATE(Group.CONSULTING), CONSULTING_SESSION_REMINDER(Group.CONSULTING),

	OFFICE_ASSIGNED(Group.INCUBATION), TENANT_REPORT_DUE(Group.INCUBATION),

	QUESTION_ANSWERED(Group.BOARDS),

	MANAGEMENT_CLAIM_DECIDED(Group.ORGANIZATIONS), OBLIGATION_DUE(Group.ORGANIZATIONS),

	LIBRARY_HOLD_READY(Group.LIBRARY), LIBRARY_OVERDUE(Group.LIBRARY),

	COUNCIL_MEETING_INVITATION(Group.GOVERNANCE), AGREEMENT_ENDING(Group.GOVERNANCE),

	PHONE_VERIFICATION_CODE(Group.ACCOUNT);

	private final Group group;

	NotificationKind(Group group) {
		this.group = group;
	}

	public Group group() {
		return group;
	}

	/** Message key of the kind's name ("예약 승인"). */
	public String labelKey() {
		return "notifications.kind." + name();
	}

	/**
	 * The groups of kinds, as people choose their channels for them. {@code ACCOUNT} holds what goes
	 * to the address or number being checked (a verification code): nobody chooses its channel.
	 */
	public enum Group {
		BOOKINGS, EDUCATION, PROGRAMS, CONSULTING, INCUBATION, BOARDS, ORGANIZATIONS, LIBRARY, GOVERNANCE, ACCOUNT;

		/** Whether people choose the channels of this group on their preferences page. */
		public boolean choosable() {
			return this != ACCOUNT;
		}

		public String labelKey() {
			return "notifications.group." + name();
		}
	}
}
