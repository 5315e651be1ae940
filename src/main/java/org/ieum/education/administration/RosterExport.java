package org.ieum.education.administration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.education.EnrollmentStatus;
import org.ieum.education.attendance.Attendance;
import org.ieum.education.attendance.AttendanceRecord;
import org.ieum.education.attendance.AttendanceRepository;
import org.ieum.education.course.Course;
import org.ieum.education.course.CourseSession;
import org.ieum.education.enrollment.ClassGroup;
import org.ieum.education.enrollment.ClassGroupRepository;
import org.ieum.education.enrollment.Enrollment;
import org.ieum.education.enrollment.EnrollmentRepository;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.Seoul;
import org.ieum.shared.export.ExportFormat;
import org.ieum.shared.export.ExportReason;
import org.ieum.shared.export.TableWriter;
import org.ieum.shared.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A course's roster with its attendance, one column per session, as an Excel file: staff of the
 * course's center only, with a reason logged with the read.
 */
@Service
class RosterExport {

	private final CourseAdministration administration;
	private final EnrollmentRepository enrollments;
	private final AttendanceRepository records;
	private final Attendance attendance;
	private final ClassGroupRepository groups;
	private final IdentityApi identity;
	private final MessageSource messages;

	RosterExport(CourseAdministration administration, EnrollmentRepository enrollments, AttendanceRepository records,
			Attendance attendance, ClassGroupRepository groups, IdentityApi identity, MessageSource messages) {
		this.administration = administration;
		this.enrollments = enrollments;
		this.records = records;
		this.attendance = attendance;
		this.groups = groups;
		this.identity = identity;
		this.messages = messages;
	}

	@Transactional
	byte[] xlsx(long courseId, String reason, Locale locale) {
		Course course = administration.courseToManage(courseId);
		String why = ExportReason.of(reason).orElseThrow(() -> new Refusal(ExportReason.REQUIRED));
		List<Enrollment> all = enrollments.findByCourseIdOrderByIdAsc(courseId);
		List<CourseSession> sessions = attendance.sessionsOf(courseId);
		Map<Long, Set<Long>> present = records.findByKeyEnrollmentIdIn(all.stream().map(Enrollment::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(AttendanceRecord::enrollmentId,
					Collectors.mapping(AttendanceRecord::sessionId, Collectors.toSet())));
		Map<Long, String> groupNames = groups.findByCourseIdOrderByIdAsc(courseId).stream()
			.collect(Collectors.toMap(ClassGroup::getId, ClassGroup::getName));
		boolean held = attendance.lastHasBegun(sessions);
		identity.recordPersonalDataAccess(null, PersonalDataAction.EXPORT,
				"교육 신청자 명단·출석 XLSX (과정 " + courseId + "), " + all.size() + "명", why);
		String attended = text("education.field.attendance", locale);
		return TableWriter.bytes(ExportFormat.XLSX, text("education.admin.roster", locale), writer -> {
			List<String> headings = new ArrayList<>(List.of(text("education.roster.name", locale),
					text("export.email", locale), text("education.group.name", locale),
					text("education.field.status", locale), text("export.attendedCount", locale)));
			for (int i = 0; i < sessions.size(); i++) {
				headings.add(text("export.sessionColumn", locale, i + 1,
						Seoul.at(sessions.get(i).getStartsAt()).toLocalDate().toString()));
			}
			headings.add(text("education.completed", locale));
			headings.add(text("education.roster.certificate", locale));
			writer.headings(headings);
			for (Enrollment e : all) {
				Set<Long> mine = present.getOrDefault(e.getId(), Set.of());
				List<Object> cells = new ArrayList<>(List.of(e.getParticipantName(),
						e.getParticipantEmail() == null ? "" : e.getParticipantEmail(),
						e.getGroupId() == null ? "" : groupNames.getOrDefault(e.getGroupId(), ""),
						text("education.status." + e.getStatus(), locale), mine.size()));
				for (CourseSession s : sessions) {
					cells.add(mine.contains(s.getId()) ? attended : "");
				}
				boolean completed = e.getStatus() == EnrollmentStatus.CONFIRMED
						&& Attendance.Progress.of(mine.size(), sessions.size(), course.getCompletionPercent(), held).completed();
				cells.add(completed ? text("education.completed", locale) : "");
				cells.add(e.getCertificateNumber());
				writer.row(cells);
			}
		});
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
