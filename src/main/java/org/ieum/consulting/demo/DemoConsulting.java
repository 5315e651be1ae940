package org.ieum.consulting.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.consulting.cases.ConsultingField;
import org.ieum.consulting.cases.ConsultingRequest;
import org.ieum.consulting.cases.ConsultingRequestRepository;
import org.ieum.consulting.cases.ConsultingSession;
import org.ieum.consulting.cases.ConsultingSessionRepository;
import org.ieum.consulting.cases.Expert;
import org.ieum.consulting.cases.ExpertRepository;
import org.ieum.consulting.cases.PoolAgreement;
import org.ieum.consulting.cases.PoolAgreementRepository;
import org.ieum.consulting.cases.RequestKind;
import org.ieum.consulting.cases.SessionMode;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
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
 * Consulting from the seed articles, dated relative to today: the Gwangju Dong-gu pool with
 * experts of its partner consulting cooperative (one of them {@code expert@ieum.example}),
 * shared with Gimhae and the Gwangju metropolitan center under agreements; Gimhae's senior
 * entrepreneur mentors with completed, rated mentoring of {@code citizen@ieum.example};
 * Busan's accountants and lawyers with a request of 행복베이커리 in progress. Added only
 * while there are no experts.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoConsulting implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoConsulting.class);

	private static final String COOPERATIVE = "빛고을나눔컨설팅 사회적협동조합 (시연)";

	private final ExpertRepository experts;
	private final PoolAgreementRepository agreements;
	private final ConsultingRequestRepository requests;
	private final ConsultingSessionRepository sessions;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final EnterprisesApi enterprises;
	private final Clock clock;

	DemoConsulting(ExpertRepository experts, PoolAgreementRepository agreements, ConsultingRequestRepository requests,
			ConsultingSessionRepository sessions, CentersApi centers, IdentityApi identity, EnterprisesApi enterprises,
			Clock clock) {
		this.experts = experts;
		this.agreements = agreements;
		this.requests = requests;
		this.sessions = sessions;
		this.centers = centers;
		this.identity = identity;
		this.enterprises = enterprises;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (experts.count() > 0) {
			return;
		}
		Optional<Long> donggu = center("gwangju-donggu");
		Optional<Long> gwangju = center("gwangju");
		Optional<Long> gimhae = center("gimhae");
		Optional<Long> busan = center("busan");
		if (donggu.isEmpty() || gimhae.isEmpty() || busan.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		LocalDate today = Seoul.today(clock);
		Expert mentorKim = expert(donggu.get(), "김멘토", "expert@ieum.example", COOPERATIVE,
				"사회적경제 컨설팅 12년, 예비사회적기업 지정·사회적기업 인증 지원 40여 곳",
				EnumSet.of(ConsultingField.CERTIFICATION, ConsultingField.STRATEGY, ConsultingField.MARKETING),
				EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 100_000);
		expert(donggu.get(), "오세무", null, COOPERATIVE, "세무사, 협동조합 회계 실무 교육 강사",
				EnumSet.of(ConsultingField.ACCOUNTING), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), 120_000);
		agreements.save(new PoolAgreement(donggu.get(), gimhae.get(), today.withDayOfYear(1), null,
				"동구센터·컨설팅 사회적협동조합 업무협약에 따른 전문가 풀 공유 (시연)", null, now));
		gwangju.ifPresent(g -> agreements.save(new PoolAgreement(donggu.get(), g, today.withDayOfYear(1),
				today.withDayOfYear(1).plusYears(2).minusDays(1), "분기별 실무협의회에서 공동 컨설팅 운영 (시연)", null, now)));

		Expert seniorLee = expert(gimhae.get(), "이선배", null, "김해 ○○마을기업 대표 (선배 기업가)",
				"마을기업 창업 10년, 지역 농산물 가공·판로 개척", EnumSet.of(ConsultingField.STRATEGY, ConsultingField.MARKETING),
				EnumSet.of(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), 0);
		expert(gimhae.get(), "최노무", null, "김해 노무법인 (시연)", "공인노무사, 취약계층 고용 사업장 자문",
				EnumSet.of(ConsultingField.LABOR), EnumSet.of(DayOfWeek.WEDNESDAY), 80_000);
		Expert accountant = expert(busan.get(), "정회계", null, "부산 회계법인 (시연)", "공인회계사, 사회적기업 결산·사업보고서",
				EnumSet.of(ConsultingField.ACCOUNTING, ConsultingField.FINANCE), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
				150_000);
		expert(busan.get(), "한법률", null, "부산 공익법센터 (시연)", "변호사, 협동조합 정관·계약 검토",
				EnumSet.of(ConsultingField.LEGAL), EnumSet.of(DayOfWeek.FRIDAY), 150_000);

		identity.findAccountIdByEmail("citizen@ieum.example").ifPresent(citizen -> {
			// Gimhae's senior-entrepreneur mentoring: several rounds held, completed and rated
			String[] topics = { "첫 매출 이후 가격 정하기", "마을기업 지정 준비", "로컬푸드 매장 입점", "창업 동아리 운영" };
			int[] people = { 3, 2, 4, 2 };
			int[] stars = { 5, 4, 5, 5 };
			for (int i = 0; i < topics.length; i++) {
				ConsultingRequest r = request(gimhae.get(), citizen, "김해 시민", "citizen@ieum.example", null, null,
						RequestKind.MENTORING, ConsultingField.STRATEGY, topics[i], "선배 기업가 멘토링을 신청합니다. " + topics[i]
								+ "에 대한 경험을 듣고 싶습니다.", people[i], now.minusSeconds(86_400L * (60 - i * 10)));
				r.assign(seniorLee.getId(), now);
				r.accept();
				held(r, seniorLee, today.minusDays(40 - i * 8L).atTime(19, 0), 90, SessionMode.AT_CENTER,
						"창업 경험 공유와 질의응답", "다음 달 소모임에서 실행 결과 공유");
				r.complete("멘토링 완료", now.minusSeconds(86_400L * (30 - i * 6)));
				r.rate(stars[i], i == 0 ? "실제 경험이라 바로 적용할 수 있었습니다." : null, now);
			}
			ConsultingRequest certification = request(gimhae.get(), citizen, "김해 시민", "citizen@ieum.example", null, null,
					RequestKind.CONSULTING, ConsultingField.CERTIFICATION, "예비사회적기업 지정 신청서 검토",
					"지역형 예비사회적기업 지정을 준비하고 있습니다. 사업계획서와 사회적 목적 실현 계획을 봐 주실 분을 찾습니다.", 1,
					now.minusSeconds(86_400L * 2));
			// proposed to the Dong-gu cooperative's expert shared with Gimhae, who has not answered yet
			certification.assign(mentorKim.getId(), now);
			request(gimhae.get(), citizen, "김해 시민", "citizen@ieum.example", null, null, RequestKind.DIFFICULTY,
					ConsultingField.OTHER, "공유 오피스 소음 문제", "소모임 활동 시간에 회의실 소음이 커서 상담이 어렵습니다. 조정이 가능할까요?",
					1, now.minusSeconds(3_600L * 5));
		});

		identity.findAccountIdByEmail("member@ieum.example").ifPresent(member -> {
			Optional<OrganizationSummary> bakery = enterprises.managedBy(member).stream().findFirst();
			ConsultingRequest r = request(busan.get(), member, "행복베이커리 대표", "member@ieum.example",
					bakery.map(OrganizationSummary::id).orElse(null), bakery.map(OrganizationSummary::name).orElse(null),
					RequestKind.CONSULTING, ConsultingField.ACCOUNTING, "사회적기업 사업보고서 결산 자문",
					"10월 사업보고서 제출을 앞두고 결산과 사회적 가치 지표 작성 방법을 자문받고 싶습니다.", 2,
					now.minusSeconds(86_400L * 10));
			r.assign(accountant.getId(), now.minusSeconds(86_400L * 8));
			r.accept();
			held(r, accountant, today.minusDays(5).atTime(14, 0), 120, SessionMode.VISIT, "결산 자료 점검, 인건비 지원금 회계 처리",
					"다음 방문 전 증빙 정리");
			sessions.save(new ConsultingSession(r, accountant.getId(),
					today.plusDays(7).atTime(14, 0).atZone(Seoul.ZONE).toInstant(), 120, today.plusDays(7).getYear(),
					SessionMode.ONLINE, now));
			ConsultingRequest difficulty = request(busan.get(), member, "행복베이커리 대표", "member@ieum.example",
					bakery.map(OrganizationSummary::id).orElse(null), bakery.map(OrganizationSummary::name).orElse(null),
					RequestKind.DIFFICULTY, ConsultingField.PUBLIC_PROCUREMENT, "공공기관 납품 절차 문의",
					"구청에 빵을 납품하려면 어떤 등록이 필요한지 알고 싶습니다.", 1, now.minusSeconds(86_400L * 20));
			difficulty.resolve("조달청 나라장터 등록과 사회적기업 제품 우선구매 제도를 안내하고 구청 담당 부서를 연결했습니다.",
					now.minusSeconds(86_400L * 18));
		});
		log.info("Demo consulting added: {} experts, {} requests", experts.count(), requests.count());
	}

	private Expert expert(long centerId, String name, String email, String affiliation, String career,
			Set<ConsultingField> fields, Set<DayOfWeek> days, long fee) {
		Long account = email == null ? null : identity.findAccountIdByEmail(email).orElse(null);
		return experts.save(new Expert(centerId, new Expert.ExpertTerms(name, email, affiliation, career, fields, days,
				null, fee, true), account, clock.instant()));
	}

	private ConsultingRequest request(long centerId, long accountId, String name, String email, Long organizationId,
			String organizationName, RequestKind kind, ConsultingField field, String title, String description,
			int people, Instant at) {
		return requests.save(new ConsultingRequest(centerId, accountId, name, email, organizationId, organizationName,
				new ConsultingRequest.Ask(kind, field, title, description, EnumSet.of(DayOfWeek.THURSDAY), null, people), at));
	}

	private void held(ConsultingRequest r, Expert expert, LocalDateTime start, int minutes, SessionMode mode,
			String content, String next) {
		ConsultingSession s = new ConsultingSession(r, expert.getId(), start.atZone(Seoul.ZONE).toInstant(), minutes,
				start.getYear(), mode, clock.instant());
		s.record(content, next);
		sessions.save(s);
	}

	private Optional<Long> center(String slug) {
		return centers.findBySlug(slug).map(CenterSummary::id);
	}
}
