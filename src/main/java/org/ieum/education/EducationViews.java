package org.ieum.education;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What pages and the JSON API show; templates never receive entities. */
final class EducationViews {

	private EducationViews() {
	}

	record CourseCard(long id, long centerId, String title, CourseKind kind, TargetGroup targetGroup,
			LocalDate firstDay, LocalDate lastDay, int sessions, int capacity, int seatsLeft,
			LocalDate registrationOpens, LocalDate registrationCloses, boolean openNow, String place) {
	}

	record SessionView(long id, LocalDate date, LocalTime starts, LocalTime ends, String place) {
	}

	record InstructorView(long id, String name, String expertise, boolean trained) {
	}

	record MaterialView(long id, String title, String fileName, long sizeKb, MaterialAudience audience) {
	}

	record QuestionView(long id, String text) {
	}

	record CourseView(CourseCard card, String description, Integer minAge, Integer maxAge, LocalDate cancelUntil,
			boolean approvalRequired, int completionPercent, List<SessionView> sessions,
			List<InstructorView> instructors, List<MaterialView> materials, List<QuestionView> questions) {
	}

	record CalendarEntry(long courseId, String title, LocalTime starts, LocalTime ends, String place) {
	}

	record CalendarDay(LocalDate date, List<CalendarEntry> entries) {
	}

	record MyEnrollmentRow(long id, long courseId, String centerSlug, String courseTitle, EnrollmentStatus status,
			LocalDate firstDay, boolean cancellable, Attendance.Progress progress, String certificateNumber,
			boolean surveyOpen, boolean surveyAnswered, boolean checkInToday, int waitlistPosition) {
	}
}
