package org.ieum.shared;

/**
 * What a notification is about. Each kind belongs to a group a person sees on their
 * preferences and that staff see on the delivery records; the wording stays with the module
 * that sends it. A kind is a service notice (about the person's own requests: it goes at once)
 * or advertising (정보통신망법 제50조: it needs the person's marketing consent, waits out 21:00 to
 * 08:00 Seoul time, and says "(광고)" and how to refuse); every kind but {@link #EVENT_PROMOTION} is a
 * service notice. The newsletter is advertising too but stays on the mail outbox (ADR 0025).
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

	EXCHANGE_MESSAGE(Group.ORGANIZATIONS),

	LIBRARY_HOLD_READY(Group.LIBRARY), LIBRARY_OVERDUE(Group.LIBRARY),

	COUNCIL_MEETING_INVITATION(Group.GOVERNANCE), AGREEMENT_ENDING(Group.GOVERNANCE), COUNCIL_TERM_ENDING(Group.GOVERNANCE),

	COUNCIL_MEETING_CHANGED(Group.GOVERNANCE), COUNCIL_MEETING_CANCELLED(Group.GOVERNANCE),

	MARKET_INQUIRY_RECEIVED(Group.MARKET), MARKET_INQUIRY_SENT(Group.MARKET), MARKET_INQUIRY_ANSWERED(Group.MARKET),

	MARKET_NEED_MATCHED(Group.MARKET), MARKET_NEED_DECIDED(Group.MARKET),

	PHONE_VERIFICATION_CODE(Group.ACCOUNT),

	/** A center tells members about an event or a course they have not asked about: advertising. */
	EVENT_PROMOTION(Group.PROMOTIONS, true);

	private final Group group;

	private final boolean advertising;

	NotificationKind(Group group) {
		this(group, false);
	}

	NotificationKind(Group group, boolean advertising) {
		this.group = group;
		this.advertising = advertising;
	}

	public Group group() {
		return group;
	}

	/** Whether messages of this kind are advertising (consent, quiet hours, "(광고)"), not a service notice. */
	public boolean advertising() {
		return advertising;
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
		BOOKINGS, EDUCATION, PROGRAMS, CONSULTING, INCUBATION, BOARDS, ORGANIZATIONS, LIBRARY, GOVERNANCE, MARKET, PROMOTIONS,
		ACCOUNT;

		/** Whether people choose the channels of this group on their preferences page. */
		public boolean choosable() {
			return this != ACCOUNT;
		}

		public String labelKey() {
			return "notifications.group." + name();
		}
	}
}
