package org.ieum.spaces;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One photo of a space, with the text that describes it to people who cannot see it. */
@Entity
@Table(name = "spaces_photo")
class SpacePhoto {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long spaceId;

	private String file;

	private String contentType;

	private String altText;

	private Instant createdAt;

	protected SpacePhoto() {
	}

	SpacePhoto(long spaceId, String file, String contentType, String altText, Instant now) {
		this.spaceId = spaceId;
		this.file = file;
		this.contentType = contentType;
		this.altText = altText;
		this.createdAt = now;
	}

	Long getId() {
		return id;
	}

	long getSpaceId() {
		return spaceId;
	}

	String getFile() {
		return file;
	}

	String getContentType() {
		return contentType;
	}

	String getAltText() {
		return altText;
	}
}
