package org.ieum.content.guides;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a center wrote for one section of one designation guide (sanitized HTML). */
@Entity
@Table(name = "content_guide_section")
class GuideText {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private GuideTopic topic;

	@Enumerated(EnumType.STRING)
	@Column(name = "section_kind", nullable = false, length = 16)
	private GuideSection section;

	@Column(name = "body_html", nullable = false)
	private String bodyHtml;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected GuideText() {
	}

	GuideText(long centerId, GuideTopic topic, GuideSection section, String bodyHtml, Instant now) {
		this.centerId = centerId;
		this.topic = topic;
		this.section = section;
		this.bodyHtml = bodyHtml;
		this.updatedAt = now;
	}

	void rewrite(String bodyHtml, Instant now) {
		this.bodyHtml = bodyHtml;
		this.updatedAt = now;
	}

	long getCenterId() {
		return centerId;
	}

	GuideTopic getTopic() {
		return topic;
	}

	GuideSection getSection() {
		return section;
	}

	String getBodyHtml() {
		return bodyHtml;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}
}
