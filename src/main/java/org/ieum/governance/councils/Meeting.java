package org.ieum.governance.councils;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;

/**
 * A council meeting: when and where, its agenda, who attended and whether that reached the
 * council's quorum, and what was decided on each item. Decisions need the attendance first, and
 * a meeting without quorum decides nothing but 보류.
 */
@Entity
@Table(name = "governance_meeting")
public class Meeting {

	public static final int MAX_AGENDA = 30;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "council_id", nullable = false)
	private long councilId;

	@Column(nullable = false)
	private String title;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Column(name = "room_id")
	private Long roomId;

	@Column(name = "booking_id")
	private Long bookingId;

	private String place;

	@Column(name = "invited_at")
	private Instant invitedAt;

	@Column(name = "quorum_met")
	private Boolean quorumMet;

	private Integer attendees;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	@Column(name = "cancel_reason")
	private String cancelReason;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "governance_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "member_id")
	private Set<Long> present = new HashSet<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "meeting_id", nullable = false)
	@OrderBy("position")
	private List<AgendaItem> agenda = new ArrayList<>();

	protected Meeting() {
	}

	/**
	 * A meeting of the council at a time, in a booked room or at a place outside; refused when
	 * fewer members serve on that day than the quorum, since such a meeting could decide nothing.
	 */
	public Meeting(Council council, Collection<Member> members, String title, Instant startsAt, Instant endsAt,
			Long roomId, String place, Instant now) {
		checkTimeAndPlace(council, members, startsAt, endsAt, roomId, place);
		this.councilId = council.getId();
		this.title = title;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.roomId = roomId;
		this.place = place;
		this.createdAt = now;
	}

	private static void checkTimeAndPlace(Council council, Collection<Member> members, Instant startsAt,
			Instant endsAt, Long roomId, String place) {
		if (!endsAt.isAfter(startsAt)) {
			throw new Refusal("governance.error.meetingTime");
		}
		if (roomId == null && place == null) {
			throw new Refusal("governance.error.place");
		}
		LocalDate day = Seoul.at(startsAt).toLocalDate();
		long serving = members.stream().filter(m -> m.getCouncilId() == council.getId() && m.servesOn(day)).count();
		if (serving < council.getQuorum()) {
			throw new Refusal("governance.error.outsideTerms", day.toString(), serving, council.getQuorum());
		}
	}

	/**
	 * Whether the meeting has been held: attendance or a decision recorded, or minutes drafted.
	 * Such a meeting is history and can no longer be moved or called off.
	 */
	public boolean tookPlace(boolean minutesDrafted) {
		return quorumMet != null || minutesDrafted || agenda.stream().anyMatch(a -> a.getDecision() != null);
	}

	public boolean isCancelled() {
		return cancelledAt != null;
	}

	/**
	 * Moves the planned meeting to another time or place (and may rename it), checked as a new
	 * meeting would be. The caller releases the old room booking and books the new one; until then
	 * the meeting holds no booking.
	 */
	public void reschedule(Council council, Collection<Member> members, String newTitle, Instant newStartsAt,
			Instant newEndsAt, Long newRoomId, String newPlace, boolean minutesDrafted) {
		requirePlanned(minutesDrafted, "governance.error.heldNoMove");
		checkTimeAndPlace(council, members, newStartsAt, newEndsAt, newRoomId, newPlace);
		this.title = newTitle;
		this.startsAt = newStartsAt;
		this.endsAt = newEndsAt;
		this.roomId = newRoomId;
		this.place = newPlace;
		this.bookingId = null;
	}

	/** Calls the planned meeting off with the reason the members and the public are told. */
	public void cancel(String reason, Instant now, boolean minutesDrafted) {
		requirePlanned(minutesDrafted, "governance.error.heldNoCancel");
		if (reason == null || reason.isBlank()) {
			throw new Refusal("governance.error.cancelReason");
		}
		this.cancelledAt = now;
		this.cancelReason = reason;
		this.bookingId = null;
	}

	public void removeAgendaItem(long itemId) {
		requireNotCancelled();
		AgendaItem item = agenda.stream().filter(a -> a.getId() == itemId).findFirst()
			.orElseThrow(() -> Refusal.notFound("governance.error.notFound"));
		if (item.getDecision() != null) {
			throw new Refusal("governance.error.decidedItem");
		}
		agenda.remove(item);
	}

	private void requirePlanned(boolean minutesDrafted, String heldKey) {
		requireNotCancelled();
		if (tookPlace(minutesDrafted)) {
			throw new Refusal(heldKey);
		}
	}

	private void requireNotCancelled() {
		if (isCancelled()) {
			throw new Refusal("governance.error.meetingCancelled");
		}
	}

	public LocalDate day() {
		return Seoul.at(startsAt).toLocalDate();
	}

	public void booked(long bookingId) {
		this.bookingId = bookingId;
	}

	public void addAgendaItem(String itemTitle) {
		requireNotCancelled();
		if (agenda.size() >= MAX_AGENDA) {
			throw new Refusal("governance.error.agendaFull", MAX_AGENDA);
		}
		int next = agenda.stream().mapToInt(AgendaItem::getPosition).max().orElse(0) + 1;
		agenda.add(new AgendaItem(next, itemTitle));
	}

	public void invited(Instant now) {
		requireNotCancelled();
		if (invitedAt != null) {
			throw new Refusal("governance.error.alreadyInvited");
		}
		this.invitedAt = now;
	}

	/**
	 * Records who came; only members serving on the meeting's day count. Marks whether the quorum
	 * was reached. Decisions already taken stand only while the quorum still holds.
	 */
	public void recordAttendance(Council council, Collection<Member> members, Set<Long> memberIds) {
		requireNotCancelled();
		LocalDate day = day();
		Set<Long> serving = new HashSet<>();
		for (Member m : members) {
			if (m.getCouncilId() == councilId && m.servesOn(day)) {
				serving.add(m.getId());
			}
		}
		if (!serving.containsAll(memberIds)) {
			throw new Refusal("governance.error.notServing");
		}
		boolean met = memberIds.size() >= council.getQuorum();
		if (!met && agenda.stream().anyMatch(a -> a.getDecision() != null && a.getDecision() != Decision.DEFERRED)) {
			throw new Refusal("governance.error.decisionsNeedQuorum");
		}
		present.clear();
		present.addAll(memberIds);
		this.attendees = memberIds.size();
		this.quorumMet = met;
	}

	/** The meeting's decision on one item; the counts cannot exceed the members present and must fit the decision. */
	public void decide(Council council, long itemId, Decision decision, int votesFor, int votesAgainst, int votesAbstain) {
		AgendaItem item = agenda.stream().filter(a -> a.getId() == itemId).findFirst()
			.orElseThrow(() -> Refusal.notFound("governance.error.notFound"));
		requireNotCancelled();
		if (quorumMet == null) {
			throw new Refusal("governance.error.attendanceFirst");
		}
		if (!quorumMet && decision != Decision.DEFERRED) {
			throw new Refusal("governance.error.noQuorum", attendees, council.getQuorum());
		}
		if (votesFor < 0 || votesAgainst < 0 || votesAbstain < 0 || votesFor + votesAgainst + votesAbstain > attendees) {
			throw new Refusal("governance.error.votes", attendees);
		}
		if (decision == Decision.PASSED && votesFor <= votesAgainst
				|| decision == Decision.REJECTED && votesFor > votesAgainst) {
			throw new Refusal("governance.error.votesDecision");
		}
		item.decide(decision, votesFor, votesAgainst, votesAbstain);
	}

	public Long getId() {
		return id;
	}

	public long getCouncilId() {
		return councilId;
	}

	public String getTitle() {
		return title;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public Long getRoomId() {
		return roomId;
	}

	public Long getBookingId() {
		return bookingId;
	}

	public String getPlace() {
		return place;
	}

	public Instant getCancelledAt() {
		return cancelledAt;
	}

	public String getCancelReason() {
		return cancelReason;
	}

	public Instant getInvitedAt() {
		return invitedAt;
	}

	public Boolean getQuorumMet() {
		return quorumMet;
	}

	public Integer getAttendees() {
		return attendees;
	}

	public Set<Long> getPresent() {
		return Set.copyOf(present);
	}

	public List<AgendaItem> getAgenda() {
		return List.copyOf(agenda);
	}
}
