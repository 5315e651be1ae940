package org.ieum.content.home;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A popup notice on a center's home page for a period that always ends (a popup left open forever annoys). */
@Entity
@Table(name = "content_home_popup")
public class HomePopup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(nullable = false)
	private String title;

	@Column(name = "body_html", nullable = false)
	private String bodyHtml;

	@Column(name = "show_from", nullable = false)
	private LocalDate showFrom;

	@Column(name = "show_until", nullable = false)
	private LocalDate showUntil;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected HomePopup() {
	}

	public HomePopup(long centerId, String title, String bodyHtml, LocalDate showFrom, LocalDate showUntil, Instant now) {
		this.centerId = centerId;
		this.title = title;
		this.bodyHtml = bodyHtml;
		this.showFrom = showFrom;
		this.showUntil = showUntil;
		this.createdAt = now;
	}

	public boolean shownOn(LocalDate day) {
		return !day.isBefore(showFrom) && !day.isAfter(showUntil);
	}

	public Long getId() {
		return id;
	}

	public long getCenterId() {
		return centerId;
	}

	public String getTitle() {
		return title;
	}

	public String getBodyHtml() {
		return bodyHtml;
	}

	public LocalDate getShowFrom() {
		return showFrom;
	}

	public LocalDate getShowUntil() {
		return showUntil;
	}
}
