package org.ieum.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ieum.programs.call.ApplicantType;
import org.ieum.programs.call.Application;
import org.ieum.programs.call.ApplicationRepository;
import org.ieum.programs.call.CallDetails;
import org.ieum.programs.call.CallRepository;
import org.ieum.programs.call.Criterion;
import org.ieum.programs.call.CriterionRepository;
import org.ieum.programs.call.Decision;
import org.ieum.programs.call.FormField;
import org.ieum.programs.call.FormFieldRepository;
import org.ieum.programs.call.FormKind;
import org.ieum.programs.call.ProgramCall;
import org.ieum.programs.call.ReviewRepository;
import org.ieum.shared.Seoul;
import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A call from its creation by staff, through an application with autosave and a file, two
 * reviewers' declarations and scores, to the published result the applicant reads, and every
 * programs page of each role under axe-core at desktop width and at 320 px.
 */
@IeumSpringTest
class ProgramsBrowserTests {

	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.NARROWEST_WIDTH };

	private static final String STAFF = "prog-brw-staff@example.kr";
	private static final String APPLICANT = "prog-brw-applicant@example.kr";
	private static final String REVIEWER_1 = "prog-brw-r1@example.kr";
	private static final String REVIEWER_2 = "prog-brw-r2@example.kr";
	private static final String TITLE = "브라우저 공모 청년 나눔 부엌";

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CallRepository calls;

	@Autowired
	FormFieldRepository fields;

	@Autowired
	CriterionRepository criteria;

	@Autowired
	ReviewRepository reviews;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationRepository applications;

	@Autowired
	TransactionTemplate tx;

	private final List<String> problems = new ArrayList<>();

	private void logInAs(String email) {
		browser.driver().manage().deleteAllCookies();
		browser.logIn(email, ProgramsFixtures.PASSWORD);
	}

	private void setValue(String id, String value) {
		browser.js("arguments[0].value = arguments[1];", browser.field(id), value);
	}

	private void checkPage(String name) {
		browser.assertNoSeriousViolations(name);
		browser.assertNoHorizontalScroll(name);
	}

	@Test
	void aCallGoesFromCreationThroughTwoReviewersToPublishedResults() throws IOException {
		ProgramsFixtures fixtures = new ProgramsFixtures(jdbc, calls, fields, criteria, clock);
		fixtures.person(STAFF, "부산 브라우저 담당", "CENTER_STAFF", "busan");
		fixtures.person(APPLICANT, "브라우저 신청자", "CITIZEN", null);
		fixtures.person(REVIEWER_1, "브라우저 심사 하나", "EXPERT", null);
		fixtures.person(REVIEWER_2, "브라우저 심사 둘", "EXPERT", null);

		// staff create the call, its form and its criteria
		logInAs(STAFF);
		browser.open("/admin/programs/new");
		checkPage("new call");
		browser.fill("title", TITLE).fill("applicantType", "예비 창업자·시민 (본인 명의 신청)").fill("budgetWon", "12000000")
			.fill("awardCount", "1");
		setValue("opensDate", Seoul.today(clock).minusDays(1).toString());
		setValue("closesDate", Seoul.today(clock).plusDays(7).toString());
		browser.fill("purpose", "청년이 운영하는 동네 나눔 부엌을 지원합니다.").submit();
		assertThat(browser.awaitText(".flash-notice", "비공개 초안으로 만들었습니다")).contains("비공개 초안으로 만들었습니다");
		long callId = jdbc.queryForObject("select id from programs_call where title = ?", Long.class, TITLE);
		browser.fill("APPLICATION-label", "사업명").fill("APPLICATION-type", "짧은 글");
		browser.driver().findElement(By.id("APPLICATION-required")).click();
		browser.submit();
		assertThat(browser.awaitText(".flash-notice", "항목을 추가했습니다")).contains("항목을 추가했습니다");
		browser.fill("APPLICATION-label", "사업계획서").fill("APPLICATION-type", "파일").submit();
		assertThat(browser.awaitText("#application-form + ol", "사업계획서")).contains("사업계획서");
		browser.fill("REPORT-label", "추진 실적").fill("REPORT-type", "긴 글").submit();
		assertThat(browser.awaitText(".flash-notice", "항목을 추가했습니다")).contains("항목을 추가했습니다");
		browser.fill("criterion-name", "타당성").fill("criterion-weight", "60").fill("criterion-max", "10").submit();
		assertThat(browser.awaitText(".flash-notice", "평가 기준을 추가했습니다")).contains("평가 기준을 추가했습니다");
		browser.fill("criterion-name", "사회적 가치").fill("criterion-weight", "40").fill("criterion-max", "5").submit();
		assertThat(browser.awaitText("#criteria + .table-wrap caption", "100")).contains("100");
		checkPage("call edit");
		browser.press("공고 게시");
		assertThat(browser.awaitText(".flash-notice", "공고를 게시했습니다")).contains("공고를 게시했습니다");

		// the applicant applies: autosave, a file, submission
		List<FormField> form = fields.findByCallIdAndFormOrderBySortOrderAscIdAsc(callId, FormKind.APPLICATION);
		logInAs(APPLICANT);
		browser.open("/c/busan/programs");
		browser.press(TITLE);
		assertThat(browser.awaitText("main h1", TITLE)).isEqualTo(TITLE);
		checkPage("call page");
		browser.press("신청서 작성");
		assertThat(browser.awaitText("main h1", "신청서")).contains(TITLE);
		browser.field("f" + form.get(0).getId()).sendKeys("골목 나눔 부엌");
		assertThat(browser.awaitText("#autosave-status", "임시저장했습니다")).contains("임시저장했습니다");
		Path plan = Files.createTempFile("plan", ".pdf");
		Files.write(plan, ProgramsFixtures.pdf());
		Path renamed = plan.resolveSibling("사업계획서-" + callId + ".pdf");
		Files.move(plan, renamed, StandardCopyOption.REPLACE_EXISTING);
		browser.attach("file" + form.get(1).getId(), renamed).submit();
		assertThat(browser.awaitText(".flash-notice", "파일을 올렸습니다")).contains("파일을 올렸습니다");
		assertThat(browser.field("f" + form.get(0).getId()).getAttribute("value")).isEqualTo("골목 나눔 부엌");
		checkPage("application draft");
		browser.press("제출하기");
		assertThat(browser.awaitText("#application-status", "제출 완료")).isEqualTo("제출 완료");
		long applicationId = jdbc.queryForObject("select id from programs_application where call_id = ?", Long.class, callId);
		String receipt = jdbc.queryForObject("select receipt_number from programs_application where id = ?", String.class,
				applicationId);
		assertThat(browser.awaitText("#receipt-number", receipt)).isEqualTo(receipt);
		checkPage("submitted application");

		// the deadline passes; staff screen and assign two reviewers
		fixtures.close(callId);
		logInAs(STAFF);
		browser.open("/admin/programs/" + callId + "/applications");
		assertThat(browser.awaitText("#call-status", "접수마감")).isEqualTo("접수마감");
		browser.press("브라우저 신청자");
		assertThat(browser.awaitText("main h1", "브라우저 신청자")).contains("브라우저 신청자");
		browser.driver().findElement(By.id("elig-yes")).click();
		browser.press("자격 심사 저장");
		assertThat(browser.awaitText("#eligibility", "적격")).contains("적격");
		for (String reviewer : List.of(REVIEWER_1, REVIEWER_2)) {
			browser.fill("reviewer-email", reviewer).submit();
			assertThat(browser.awaitText(".flash-notice", "심사위원을 배정")).contains("심사위원을 배정");
		}
		checkPage("staff application");

		// each reviewer declares and scores alone
		List<Criterion> list = criteria.findByCallIdOrderBySortOrderAscIdAsc(callId);
		int[][] scores = { { 9, 4 }, { 7, 3 } };
		List<String> reviewers = List.of(REVIEWER_1, REVIEWER_2);
		for (int i = 0; i < 2; i++) {
			logInAs(reviewers.get(i));
			browser.open("/my/reviews");
			browser.press("브라우저 신청자");
			assertThat(browser.awaitText("#review-status", "배정됨")).contains("배정됨");
			checkPage("review before declaration");
			browser.driver().findElement(By.id("decl-none")).click();
			browser.press("확인");
			assertThat(browser.awaitText(".flash-notice", "서약했습니다")).contains("서약했습니다");
			assertThat(browser.awaitText("main", "골목 나눔 부엌")).contains("골목 나눔 부엌");
			browser.fill("c" + list.get(0).getId(), String.valueOf(scores[i][0]))
				.fill("c" + list.get(1).getId(), String.valueOf(scores[i][1]))
				.submit();
			assertThat(browser.awaitText("#review-status", "점수 제출")).isEqualTo("점수 제출");
			checkPage("review after scoring");
		}
		assertThat(browser.awaitText("main", "86.0")).contains("86.0").contains("66.0");

		// staff select and publish
		logInAs(STAFF);
		browser.open("/admin/programs/" + callId + "/applications");
		assertThat(browser.awaitText("main table", "76.0")).contains("76.0");
		checkPage("ranking");
		browser.fill("decision-" + applicationId, "선정").submit();
		assertThat(browser.awaitText(".flash-notice", "선정 여부를 저장했습니다")).contains("선정 여부를 저장했습니다");
		browser.press("결과 발표");
		assertThat(browser.awaitText("#call-status", "결과발표")).isEqualTo("결과발표");
		browser.open("/admin/programs/" + callId + "/applications/" + applicationId);
		setValue("report-due", Seoul.today(clock).plusDays(30).toString());
		browser.fill("report-kind", "중간 보고서").submit();
		assertThat(browser.awaitText(".flash-notice", "보고서를 요청했습니다")).contains("보고서를 요청했습니다");

		// the applicant reads the result
		logInAs(APPLICANT);
		browser.open("/my/programs/" + applicationId);
		assertThat(browser.awaitText("#result", "선정되었습니다")).contains("선정되었습니다");
		checkPage("result");

		long reviewId = reviews.findByApplicationIdOrderByIdAsc(applicationId).get(0).getId();
		long reportId = jdbc.queryForObject("select id from programs_report where application_id = ?", Long.class, applicationId);
		problems.addAll(browser.problemsOnPages(WIDTHS, "/my/programs", "/my/programs/" + applicationId,
				"/my/programs/" + applicationId + "/reports/" + reportId, "/c/busan/programs/" + callId));
		logInAs(REVIEWER_1);
		problems.addAll(browser.problemsOnPages(WIDTHS, "/my/reviews", "/my/reviews/" + reviewId));
		logInAs(STAFF);
		problems.addAll(browser.problemsOnPages(WIDTHS, "/admin/programs", "/admin/programs/new",
				"/admin/programs/" + callId, "/admin/programs/" + callId + "/applications",
				"/admin/programs/" + callId + "/applications/" + applicationId));
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
	}

	@Test
	void everyPublicAndDemoProgramsPagePassesAxeAtDesktopAndPhoneWidth() {
		long open = jdbc.queryForObject("select min(id) from programs_call where kind = 'INCUBATION'", Long.class);
		long published = jdbc.queryForObject("select min(id) from programs_call where results_published_at is not null",
				Long.class);
		problems.addAll(browser.problemsOnPages(WIDTHS, "/c/busan/programs", "/c/gimhae/programs",
				"/c/gimhae/programs/" + open, "/c/busan/programs/" + published));
		logInAs("citizen@ieum.example");
		problems.addAll(browser.problemsOnPages(WIDTHS, "/c/gimhae/programs/" + open, "/my/programs", "/my/reviews"));
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
	}

	@Test
	void publishingAnIncubationCallOffersTheAwardeeATenancy() {
		ProgramsFixtures fixtures = new ProgramsFixtures(jdbc, calls, fields, criteria, clock);
		fixtures.person("prog-brw-gimhae@example.kr", "김해 브라우저 담당", "CENTER_STAFF", "gimhae");
		long founder = fixtures.person("prog-brw-founder@example.kr", "브라우저 예비창업자", "CITIZEN", null);
		Instant now = clock.instant();
		long callId = tx.execute(s -> {
			ProgramCall draft = new ProgramCall(fixtures.centerId("gimhae"), new CallDetails(CallKind.INCUBATION,
					"브라우저 입주기업 모집 온누리", null, ApplicantType.FOUNDER, Set.of(), null, null, 0, 1,
					now.minus(Duration.ofDays(2)), now.plus(Duration.ofHours(1)), null, false, false), now);
			draft.announce(now);
			ProgramCall call = calls.save(draft);
			Application application = applications.save(new Application(call, founder, "prog-brw-founder@example.kr",
					"브라우저 예비창업자", null, now));
			application.submit(call, now);
			application.screen(true, null, now);
			return call.getId();
		});
		fixtures.close(callId);
		long applicationId = jdbc.queryForObject("select id from programs_application where call_id = ?", Long.class, callId);
		tx.executeWithoutResult(s -> applications.findById(applicationId).orElseThrow()
			.decide(Decision.AWARDED, null, clock.instant()));

		logInAs("prog-brw-gimhae@example.kr");
		browser.open("/admin/programs/" + callId + "/applications");
		browser.press("결과 발표");
		assertThat(browser.awaitText("#call-status", "결과발표")).isEqualTo("결과발표");

		// incubation hears AwardeeSelected after the commit, on its own thread
		logInAs("prog-brw-founder@example.kr");
		String page = "";
		for (int i = 0; i < 20 && !page.contains("입주기업으로 선정되었습니다"); i++) {
			browser.open("/my/incubation");
			page = browser.awaitText("main", "입주기업으로 선정되었습니다");
		}
		assertThat(page).contains("입주기업으로 선정되었습니다");
		checkPage("tenancy offer after selection");

		// the awardee accepts, then staff give the tenancy a free room: the call ends in an occupied office
		browser.press("입주 수락");
		assertThat(browser.awaitText(".flash-notice", "입주를 수락했습니다.")).isEqualTo("입주를 수락했습니다.");
		long tenancy = jdbc.queryForObject("select id from incubation_tenancy where application_id = ?", Long.class,
				applicationId);
		long room = jdbc.queryForObject("select min(o.id) from incubation_office o where o.center_id = ? and o.kind = 'ROOM'"
				+ " and o.active = true and not exists (select 1 from incubation_tenancy t where t.office_id = o.id"
				+ " and t.status = 'ACTIVE')", Long.class, fixtures.centerId("gimhae"));
		logInAs("prog-brw-gimhae@example.kr");
		browser.open("/admin/incubation/tenancies/" + tenancy);
		new Select(browser.field("officeId")).selectByValue(String.valueOf(room));
		browser.fill("monthlyFeeWon", "0").submit();
		assertThat(browser.awaitText(".flash-notice", "사무실을 배정했습니다.")).isEqualTo("사무실을 배정했습니다.");
		assertThat(jdbc.queryForObject("select status from incubation_tenancy where id = ?", String.class, tenancy))
			.isEqualTo("ACTIVE");
		checkPage("tenancy from the call in residence");
	}
}
