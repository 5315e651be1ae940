package org.ieum.education.surveys;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ieum.shared.web.Refusal;

/** A participant's satisfaction after the course; one per enrollment. */
@Entity
@Table(name = "education_survey_response")
public class SurveyResponse {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "enrollment_id", nullable = false)
	private long enrollmentId;

	@Column(name = "course_id", nullable = false)
	private long courseId;

	@Column(nullable = false)
	private int rating;

	private String comment;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected SurveyResponse() {
	}

	public SurveyResponse(long enrollmentId, long courseId, int rating, String comment, Instant now) {
		if (rating < 1 || rating > 5) {
			throw new Refusal("education.error.rating");
		}
		this.enrollmentId = enrollmentId;
		this.courseId = courseId;
		this.rating = rating;
		this.comment = comment;
		this.createdAt = now;
	}

	public long getCourseId() {
		return courseId;
	}

	public int getRating() {
		return rating;
	}

	public String getComment() {
		return comment;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
