package org.ieum.governance.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.governance.councils.Council;
import org.ieum.governance.councils.CouncilRepository;
import org.ieum.governance.councils.Decision;
import org.ieum.governance.councils.Meeting;
import org.ieum.governance.councils.MeetingRepository;
import org.ieum.governance.councils.Member;
import org.ieum.governance.councils.MemberRepository;
import org.ieum.governance.councils.MemberRole;
import org.ieum.governance.councils.Minutes;
import org.ieum.governance.councils.MinutesRepository;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.Seoul;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Councils from the seed articles, dated relative to today: Busan's public-private governance
 * council (company heads, scholars, experts; chaired by {@code member@ieum.example}, with
 * {@code staff.busan@ieum.example} as secretary) with two meetings, their decisions and
 * approved minutes, one member's term ending within 60 days; Gwangju Dong-gu's quarterly
 * working council with the partner consulting cooperative. Added only while there are no councils.
 */
@Component
@Order(90)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoGovernance implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoGovernance.class);

	private final CouncilRepository councils;
	private final MemberRepository members;
	private final MeetingRepository meetings;
	private final MinutesRepository minutes;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final Clock clock;

	DemoGovernance(CouncilRepository councils, MemberRepository members, MeetingRepository meetings,
			MinutesRepository minutes, CentersApi centers, IdentityApi identity, Clock clock) {
		this.councils = councils;
		this.members = members;
		this.meetings = meetings;
		this.minutes = minutes;
		this.centers = centers;
		this.identity = identity;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (councils.count() > 0) {
			return;
		}
		centers.findBySlug("busan").ifPresent(this::busan);
		centers.findBySlug("gwangju-donggu").ifPresent(this::donggu);
	}

	private void busan(CenterSummary center) {
		LocalDate today = Seoul.today(clock);
		Instant now = clock.instant();
		Council council = councils.save(new Council(center.id(), "부산 사회적경제 민관 거버넌스 위원회 (시연)",
				"부산시 사회적경제 정책을 기업 대표, 학계, 전문가가 함께 논의하고 제안합니다.", true, 4, 3, now));
		LocalDate start = today.minusYears(1).withDayOfMonth(1);
		LocalDate end = start.plusYears(2).minusDays(1);
		Long chairAccount = identity.findAccountIdByEmail("member@ieum.example").orElse(null);
		Long secretaryAccount = identity.findAccountIdByEmail("staff.busan@ieum.example").orElse(null);
		List<Member> board = members.saveAll(List.of(
				new Member(council.getId(), "행복베이커리 대표 (시연)", "행복베이커리", "member@ieum.example", chairAccount,
						MemberRole.CHAIR, start, end, now),
				new Member(council.getId(), "박교수 (시연)", "부산 소재 대학교 사회복지학과", null, null,
						MemberRole.VICE_CHAIR, start, end, now),
				new Member(council.getId(), "이회계사 (시연)", "사회적경제 전문 회계법인", null, null, MemberRole.MEMBER,
						start, today.plusDays(40), now),
				new Member(council.getId(), "최이사장 (시연)", "부산 협동조합 연합회", null, null, MemberRole.MEMBER, start,
						end, now),
				new Member(council.getId(), "정과장 (시연)", "부산광역시 사회적경제과", null, null, MemberRole.MEMBER, start,
						end, now),
				new Member(council.getId(), "부산센터 직원", "부산광역시 사회적경제지원센터", "staff.busan@ieum.example",
						secretaryAccount, MemberRole.SECRETARY, start, end, now),
				new Member(council.getId(), "김전임위원 (시연)", "사회적기업 대표", null, null, MemberRole.MEMBER,
						start.minusYears(2), start.minusDays(1), now)));
		Set<Long> present = board.stream().filter(m -> m.getTermEnd().isAfter(start))
			.map(Member::getId).collect(Collectors.toSet());
		held(council, board, "제1차 정기회의", today.minusDays(95), "부산광역시청 12층 회의실", present,
				List.of("사회적경제 육성 기본계획 의견 제출", "공공구매 목표 비율 상향 건의"),
				"1. 사회적경제 육성 기본계획 의견: 기업 성장 단계별 지원을 보강하자는 의견을 모아 제출하기로 가결함.\n"
						+ "2. 공공구매 목표 비율: 구 단위 목표 공개를 건의하기로 가결함.",
				chairAccount, secretaryAccount);
		held(council, board, "제2차 정기회의", today.minusDays(5), "부산광역시 사회적경제지원센터 세미나실", present,
				List.of("사회적가치 환원사업 확대", "내년도 위원회 운영 계획"),
				"1. 사회적가치 환원사업: 참여 기업을 늘리는 방안을 가결함.\n2. 운영 계획: 분기별 정기회의를 유지하기로 가결함.",
				chairAccount, secretaryAccount);
		log.info("Demo governance council added for {}", center.slug());
	}

	private void donggu(CenterSummary center) {
		LocalDate today = Seoul.today(clock);
		Instant now = clock.instant();
		Council council = councils.save(new Council(center.id(), "동구 사회적경제 분기 실무협의회 (시연)",
				"동구 사회적경제조직과 협약 컨설팅 협동조합이 분기마다 모여 공동 컨설팅과 교육을 조율합니다.", true, 3, 3, now));
		LocalDate start = today.minusMonths(6).withDayOfMonth(1);
		LocalDate end = start.plusYears(2).minusDays(1);
		List<Member> board = members.saveAll(List.of(
				new Member(council.getId(), "동구 마을기업 대표 (시연)", "동구 마을기업", null, null, MemberRole.CHAIR, start,
						end, now),
				new Member(council.getId(), "빛고을나눔컨설팅 이사 (시연)", "빛고을나눔컨설팅 사회적협동조합", null, null,
						MemberRole.MEMBER, start, end, now),
				new Member(council.getId(), "동구 협동조합 대표 (시연)", "동구 협동조합", null, null, MemberRole.MEMBER, start,
						end, now),
				new Member(council.getId(), "동구센터 간사 (시연)", "광주 동구 사회적경제지원센터", null, null,
						MemberRole.SECRETARY, start, end, now)));
		Meeting meeting = meetings.save(new Meeting(council, board, "분기 실무협의회", at(today.minusDays(80), 10),
				at(today.minusDays(80), 12), null, "동구청 소회의실", now));
		meeting.addAgendaItem("공동 컨설팅 일정 조율");
		meeting.recordAttendance(council, board, board.stream().map(Member::getId).collect(Collectors.toSet()));
		meetings.flush();
		meeting.decide(council, meeting.getAgenda().get(0).getId(), Decision.PASSED, 4, 0, 0);
		log.info("Demo governance council added for {}", center.slug());
	}

	private void held(Council council, List<Member> board, String title, LocalDate day, String place, Set<Long> present,
			List<String> items, String text, Long chairAccount, Long secretaryAccount) {
		Instant now = clock.instant();
		Meeting meeting = meetings.save(new Meeting(council, board, title, at(day, 14), at(day, 16), null, place, now));
		items.forEach(meeting::addAgendaItem);
		meeting.invited(at(day.minusDays(14), 10));
		meeting.recordAttendance(council, board, present);
		meetings.flush();
		int count = present.size();
		meeting.getAgenda().forEach(item -> meeting.decide(council, item.getId(), Decision.PASSED, count - 1, 0, 1));
		if (chairAccount != null && secretaryAccount != null) {
			Minutes approved = new Minutes(meeting.getId(), 1, text, null, secretaryAccount, at(day.plusDays(2), 10));
			approved.approve(chairAccount, at(day.plusDays(4), 10));
			minutes.save(approved);
		}
	}

	private static Instant at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(Seoul.ZONE).toInstant();
	}
}
