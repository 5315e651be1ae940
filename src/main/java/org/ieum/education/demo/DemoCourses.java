package org.ieum.education.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;

import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.centers.OpeningHoursOnDate;
import org.ieum.centers.SiteSummary;
import org.ieum.education.CourseKind;
import org.ieum.education.TargetGroup;
import org.ieum.education.course.Course;
import org.ieum.education.course.CourseDetails;
import org.ieum.education.course.CourseRepository;
import org.ieum.education.course.CourseSession;
import org.ieum.education.course.CourseSessionRepository;
import org.ieum.education.course.Instructor;
import org.ieum.education.course.InstructorRepository;
import org.ieum.education.course.Material;
import org.ieum.education.course.MaterialAudience;
import org.ieum.education.course.MaterialFiles;
import org.ieum.education.course.MaterialRepository;
import org.ieum.education.enrollment.Question;
import org.ieum.education.enrollment.QuestionRepository;
import org.ieum.shared.Seoul;
import org.ieum.shared.rooms.Room;
import org.ieum.shared.rooms.RoomReservations;
import org.ieum.shared.rooms.RoomHold;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses from the seed articles, dated relative to today so some are always open for
 * registration: Gimhae's 14-lesson youth social economy course with its workbook,
 * instructor guide and trained instructors, Gwangju's career experience, Busan's academy
 * and briefing, Gunsan's festival. Added only while the course table is empty.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
