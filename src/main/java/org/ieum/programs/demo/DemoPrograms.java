package org.ieum.programs.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.identity.IdentityApi;
import org.ieum.programs.AwardeeSelected;
import org.ieum.programs.CallKind;
import org.ieum.programs.call.ApplicantType;
import org.ieum.programs.call.Application;
import org.ieum.programs.call.ApplicationRepository;
import org.ieum.programs.call.CallDetails;
import org.ieum.programs.call.CallRepository;
import org.ieum.programs.call.Criterion;
import org.ieum.programs.call.CriterionRepository;
import org.ieum.programs.call.Decision;
import org.ieum.programs.call.FieldType;
import org.ieum.programs.call.FormField;
import org.ieum.programs.call.FormFieldRepository;
import org.ieum.programs.call.FormKind;
import org.ieum.programs.call.ProgramCall;
import org.ieum.programs.call.Review;
import org.ieum.programs.call.ReviewRepository;
import org.ieum.programs.reports.Report;
import org.ieum.programs.reports.ReportKind;
import org.ieum.programs.reports.ReportRepository;
import org.ieum.shared.Seoul;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls from the seed articles, dated relative to today: Busan's open support call for
 * organizations, Gimhae's call for incubation tenants (7 offices, free for a year) open to
 * founders (with a draft by citizen@ieum.example), and a Busan call whose results are out, with 행복베이커리's application reviewed
 * by staff.busan and expert@ieum.example and selected. Added only while the call table is empty.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoPrograms implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPrograms.class);

	private final CallRepository calls;
	private final FormFieldRepository fields;
	private final CriterionRepository criteria;
	private final ApplicationRepository applications;
	private final ReviewRepository reviews;
	private final ReportRepository reports;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final EnterprisesApi enterprises;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DemoPrograms(CallRepository calls, FormFieldRepository fields, CriterionRepository criteria,
			ApplicationRepository applications, ReviewRepository reviews, ReportRepository reports,
			CentersApi centers, IdentityApi identity, EnterprisesApi enterprises, ApplicationEventPublisher events,
			Clock clock) {
		this.calls = calls;
		this.fields = fields;
		this.criteria = criteria;
		this.applications = applications;
		this.reviews = reviews;
		this.reports = reports;
		this.centers = centers;
		this.identity = identity;
		this.enterprises = enterprises;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (calls.count() > 0) {
			return;
		}
		LocalDate today = Seoul.today(clock);
		centers.findBySlug("busan").ifPresent(c -> {
			openSupportCall(c, today);
			publishedCall(c, today);
		});
		centers.findBySlug("gimhae").ifPresent(c -> incubationCall(c, today));
		log.info("Demo calls loaded: {}", calls.count());
	}

	private static Instant at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(Seoul.ZONE).toInstant();
	}

	private ProgramCall call(CenterSummary center, CallKind kind, String title, String purpose, ApplicantType who,
			String region, String stage, long budget, int awards, Instant opens, Instant closes, String documents,
			boolean scoresVisible) {
		ProgramCall call = new ProgramCall(center.id(), new CallDetails(kind, title, purpose, who, Set.of(), region, stage,
				budget, awards, opens, closes, documents, scoresVisible, false), clock.instant());
		call.announce(clock.instant());
		return calls.save(call);
	}

	private FormField field(ProgramCall call, FormKind form, int order, String label, FieldType type, boolean required,
			List<String> choices) {
		return fields.save(new FormField(call.getId(), form, order, label, type, required, choices));
	}

	private void supportForm(ProgramCall call) {
		field(call, FormKind.APPLICATION, 1, "사업 계획 요약", FieldType.LONG_TEXT, true, List.of());
		field(call, FormKind.APPLICATION, 2, "신청 금액", FieldType.AMOUNT, true, List.of());
		field(call, FormKind.APPLICATION, 3, "지원 분야", FieldType.CHOICE, true, List.of("판로 개척", "홍보·마케팅", "제품 개발"));
		field(call, FormKind.APPLICATION, 4, "사업계획서", FieldType.FILE, false, List.of());
		field(call, FormKind.REPORT, 1, "추진 실적", FieldType.LONG_TEXT, true, List.of());
		field(call, FormKind.REPORT, 2, "집행 금액", FieldType.AMOUNT, true, List.of());
		criteria.save(new Criterion(call.getId(), 1, "사업 타당성", 40, 20));
		criteria.save(new Criterion(call.getId(), 2, "사회적 가치", 30, 20));
		criteria.save(new Criterion(call.getId(), 3, "실행 역량", 30, 20));
	}

	private void openSupportCall(CenterSummary center, LocalDate today) {
		ProgramCall call = call(center, CallKind.SUPPORT, "사회적경제기업 판로 지원사업 (대형 유통 입점)",
				"부산 지역 사회적경제기업의 대형 유통망 입점과 판로 개척을 지원합니다. 기업당 최대 500만 원.",
				ApplicantType.ORGANIZATION, "부산광역시", "설립 1년 이상", 50_000_000L, 10, at(today.minusDays(7), 9),
				at(today.plusDays(21), 18), "사업계획서 1부, 사업자등록증 사본 1부", true);
		supportForm(call);
	}

	private void incubationCall(CenterSummary center, LocalDate today) {
		ProgramCall call = call(center, CallKind.INCUBATION, "김해 창업보육실 입주기업 모집 (7실)",
				"사회적 가치를 담은 사업계획을 가진 예비창업자와 초기 창업기업에게 창업보육실 7실을 1년간 무료로 제공합니다. 사무공간과 공용 사무기기를 함께 씁니다.",
				ApplicantType.FOUNDER, null, "예비창업자 또는 창업 3년 이내", 0L, 7, at(today.minusDays(3), 9),
				at(today.plusDays(25), 18), "사업계획서 1부", false);
		field(call, FormKind.APPLICATION, 1, "사업 아이템", FieldType.TEXT, true, List.of());
		field(call, FormKind.APPLICATION, 2, "사회적 가치와 사업 계획", FieldType.LONG_TEXT, true, List.of());
		field(call, FormKind.APPLICATION, 3, "창업(예정)일", FieldType.DATE, false, List.of());
		field(call, FormKind.APPLICATION, 4, "사업계획서", FieldType.FILE, false, List.of());
		criteria.save(new Criterion(call.getId(), 1, "사회적 가치", 40, 10));
		criteria.save(new Criterion(call.getId(), 2, "사업성", 30, 10));
		criteria.save(new Criterion(call.getId(), 3, "실현 가능성", 30, 10));
		// the demo citizen has started an application and saved a draft
		identity.findAccountIdByEmail("citizen@ieum.example").ifPresent(citizen -> {
			List<FormField> form = fields.findByCallIdAndFormOrderBySortOrderAscIdAsc(call.getId(), FormKind.APPLICATION);
			Application draft = applications.save(new Application(call, citizen, "citizen@ieum.example",
					identity.displayNameOf(citizen).orElse("시민"), null, clock.instant()));
			draft.saveAnswers(call, Map.of(form.get(0).getId(), "폐현수막 새활용 장바구니 공방"), clock.instant());
		});
	}

	/** A finished call: the demo member's organization applied, two reviewers scored, it was selected. */
	private void publishedCall(CenterSummary center, LocalDate today) {
		ProgramCall call = call(center, CallKind.SUPPORT, "사회적경제 공동체 활성화 지원사업",
				"지역사회 공헌 프로그램을 운영하는 사회적경제기업에 운영비를 지원합니다.", ApplicantType.ORGANIZATION,
				"부산광역시", null, 30_000_000L, 3, at(today.minusDays(90), 9), at(today.minusDays(60), 18),
				"사업계획서 1부", true);
		supportForm(call);
		Long member = identity.findAccountIdByEmail("member@ieum.example").orElse(null);
		if (member == null) {
			return;
		}
		List<OrganizationSummary> managed = enterprises.managedBy(member);
		if (managed.isEmpty()) {
			return;
		}
		OrganizationSummary organization = managed.get(0);
		List<FormField> form = fields.findByCallIdAndFormOrderBySortOrderAscIdAsc(call.getId(), FormKind.APPLICATION);
		Instant applied = at(today.minusDays(70), 14);
		Application application = applications.save(new Application(call, member, "member@ieum.example",
				organization.name(), organization.id(), applied));
		application.saveAnswers(call, Map.of(form.get(0).getId(), "발달장애 청년과 함께 동네 어르신께 매주 빵을 나누는 나눔 베이커리를 운영합니다.",
				form.get(1).getId(), "8000000", form.get(2).getId(), "판로 개척"), applied);
		application.submit(call, applied);
		application.screen(true, null, at(today.minusDays(58), 10));
		List<Criterion> list = criteria.findByCallIdOrderBySortOrderAscIdAsc(call.getId());
		review(application, "staff.busan@ieum.example", list, new int[] { 17, 18, 15 }, today);
		review(application, "expert@ieum.example", list, new int[] { 16, 19, 16 }, today);
		application.decide(Decision.AWARDED, null, at(today.minusDays(35), 10));
		Instant published = at(today.minusDays(30), 10);
		call.publishResults(published);
		application.agree(today.minusDays(25), 7_500_000L, clock.instant());
		reports.save(new Report(application.getId(), ReportKind.PROGRESS, today.plusDays(20)));
		reports.save(new Report(application.getId(), ReportKind.FINAL, today.plusDays(80)));
		events.publishEvent(new AwardeeSelected(call.getId(), call.getKind(), call.getCenterId(), application.getId(),
				application.getReceiptNumber(), call.getTitle(), member, organization.id(), organization.name(), published));
	}

	private void review(Application application, String email, List<Criterion> list, int[] scores, LocalDate today) {
		identity.findAccountIdByEmail(email).ifPresent(reviewer -> {
			Review review = reviews.save(new Review(application, reviewer,
					identity.displayNameOf(reviewer).orElse(email), email, at(today.minusDays(55), 10)));
			review.declareNoConflict(at(today.minusDays(50), 10));
			review.submit(list, Map.of(list.get(0).getId(), scores[0], list.get(1).getId(), scores[1],
					list.get(2).getId(), scores[2]), at(today.minusDays(45), 10));
		});
	}
}
