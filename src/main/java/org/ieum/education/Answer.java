package org.ieum.education;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "education_answer")
class Answer {

	@Embeddable
	record Key(@Column(name = "enrollment_id") long enrollmentId, @Column(name = "question_id") long questionId)
			implements Serializable {
	}

	@EmbeddedId
	private Key key;

	@Column(nullable = false)
	private String answer;

	protected Answer() {
	}

	Answer(long enrollmentId, long questionId, String answer) {
		this.key = new Key(enrollmentId, questionId);
		this.answer = answer;
	}

	long questionId() {
		return key.questionId();
	}

	long enrollmentId() {
		return key.enrollmentId();
	}

	String getAnswer() {
		return answer;
	}
}
