package org.ieum.content.home;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A slide of a center's home banner: a picture with its alternative text, a link and the days it is shown. */
@Entity
@Table(name = "content_home_banner")
public class HomeBanner {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(name = "image_file", nullable = false)
	private String imageFile;

	@Column(name = "image_type", nullable = false)
	private String imageType;

	@Column(name = "alt_text", nullable = false)
	private String altText;

	@Column(name = "link_url")
	private String linkUrl;

	@Column(name = "show_from", nullable = false)
	private LocalDate showFrom;

	@Column(name = "show_until")
	private LocalDate showUntil;

	@Column(nullable = false)
	private int position;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected HomeBanner() {
	}

	public HomeBanner(long centerId, String imageFile, String imageType, BannerDraft draft, int position, Instant now) {
		this.centerId = centerId;
		this.imageFile = imageFile;
		this.imageType = imageType;
		this.altText = draft.altText();
		this.linkUrl = draft.linkUrl();
		this.showFrom = draft.showFrom();
		this.showUntil = draft.showUntil();
		this.position = position;
		this.createdAt = now;
	}

	/** Shown on this Korean date: on or after the first day and not after the last. */
	public boolean shownOn(LocalDate day) {
		return !day.isBefore(showFrom) && (showUntil == null || !day.isAfter(showUntil));
	}

	void moveTo(int position) {
		this.position = position;
	}

	public Long getId() {
		return id;
	}

	public long getCenterId() {
		return centerId;
	}

	public String getImageFile() {
		return imageFile;
	}

	public String getImageType() {
		return imageType;
	}

	public String getAltText() {
		return altText;
	}

	public String getLinkUrl() {
		return linkUrl;
	}

	public LocalDate getShowFrom() {
		return showFrom;
	}

	public LocalDate getShowUntil() {
		return showUntil;
	}

	public int getPosition() {
		return position;
	}
}
