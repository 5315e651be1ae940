package org.ieum.education.course;

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
public class Instructor {

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

	public Instructor(long centerId, String name, String expertise, boolean trained, Instant now) {
		this.centerId = centerId;
		this.name = name;
		this.expertise = expertise;
		this.trained = trained;
		this.createdAt = now;
	}

	public void markTrained(boolean trained) {
		this.trained = trained;
	}

	public Long getId() {
		return id;
	}

	public long getCenterId() {
		return centerId;
	}

	public String getName() {
		return name;
	}

	public String getExpertise() {
		return expertise;
	}

	public boolean isTrained() {
		return trained;
	}
}
