package org.ieum.education;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person in a center's instructor pool; "trained" marks those who finished the center's instructor training. */
@Entity
@Table(name = "education_instructor")
class Instructor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(nullable = false)
	private String name;

	private String expertise;

	@Column(nullable = false)
	private boolean trained;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Instructor() {
	}

	Instructor(long centerId, String name, String expertise, boolean trained, Instant now) {
		this.centerId = centerId;
		this.name = name;
		this.expertise = expertise;
		this.trained = trained;
		this.createdAt = now;
	}

	void markTrained(boolean trained) {
		this.trained = trained;
	}

	Long getId() {
		return id;
	}

	long getCenterId() {
		return centerId;
	}

	String getName() {
		return name;
	}

	String getExpertise() {
		return expertise;
	}

	boolean isTrained() {
		return trained;
	}
}
