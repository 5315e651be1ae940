package org.ieum.spaces.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.centers.OpeningHoursOnDate;
import org.ieum.centers.SiteSummary;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.Seoul;
import org.ieum.spaces.BookingAudience;
import org.ieum.spaces.OccupiedCells;
import org.ieum.spaces.Reservation;
import org.ieum.spaces.ReservationRepository;
import org.ieum.spaces.Space;
import org.ieum.spaces.SpaceKind;
import org.ieum.spaces.SpaceRepository;
import org.ieum.spaces.SpaceTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.ieum.spaces.BookingAudience.MEMBERS;
import static org.ieum.spaces.BookingAudience.SIGNED_IN;
import static org.ieum.spaces.SpaceKind.COMMUNITY_HALL;
import static org.ieum.spaces.SpaceKind.EDUCATION_HALL;
import static org.ieum.spaces.SpaceKind.EXHIBITION_ROOM;
import static org.ieum.spaces.SpaceKind.MEETING_ROOM;

/**
 * The spaces the seed articles describe: Busan's 100-seat education hall and meeting rooms,
 * Gwangju's community hall, exhibition room and meeting rooms, Gimhae's free meeting rooms
 * (open to 21:00 on Thursdays through the site's own hours), and a few bookings by the demo
 * citizen. Loaded only while no space exists.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoSpaces implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSpaces.class);

	static final String CITIZEN_EMAIL = "citizen@ieum.example";

	private record Sample(String slug, String name, SpaceKind kind, int capacity, String location, String equipment,
			BookingAudience audience, long hourlyFeeWon, int maxMinutes, int bufferMinutes, boolean approval) {
	}

	private static final List<Sample> SAMPLES = List.of(
			new Sample("busan", "100석 교육장", EDUCATION_HALL, 100, "부산벤처타워 5층", "빔프로젝터, 무선 마이크 2개, 강연대",
					SIGNED_IN, 20_000, 480, 30, true),
			new Sample("busan", "회의실 1", MEETING_ROOM, 10, "부산벤처타워 5층", "TV 화면, 화이트보드", SIGNED_IN, 0, 240, 10, false),
			new Sample("busan", "회의실 2", MEETING_ROOM, 6, "부산벤처타워 5층", "화이트보드", MEMBERS, 0, 240, 10, false),
			new Sample("gwangju", "커뮤니티홀", COMMUNITY_HALL, 60, "1층", "음향 설비, 의자 60개", SIGNED_IN, 0, 480, 30, true),
			new Sample("gwangju", "전시실", EXHIBITION_ROOM, 30, "1층", "전시 벽면, 조명 레일", SIGNED_IN, 0, 480, 30, true),
			new Sample("gwangju", "회의실 A", MEETING_ROOM, 8, "2층", "TV 화면", SIGNED_IN, 0, 240, 10, false),
			new Sample("gwangju", "회의실 B", MEETING_ROOM, 12, "2층", "TV 화면, 화상회의 장비", SIGNED_IN, 0, 240, 10, false),
			new Sample("gimhae", "소회의실", MEETING_ROOM, 6, "센터 1층", "화이트보드", SIGNED_IN, 0, 240, 0, false),
			new Sample("gimhae", "대회의실", MEETING_ROOM, 16, "센터 1층", "TV 화면, 화이트보드", SIGNED_IN, 0, 240, 0, false));

	private final SpaceRepository spaces;
	private final ReservationRepository reservations;
	private final OccupiedCells cells;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final Clock clock;

	DemoSpaces(SpaceRepository spaces, ReservationRepository reservations, OccupiedCells cells, CentersApi centers,
			IdentityApi identity, Clock clock) {
		this.spaces = spaces;
		this.reservations = reservations;
		this.cells = cells;
		this.centers = centers;
		this.identity = identity;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (spaces.count() > 0) {
			return;
		}
		Instant now = clock.instant();
		Space firstGimhae = null;
		for (Sample s : SAMPLES) {
			CenterSummary center = centers.findBySlug(s.slug()).orElse(null);
			if (center == null) {
				continue;
			}
			SiteSummary site = centers.sitesOf(center.id()).get(0);
			var terms = new SpaceTerms(s.name(), s.kind(), s.capacity(), s.location(), s.equipment(),
					"음식물 반입은 다과만 가능합니다. 사용 후 정리해 주세요.", s.audience(), s.hourlyFeeWon(), 60, s.maxMinutes(),
					s.approval() ? 3 : 0, 60, s.bufferMinutes(), s.approval(), 24, true);
			Space space = spaces.save(new Space(center.id(), site.id(), terms, now));
			if (firstGimhae == null && "gimhae".equals(s.slug())) {
				firstGimhae = space;
			}
		}
		if (firstGimhae != null) {
			bookForCitizen(firstGimhae, now);
		}
		log.info("Loaded {} demo spaces", spaces.count());
	}

	/** Two bookings on the next open days at 10:00, so My page and the boards are not empty. */
	private void bookForCitizen(Space space, Instant now) {
		var account = identity.findAccountIdByEmail(CITIZEN_EMAIL);
		if (account.isEmpty()) {
			return;
		}
		String name = identity.displayNameOf(account.get()).orElse("-");
		int made = 0;
		for (LocalDate d = Seoul.today(clock).plusDays(1); made < 2 && d.isBefore(Seoul.today(clock).plusDays(30));
				d = d.plusDays(1)) {
			OpeningHoursOnDate hours = centers.hoursOn(space.getSiteId(), d);
			if (!hours.open() || hours.opens().isAfter(LocalTime.of(10, 0)) || hours.closes().isBefore(LocalTime.NOON)) {
				continue;
			}
			Instant start = d.atTime(10, 0).atZone(Seoul.ZONE).toInstant();
			Reservation r = reservations.saveAndFlush(new Reservation(space, account.get(), name, CITIZEN_EMAIL, start,
					start.plusSeconds(7200), "소모임 정기 모임", 5, null, now));
			cells.occupy(r);
			made++;
		}
	}
}
