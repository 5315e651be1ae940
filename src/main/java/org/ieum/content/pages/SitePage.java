package org.ieum.content.pages;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A center's 인사말 or 오시는 길 text (sanitized HTML); 오시는 길 also keeps the center's map key. */
@Entity
@Table(name = "content_page")
class SitePage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PageKind kind;

	@Column(name = "body_html", nullable = false)
	private String bodyHtml;

	@Column(name = "map_key")
	private String mapKey;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected SitePage() {
	}

	SitePage(long centerId, PageKind kind, Instant now) {
		this.centerId = centerId;
		this.kind = kind;
		this.bodyHtml = "";
		this.updatedAt = now;
	}

	void write(String bodyHtml, String mapKey, Instant now) {
		this.bodyHtml = bodyHtml;
		this.mapKey = mapKey;
		this.updatedAt = now;
	}

	long getCenterId() {
		return centerId;
	}

	PageKind getKind() {
		return kind;
	}

	String getBodyHtml() {
		return bodyHtml;
	}

	String getMapKey() {
		return mapKey;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}
}
