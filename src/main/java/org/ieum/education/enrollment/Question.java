package org.ieum.education.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A question every applicant answers (motivation, school, dietary needs). */
@Entity
@Table(name = "education_question")
public class Question {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "course_id", nullable = false)
	private long courseId;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private String question;

	protected Question() {
	}

	public Question(long courseId, int sortOrder, String question) {
		this.courseId = courseId;
		this.sortOrder = sortOrder;
		this.question = question;
	}

	public Long getId() {
		return id;
	}

	public long getCourseId() {
		return courseId;
	}

	public String getQuestion() {
		return question;
	}
}
