package org.ieum.content.board;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A center under the writing center whose board of this kind also shows the post. */
@Embeddable
public class PostTarget {

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private BoardKind kind;

	protected PostTarget() {
	}

	PostTarget(long centerId, BoardKind kind) {
		this.centerId = centerId;
		this.kind = kind;
	}

	public long getCenterId() {
		return centerId;
	}

	public BoardKind getKind() {
		return kind;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PostTarget t && t.centerId == centerId && t.kind == kind;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(centerId) * 31 + kind.hashCode();
	}
}
