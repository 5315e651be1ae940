package org.ieum.enterprises.records;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product or service an organization offers; the price is optional because many services are quoted. */
@Entity
@EntityListeners(ProductChanges.class)
@Table(name = "enterprises_product")
public class Product {

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

	public Product(long organizationId, String name, String description, Long priceWon, Instant now) {
		this.organizationId = organizationId;
		this.createdAt = now;
		describe(name, description, priceWon);
	}

	public void describe(String name, String description, Long priceWon) {
		this.name = name;
		this.description = description;
		this.priceWon = priceWon;
	}

	/** Returns the file that no longer belongs to the product, for the caller to delete after commit. */
	public String showPhoto(String file, String type) {
		String previous = photoFile;
		this.photoFile = file;
		this.photoType = type;
		return previous;
	}

	public void moveTo(long organizationId) {
		this.organizationId = organizationId;
	}

	public String describeForHistory() {
		return name + (priceWon == null ? "" : " (" + priceWon + "원)");
	}

	public Long getId() {
		return id;
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public Long getPriceWon() {
		return priceWon;
	}

	public String getPhotoFile() {
		return photoFile;
	}

	public String getPhotoType() {
		return photoType;
	}
}
