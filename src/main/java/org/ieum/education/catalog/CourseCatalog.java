package org.ieum.education.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.ieum.education.CourseKind;
import org.ieum.education.EnrollmentStatus;
import org.ieum.education.TargetGroup;
import org.ieum.education.catalog.EducationViews.CalendarDay;
import org.ieum.education.catalog.EducationViews.CalendarEntry;
import org.ieum.education.catalog.EducationViews.CourseCard;
import org.ieum.education.catalog.EducationViews.CourseView;
import org.ieum.education.catalog.EducationViews.InstructorView;
import org.ieum.education.catalog.EducationViews.MaterialView;
import org.ieum.education.catalog.EducationViews.QuestionView;
import org.ieum.education.catalog.EducationViews.SessionView;
import org.ieum.education.course.Course;
import org.ieum.education.course.CourseRepository;
import org.ieum.education.course.CourseSession;
import org.ieum.education.course.CourseSessionRepository;
import org.ieum.education.course.Instructor;
import org.ieum.education.course.InstructorRepository;
import org.ieum.education.course.Material;
import org.ieum.education.course.MaterialAudience;
import org.ieum.education.course.MaterialRepository;
import org.ieum.education.enrollment.EnrollmentRepository;
import org.ieum.education.enrollment.QuestionRepository;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side: course lists with seats left, course pages, the month calendar and who may download a material. */
@Service
@Transactional(readOnly = true)
public class CourseCatalog {

	public record Filter(CourseKind kind, TargetGroup target, boolean openOnly) {
	}

	private final CourseRepository courses;
	private final CourseSessionRepository sessions;
	private final InstructorRepository instructors;
	private final MaterialRepository materials;
	private final QuestionRepository questions;
	private final EnrollmentRepository enrollments;
	private final Clock clock;

	CourseCatalog(CourseRepository courses, CourseSessionRepository sessions, InstructorRepository instructors,
			MaterialRepository materials, QuestionRepository questions, EnrollmentRepository enrollments, Clock clock) {
		this.courses = courses;
		this.sessions = sessions;
		this.instructors = instructors;
		this.materials = materials;
		this.questions = questions;
		this.enrollments = enrollments;
		this.clock = clock;
	}

