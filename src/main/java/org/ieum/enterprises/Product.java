package org.ieum.enterprises;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product or service an organization offers; the price is optional because many services are quoted. */
@Entity
@Table(name = "enterprises_product")
class Product {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organization_id", nullable = false)
	private Long organizationId;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 2000)
	private String description;

	@Column(name = "price_won")
	private Long priceWon;

	/** The stored file's name inside the photo directory, never a path a user chose. */
	@Column(name = "photo_file", length = 200)
	private String photoFile;

	@Column(name = "photo_type", length = 40)
	private String photoType;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Product() {
	}

	Product(long organizationId, String name, String description, Long priceWon, Instant now) {
		this.organizationId = organizationId;
		this.createdAt = now;
		describe(name, description, priceWon);
	}

	void describe(String name, String description, Long priceWon) {
		this.name = name;
		this.description = description;
		this.priceWon = priceWon;
	}

	/** Returns the file that no longer belongs to the product, for the caller to delete after commit. */
	String showPhoto(String file, String type) {
		String previous = photoFile;
		this.photoFile = file;
		this.photoType = type;
		return previous;
	}

	void moveTo(long organizationId) {
		this.organizationId = organizationId;
	}

	String describeForHistory() {
		return name + (priceWon == null ? "" : " (" + priceWon + "원)");
	}

	Long getId() {
		return id;
	}

	Long getOrganizationId() {
		return organizationId;
	}

	String getName() {
		return name;
	}

	String getDescription() {
		return description;
	}

	Long getPriceWon() {
		return priceWon;
	}

	String getPhotoFile() {
		return photoFile;
	}

	String getPhotoType() {
		return photoType;
	}
}
