package org.ieum.education.administration;

import org.ieum.education.enrollment.Question;
import org.ieum.education.enrollment.QuestionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The questions a course asks people when they apply, in the order staff added them. */
@Service
@Transactional
class CourseQuestions {

	private final CourseAdministration administration;
	private final QuestionRepository questions;

	CourseQuestions(CourseAdministration administration, QuestionRepository questions) {
		this.administration = administration;
		this.questions = questions;
	}

	void add(long courseId, String text) {
		administration.courseToManage(courseId);
		int next = questions.findByCourseIdOrderBySortOrderAscIdAsc(courseId).size() + 1;
		questions.save(new Question(courseId, next, text));
	}

	void remove(long courseId, long questionId) {
		administration.courseToManage(courseId);
		questions.findById(questionId).filter(q -> q.getCourseId() == courseId).ifPresent(questions::delete);
	}
}
