package org.ieum.community.groups;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A meeting of a group in a room of its center; the room's booking is the spaces module's, known here by id. */
@Entity
@Table(name = "community_meeting")
public class GroupMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "group_id", nullable = false)
	private long groupId;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(nullable = false, length = 100)
	private String title;

	@Column(name = "room_id", nullable = false)
	private long roomId;

	@Column(name = "room_name", nullable = false, length = 200)
	private String roomName;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Column(name = "booking_id", nullable = false)
	private long bookingId;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	@Version
	private long version;

	protected GroupMeeting() {
	}

	public GroupMeeting(long groupId, long centerId, String title, long roomId, String roomName, Instant startsAt, Instant endsAt,
			long bookingId) {
		this.groupId = groupId;
		this.centerId = centerId;
		this.title = title;
		this.roomId = roomId;
		this.roomName = roomName;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.bookingId = bookingId;
	}

	void cancel(Instant at) {
		this.cancelledAt = at;
	}

	boolean cancelled() {
		return cancelledAt != null;
	}

	Long getId() {
		return id;
	}

	long getGroupId() {
		return groupId;
	}

	long getCenterId() {
		return centerId;
	}

	String getTitle() {
		return title;
	}

	String getRoomName() {
		return roomName;
	}

	Instant getStartsAt() {
		return startsAt;
	}

	Instant getEndsAt() {
		return endsAt;
	}

	long getBookingId() {
		return bookingId;
	}
}
