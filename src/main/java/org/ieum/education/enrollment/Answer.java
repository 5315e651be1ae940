package org.ieum.education.enrollment;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "education_answer")
public class Answer {

	@Embeddable
	public record Key(@Column(name = "enrollment_id") long enrollmentId, @Column(name = "question_id") long questionId)
			implements Serializable {
	}

	@EmbeddedId
	private Key key;

	@Column(nullable = false)
	private String answer;

	protected Answer() {
	}

	public Answer(long enrollmentId, long questionId, String answer) {
		this.key = new Key(enrollmentId, questionId);
		this.answer = answer;
	}

	public long questionId() {
		return key.questionId();
	}

	public long enrollmentId() {
		return key.enrollmentId();
	}

	public String getAnswer() {
		return answer;
	}
}
