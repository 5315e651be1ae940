package org.ieum.education.attendance;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** A participant was at a session. */
@Entity
@Table(name = "education_attendance")
public class AttendanceRecord implements Persistable<AttendanceRecord.Key> {

	@Embeddable
	public record Key(@Column(name = "enrollment_id") long enrollmentId, @Column(name = "session_id") long sessionId)
			implements Serializable {
	}

	@EmbeddedId
	private Key key;

	@Column(name = "checked_at", nullable = false)
	private Instant checkedAt;

	@Transient
	private boolean fresh;

	protected AttendanceRecord() {
	}

	public AttendanceRecord(long enrollmentId, long sessionId, Instant now) {
		this.key = new Key(enrollmentId, sessionId);
		this.checkedAt = now;
		this.fresh = true;
	}

	@Override
	public Key getId() {
		return key;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	public long enrollmentId() {
		return key.enrollmentId();
	}

	public long sessionId() {
		return key.sessionId();
	}
}