	/** A center's courses, the ones still ahead first (by first day), then past ones, newest first. */
	public List<CourseCard> list(long centerId, Filter filter) {
		List<CourseCard> cards = cards(courses.findByCenterIdOrderByRegistrationOpensDescIdDesc(centerId)).stream()
			.filter(c -> filter.kind() == null || c.kind() == filter.kind())
			.filter(c -> filter.target() == null || c.targetGroup() == filter.target())
			.filter(c -> !filter.openOnly() || c.openNow())
			.toList();
		LocalDate today = Seoul.today(clock);
		List<CourseCard> ahead = cards.stream().filter(c -> c.lastDay() == null || !c.lastDay().isBefore(today))
			.sorted(Comparator.comparing(CourseCard::firstDay, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		List<CourseCard> past = cards.stream().filter(c -> c.lastDay() != null && c.lastDay().isBefore(today))
			.sorted(Comparator.comparing(CourseCard::lastDay).reversed())
			.toList();
		List<CourseCard> all = new ArrayList<>(ahead);
		all.addAll(past);
		return all;
	}

	/** Every course of these centers, for their staff: newest registration first. */
	public List<CourseCard> cardsOfCenters(Collection<Long> centerIds) {
		return cards(courses.findByCenterIdInOrderByRegistrationOpensDescIdDesc(centerIds));
	}

	public List<CourseCard> cards(Collection<Course> list) {
		Map<Long, List<CourseSession>> byCourse = sessions
			.findByCourseIdInOrderByStartsAtAscIdAsc(list.stream().map(Course::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(CourseSession::getCourseId));
		return list.stream().map(c -> card(c, byCourse.getOrDefault(c.getId(), List.of()))).toList();
	}

	public Optional<CourseView> course(long centerId, long courseId) {
		return courses.findById(courseId).filter(c -> c.getCenterId() == centerId).map(this::view);
	}

	/**
	 * The material if the person may download it: anyone a public one, the course's confirmed
	 * participants one for participants, and staff of the course's center every one. Refused
	 * with an access-denied error otherwise (an anonymous visitor is asked to log in first).
	 */
	public Optional<Material> materialToDownload(long materialId, Optional<Long> accountId) {
		Optional<Material> found = materials.findById(materialId);
		found.ifPresent(material -> {
			if (material.getAudience() == MaterialAudience.PUBLIC) {
				return;
			}
			long centerId = courses.findById(material.getCourseId()).map(Course::getCenterId).orElse(-1L);
			if (Authorities.canManageCenter(centerId)) {
				return;
			}
			boolean participant = material.getAudience() == MaterialAudience.PARTICIPANTS && accountId
				.map(id -> !enrollments.findByCourseIdAndAccountIdAndStatusIn(material.getCourseId(), id,
						List.of(EnrollmentStatus.CONFIRMED)).isEmpty())
				.orElse(false);
			if (!participant) {
				throw new AccessDeniedException(
						"material " + materialId + " is for " + material.getAudience());
			}
		});
		return found;
	}

	public Optional<CourseView> course(long courseId) {
		return courses.findById(courseId).map(this::view);
	}

	public CourseView view(Course course) {
		List<CourseSession> list = sessions.findByCourseIdOrderByStartsAtAscIdAsc(course.getId());
		List<InstructorView> teachers = instructors.findAllById(course.getInstructorIds()).stream()
			.sorted(Comparator.comparing(Instructor::getName))
			.map(i -> new InstructorView(i.getId(), i.getName(), i.getExpertise(), i.isTrained()))
			.toList();
		List<MaterialView> files = materials.findByCourseIdOrderByIdAsc(course.getId()).stream()
			.map(m -> new MaterialView(m.getId(), m.getTitle(), m.getFileName(), Math.max(1, m.getSizeBytes() / 1024),
					m.getAudience()))
			.toList();
		List<QuestionView> asked = questions.findByCourseIdOrderBySortOrderAscIdAsc(course.getId()).stream()
			.map(q -> new QuestionView(q.getId(), q.getQuestion()))
			.toList();
		return new CourseView(card(course, list), course.getDescription(), course.getMinAge(), course.getMaxAge(),
				course.getCancelUntil(), course.isApprovalRequired(), course.getCompletionPercent(),
				list.stream().map(CourseCatalog::sessionView).toList(), teachers, files, asked);
	}

	/** Every session of the center's courses in the month, day by day. */
	public List<CalendarDay> month(long centerId, YearMonth month) {
		Map<Long, Course> byId = courses.findByCenterIdOrderByRegistrationOpensDescIdDesc(centerId).stream()
			.collect(Collectors.toMap(Course::getId, c -> c));
		if (byId.isEmpty()) {
			return List.of();
		}
		var from = month.atDay(1).atStartOfDay(Seoul.ZONE).toInstant();
		var to = month.plusMonths(1).atDay(1).atStartOfDay(Seoul.ZONE).toInstant();
		Map<LocalDate, List<CalendarEntry>> days = new TreeMap<>();
		for (CourseSession s : sessions.findByCourseIdInAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAsc(
				byId.keySet(), from, to)) {
			ZonedDateTime start = Seoul.at(s.getStartsAt());
			Course course = byId.get(s.getCourseId());
			days.computeIfAbsent(start.toLocalDate(), d -> new ArrayList<>())
				.add(new CalendarEntry(course.getId(), course.getTitle(), start.toLocalTime(),
						Seoul.at(s.getEndsAt()).toLocalTime(), s.getPlace() != null ? s.getPlace() : course.getPlace()));
		}
		return days.entrySet().stream().map(e -> new CalendarDay(e.getKey(), e.getValue())).toList();
	}

	private CourseCard card(Course c, List<CourseSession> list) {
		LocalDate first = list.isEmpty() ? null : Seoul.at(list.get(0).getStartsAt()).toLocalDate();
		LocalDate last = list.isEmpty() ? null : Seoul.at(list.get(list.size() - 1).getStartsAt()).toLocalDate();
		return new CourseCard(c.getId(), c.getCenterId(), c.getTitle(), c.getKind(), c.getTargetGroup(), first, last,
				list.size(), c.getCapacity(), c.seatsLeft(), c.getRegistrationOpens(), c.getRegistrationCloses(),
				c.registrationOpenOn(Seoul.today(clock)) && !CourseSession.allPast(list, Seoul.today(clock)),
				c.getPlace());
	}

	public static SessionView sessionView(CourseSession s) {
		ZonedDateTime start = Seoul.at(s.getStartsAt());
		return new SessionView(s.getId(), start.toLocalDate(), start.toLocalTime(), Seoul.at(s.getEndsAt()).toLocalTime(),
				s.getPlace());
	}
}