public class DemoCourses implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCourses.class);

	public static final String YOUTH_COURSE = "청소년 사회적경제 교육 (14차시)";

	/** Busan's rentable hall, where its academy and briefing meet: their sessions book it (ADR 0014). */
	private static final String BUSAN_HALL = "100석 교육장";

	private final CourseRepository courses;
	private final CourseSessionRepository sessions;
	private final InstructorRepository instructors;
	private final MaterialRepository materials;
	private final QuestionRepository questions;
	private final MaterialFiles files;
	private final CentersApi centers;
	private final RoomReservations rooms;
	private final Clock clock;

	DemoCourses(CourseRepository courses, CourseSessionRepository sessions, InstructorRepository instructors,
			MaterialRepository materials, QuestionRepository questions, MaterialFiles files, CentersApi centers,
			RoomReservations rooms, Clock clock) {
		this.rooms = rooms;
		this.courses = courses;
		this.sessions = sessions;
		this.instructors = instructors;
		this.materials = materials;
		this.questions = questions;
		this.files = files;
		this.centers = centers;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (courses.count() > 0) {
			return;
		}
		LocalDate today = Seoul.today(clock);
		centers.findBySlug("gimhae").ifPresent(c -> gimhae(c, today));
		centers.findBySlug("gwangju").ifPresent(c -> gwangju(c, today));
		centers.findBySlug("busan").ifPresent(c -> busan(c, today));
		centers.findBySlug("gunsan").ifPresent(c -> gunsan(c, today));
		log.info("Demo courses loaded: {}", courses.count());
	}

	private void gimhae(CenterSummary center, LocalDate today) {
		Instructor first = trained(center, "박서연", "청소년 사회적경제 교육");
		Instructor second = trained(center, "이도윤", "협동조합 보드게임 수업");
		trained(center, "정하은", "진로 교육");
		instructors.save(new Instructor(center.id(), "최민준", "사회적기업 현장 강의", false, clock.instant()));
		Course youth = course(center, new CourseDetails(CourseKind.YOUTH, YOUTH_COURSE,
				"중학생이 사회적경제를 놀이와 프로젝트로 배우는 14차시 과정입니다. 워크북과 강사용 지도서를 쓰며, 센터가 양성한 강사가 학교로 찾아갑니다.",
				TargetGroup.MIDDLE_SCHOOL, 12, 16, "김해 관내 중학교", 30, today.minusDays(3), today.plusDays(10),
				today.plusDays(12), false, 80, Set.of(first.getId(), second.getId())));
		// a weekly school visit on Wednesday afternoons, while the center is open
		weekly(center, youth, today.plusDays(14), DayOfWeek.WEDNESDAY, 14, LocalTime.of(14, 0), LocalTime.of(15, 30),
				"김해 ○○중학교 2학년 교실");
		material(youth, "학생용 워크북", MaterialAudience.PUBLIC, "youth-workbook.pdf", "Youth social economy workbook (demo)");
		material(youth, "강사용 지도서", MaterialAudience.STAFF, "instructor-guide.pdf", "Instructor guide (demo)");
		questions.save(new Question(youth.getId(), 1, "학교와 학년을 적어 주세요."));
		Course mentoring = course(center, new CourseDetails(CourseKind.ACADEMY, "예비창업자 사회적경제 창업 아카데미",
				"사회적 가치를 담은 사업계획서를 함께 씁니다. 목요일 저녁반입니다.", TargetGroup.PRE_FOUNDER, null, null,
				"김해시사회적경제지원센터 교육장", 20, today.minusDays(7), today.plusDays(14), today.plusDays(16), true, 80,
				Set.of()));
		// 목요일 저녁반: Thursdays 19:00 to 21:00, when Gimhae stays open until nine
		weekly(center, mentoring, today.plusDays(20), DayOfWeek.THURSDAY, 4, LocalTime.of(19, 0), LocalTime.of(21, 0),
				null);
	}

	private void gwangju(CenterSummary center, LocalDate today) {
		Course career = course(center, new CourseDetails(CourseKind.CAREER, "사회적경제 기업 진로체험",
				"광주의 사회적경제기업(베이커리, 문화기획, 돌봄)을 찾아가 일하는 사람을 만나는 진로체험입니다.",
				TargetGroup.HIGH_SCHOOL, 15, 19, "광주 사회적경제기업 현장", 40, today.minusDays(1), today.plusDays(20),
				today.plusDays(21), false, 100, Set.of()));
		weekly(center, career, today.plusDays(25), DayOfWeek.TUESDAY, 1, LocalTime.of(10, 0), LocalTime.of(15, 0),
				"광주 동구 협동조합 베이커리");
		Course forum = course(center, new CourseDetails(CourseKind.FORUM, "도시 간 사회적경제 포럼",
				"광주와 다른 도시의 사회적경제 정책을 나누는 열린 포럼입니다.", TargetGroup.ANYONE, null, null,
				"광주 사회적경제 커뮤니티홀", 80, today.minusDays(60), today.minusDays(35), today.minusDays(34), false, 100,
				Set.of()));
		weekly(center, forum, today.minusDays(33), DayOfWeek.FRIDAY, 1, LocalTime.of(14, 0), LocalTime.of(17, 0), null);
	}

	private void busan(CenterSummary center, LocalDate today) {
		Course academy = course(center, new CourseDetails(CourseKind.ACADEMY, "사회적경제 아카데미 (기초)",
				"사회적경제의 개념, 조직 형태, 인증 절차를 배우는 기초 과정입니다.", TargetGroup.PRE_FOUNDER, null, null,
				"부산벤처타워 100석 교육장", 100, today.minusDays(10), today.plusDays(5), today.plusDays(6), false, 80,
				Set.of()));
		// five afternoons in a row, on the days the center is open
		LocalDate next = today.plusDays(8);
		for (int day = 0; day < 5; day++) {
			LocalDate held = openOn(center, next, null, LocalTime.of(14, 0), LocalTime.of(17, 0));
			sessionInRoom(center, academy, held, LocalTime.of(14, 0), LocalTime.of(17, 0), BUSAN_HALL);
			next = held.plusDays(1);
		}
		Course briefing = course(center, new CourseDetails(CourseKind.BRIEFING, "사회적기업 인증 설명회",
				"예비사회적기업과 인증을 준비하는 기업을 위한 설명회입니다.", TargetGroup.ENTERPRISE_STAFF, null, null,
				"부산벤처타워 100석 교육장", 60, today.minusDays(2), today.plusDays(9), today.plusDays(9), false, 100,
				Set.of()));
		// a morning, so it never meets the academy's afternoons in the same hall
		LocalDate briefingDay = openOn(center, today.plusDays(11), DayOfWeek.WEDNESDAY, LocalTime.of(10, 0),
				LocalTime.of(12, 0));
		sessionInRoom(center, briefing, briefingDay, LocalTime.of(10, 0), LocalTime.of(12, 0), BUSAN_HALL);
	}

	private void gunsan(CenterSummary center, LocalDate today) {
		Course festival = course(center, new CourseDetails(CourseKind.FESTIVAL, "군산 사회적경제 한마당",
				"군산의 사회적경제기업이 제품과 활동을 소개하는 한마당입니다. 누구나 참여할 수 있습니다.", TargetGroup.ANYONE,
				null, null, "군산 은파호수공원", 300, today.minusDays(5), today.plusDays(30), today.plusDays(30), false, 100,
				Set.of()));
		weekly(center, festival, today.plusDays(33), DayOfWeek.FRIDAY, 1, LocalTime.of(10, 0), LocalTime.of(17, 0), null);
	}

	private Instructor trained(CenterSummary center, String name, String expertise) {
		return instructors.save(new Instructor(center.id(), name, expertise, true, clock.instant()));
	}

	private Course course(CenterSummary center, CourseDetails details) {
		return courses.save(new Course(center.id(), details, clock.instant()));
	}

	/**
	 * {@code count} sessions a week apart on {@code weekday} from {@code from}; a week the
	 * center is closed that day (a public holiday) moves on to the next week, so every demo
	 * session falls on the weekday its course says and within the center's opening hours.
	 */
	private void weekly(CenterSummary center, Course course, LocalDate from, DayOfWeek weekday, int count,
			LocalTime starts, LocalTime ends, String place) {
		LocalDate next = from;
		for (int i = 0; i < count; i++) {
			LocalDate held = openOn(center, next, weekday, starts, ends);
			session(course, held, starts, ends, place);
			next = held.plusWeeks(1);
		}
	}

	/** The first date from {@code from} (on {@code weekday}, if given) that the center's main site is open for the whole time. */
	private LocalDate openOn(CenterSummary center, LocalDate from, DayOfWeek weekday, LocalTime starts, LocalTime ends) {
		long site = centers.sitesOf(center.id()).stream().filter(SiteSummary::main).findFirst()
			.orElseGet(() -> centers.sitesOf(center.id()).get(0)).id();
		LocalDate date = weekday == null ? from : from.with(TemporalAdjusters.nextOrSame(weekday));
		for (int tries = 0; tries < 60; tries++) {
			OpeningHoursOnDate hours = centers.hoursOn(site, date);
			if (hours.open() && !starts.isBefore(hours.opens()) && !ends.isAfter(hours.closes())) {
				return date;
			}
			date = weekday == null ? date.plusDays(1) : date.plusWeeks(1);
		}
		throw new IllegalStateException("no open day for a demo session of center " + center.slug());
	}

	/** A session in one of the center's rooms, booking it; without that room (no demo spaces) a plain session. */
	private void sessionInRoom(CenterSummary center, Course course, LocalDate date, LocalTime starts, LocalTime ends,
			String roomName) {
		Instant from = date.atTime(starts).atZone(Seoul.ZONE).toInstant();
		Instant to = date.atTime(ends).atZone(Seoul.ZONE).toInstant();
		var room = rooms.roomsOf(center.id()).stream().filter(r -> r.name().equals(roomName)).findFirst();
		CourseSession session = new CourseSession(course.getId(), from, to, room.map(Room::name).orElse(null),
				CourseSession.newCheckInCode());
		room.ifPresent(r -> session.bookRoom(r.id(), rooms.hold(new RoomHold(r.id(), center.id(), from, to,
				"교육: " + course.getTitle(), course.getCapacity()))));
		sessions.save(session);
	}

	private void session(Course course, LocalDate date, LocalTime starts, LocalTime ends, String place) {
		sessions.save(new CourseSession(course.getId(), date.atTime(starts).atZone(Seoul.ZONE).toInstant(),
				date.atTime(ends).atZone(Seoul.ZONE).toInstant(), place, CourseSession.newCheckInCode()));
	}

	private void material(Course course, String title, MaterialAudience audience, String fileName, String text) {
		materials.save(new Material(course.getId(), title, audience, files.store(samplePdf(text)), fileName, clock.instant()));
	}

	/** A one-page placeholder PDF in a built-in Latin font, so the demo needs no font on disk. */
	private static byte[] samplePdf(String text) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 18);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
