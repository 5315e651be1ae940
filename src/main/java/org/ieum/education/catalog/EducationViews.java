package org.ieum.education.catalog;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.ieum.education.CourseKind;
import org.ieum.education.EnrollmentStatus;
import org.ieum.education.TargetGroup;
import org.ieum.education.attendance.Attendance;
import org.ieum.education.course.MaterialAudience;

/** What pages and the JSON API show; templates never receive entities. */
public final class EducationViews {

	private EducationViews() {
	}

	public record CourseCard(long id, long centerId, String title, CourseKind kind, TargetGroup targetGroup,
			LocalDate firstDay, LocalDate lastDay, int sessions, int capacity, int seatsLeft,
			LocalDate registrationOpens, LocalDate registrationCloses, boolean openNow, String place) {
	}

	public record SessionView(long id, LocalDate date, LocalTime starts, LocalTime ends, String place) {
	}

	public record InstructorView(long id, String name, String expertise, boolean trained) {
	}

	public record MaterialView(long id, String title, String fileName, long sizeKb, MaterialAudience audience) {
	}

	public record QuestionView(long id, String text) {
	}

	public record CourseView(CourseCard card, String description, Integer minAge, Integer maxAge, LocalDate cancelUntil,
			boolean approvalRequired, int completionPercent, List<SessionView> sessions,
			List<InstructorView> instructors, List<MaterialView> materials, List<QuestionView> questions) {
	}

	public record CalendarEntry(long courseId, String title, LocalTime starts, LocalTime ends, String place) {
	}

	public record CalendarDay(LocalDate date, List<CalendarEntry> entries) {
	}

	public record MyEnrollmentRow(long id, long courseId, String centerSlug, String courseTitle, EnrollmentStatus status,
			LocalDate firstDay, boolean cancellable, Attendance.Progress progress, String certificateNumber,
			boolean surveyOpen, boolean surveyAnswered, boolean checkInToday, int waitlistPosition) {
	}
}
