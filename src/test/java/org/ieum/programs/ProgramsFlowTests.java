package org.ieum.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.data.Offset;
import org.ieum.programs.call.ApplicantType;
import org.ieum.programs.call.Application;
import org.ieum.programs.call.ApplicationRepository;
import org.ieum.programs.call.ApplicationStatus;
import org.ieum.programs.call.CallDetails;
import org.ieum.programs.call.CallRepository;
import org.ieum.programs.call.CallStatus;
import org.ieum.programs.call.Criterion;
import org.ieum.programs.call.CriterionRepository;
import org.ieum.programs.call.FormField;
import org.ieum.programs.call.FormFieldRepository;
import org.ieum.programs.call.FormKind;
import org.ieum.programs.call.ProgramCall;
import org.ieum.programs.call.ProgramFiles;
import org.ieum.programs.call.Review;
import org.ieum.programs.call.ReviewRepository;
import org.ieum.programs.call.ReviewStatus;
import org.ieum.programs.reports.ReportDueReminders;
import org.ieum.programs.review.Ranking;
import org.ieum.shared.Seoul;
import org.ieum.shared.export.ExportReason;
import org.ieum.shared.files.Bombs;
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The call process as people do it through the web: drafts and files, the deadline, the
 * checks on files and scores, who may read what, reviews, ranking, publication with its
 * event, and report reminders.
 */
@IeumSpringTest
@RecordApplicationEvents
class ProgramsFlowTests {

	private static final String APPLICANT_A = "prog-flow-a@example.kr";
	private static final String APPLICANT_B = "prog-flow-b@example.kr";
	private static final String REVIEWER_1 = "prog-flow-r1@example.kr";
	private static final String REVIEWER_2 = "prog-flow-r2@example.kr";
	private static final String REVIEWER_3 = "prog-flow-r3@example.kr";
	private static final String STAFF = "prog-flow-staff@example.kr";
	private static final String OTHER_STAFF = "prog-flow-gimhae@example.kr";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CallRepository calls;

	@Autowired
	FormFieldRepository fields;

	@Autowired
	CriterionRepository criteria;

	@Autowired
	ApplicationRepository applications;

	@Autowired
	ReviewRepository reviews;

	@Autowired
	ProgramFiles files;

	@Autowired
	ReportDueReminders reminders;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	ProgramsFixtures fixtures;

	@BeforeEach
	void people() {
		fixtures = new ProgramsFixtures(jdbc, calls, fields, criteria, clock);
		fixtures.person(APPLICANT_A, "신청자 가", "CITIZEN", null);
		fixtures.person(APPLICANT_B, "신청자 나", "CITIZEN", null);
		fixtures.person(REVIEWER_1, "심사위원 하나", "EXPERT", null);
		fixtures.person(REVIEWER_2, "심사위원 둘", "EXPERT", null);
		fixtures.person(REVIEWER_3, "심사위원 셋", "EXPERT", null);
		fixtures.person(STAFF, "부산 공모 담당", "CENTER_STAFF", "busan");
		fixtures.person(OTHER_STAFF, "김해 공모 담당", "CENTER_STAFF", "gimhae");
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc
			.perform(formLogin("/login").userParameter("email").user(email).password(ProgramsFixtures.PASSWORD))
			.andReturn().getRequest().getSession();
	}

	/** Starts the person's application through the call page and returns its id. */
	private long apply(MockHttpSession session, ProgramCall call) throws Exception {
		String location = mvc.perform(post("/c/busan/programs/" + call.getId() + "/apply").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		// the application opens in the portal of the center that runs the call
		assertThat(location).startsWith("/c/busan/my/programs/");
		return Long.parseLong(location.substring("/c/busan/my/programs/".length()));
	}

	private void answer(MockHttpSession session, long applicationId, ProgramCall call, String title) throws Exception {
		List<FormField> form = fixtures.form(call.getId());
		mvc.perform(post("/my/programs/" + applicationId).session(session).with(csrf())
			.param("f" + form.get(0).getId(), title)
			.param("f" + form.get(1).getId(), "3,000,000"))
			.andExpect(flash().attribute("notice", "programs.notice.saved"));
	}

	private void upload(MockHttpSession session, long applicationId, ProgramCall call, String name, byte[] bytes,
			String expectedFlash, String key) throws Exception {
		mvc.perform(multipart("/my/programs/" + applicationId + "/files").file(new MockMultipartFile("file", name,
				"application/octet-stream", bytes))
			.param("fieldId", String.valueOf(fixtures.form(call.getId()).get(2).getId()))
			.session(session).with(csrf()))
			.andExpect(flash().attribute(expectedFlash, key));
	}

	private long submitted(String email, ProgramCall call, String title) throws Exception {
		MockHttpSession session = login(email);
		long id = apply(session, call);
		answer(session, id, call, title);
		upload(session, id, call, "계획서.pdf", ProgramsFixtures.pdf(), "notice", "programs.notice.fileAdded");
		mvc.perform(post("/my/programs/" + id + "/submit").session(session).with(csrf()))
			.andExpect(flash().attribute("notice", "programs.notice.submitted"));
		return id;
	}

	private int mailsTo(String email, String subjectPart) {
		return jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = ? and subject like ?",
				Integer.class, email, "%" + subjectPart + "%");
	}

	private long fileOf(long applicationId) {
		return jdbc.queryForObject("select min(id) from programs_file where application_id = ?", Long.class, applicationId);
	}

	@Test
	void applicantWritesADraftUploadsSubmitsAndGetsAReceiptNumberByMail() throws Exception {
		ProgramCall call = fixtures.openCall("흐름 접수 공모 가나", false, false);
		MockHttpSession a = login(APPLICANT_A);
		mvc.perform(get("/c/busan/programs/" + call.getId())).andExpect(status().isOk())
			.andExpect(content().string(containsString("접수중")));
		long id = apply(a, call);
		List<FormField> form = fixtures.form(call.getId());

		mvc.perform(post("/my/programs/" + id + "/autosave").session(a).with(csrf()).header("HX-Request", "true")
			.param("f" + form.get(0).getId(), "골목 빵집 나눔"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("임시저장했습니다")))
			.andExpect(content().string(not(containsString("<html"))));
		assertThat(applications.findById(id).orElseThrow().getAnswers()).containsEntry(form.get(0).getId(), "골목 빵집 나눔");

		mvc.perform(post("/my/programs/" + id + "/submit").session(a).with(csrf()))
			.andExpect(flash().attribute("error", "programs.error.requiredMissing"));
		upload(a, id, call, "계획서.pdf", ProgramsFixtures.pdf(), "notice", "programs.notice.fileAdded");
		String receipt = mvc.perform(post("/my/programs/" + id + "/submit").session(a).with(csrf())
			.param("f" + form.get(1).getId(), "5,000,000원"))
			.andExpect(flash().attribute("notice", "programs.notice.submitted"))
			.andExpect(redirectedUrl("/c/busan/programs/" + call.getId() + "/applications/" + id))
			.andReturn().getResponse().getRedirectedUrl();

		Application application = applications.findById(id).orElseThrow();
		// the receipt stays in the portal of the center that runs the call
		mvc.perform(get(receipt).session(a)).andExpect(status().isOk())
			.andExpect(content().string(containsString("신청서 제출 완료")))
			.andExpect(content().string(containsString(application.getReceiptNumber())))
			.andExpect(content().string(containsString("href=\"/c/busan/programs\"")));
		mvc.perform(get(receipt.replace("/c/busan/", "/c/gimhae/")).session(a)).andExpect(status().isNotFound());
		// someone else's receipt answers like a missing one, so application ids cannot be probed
		mvc.perform(get(receipt).session(login(APPLICANT_B))).andExpect(status().isNotFound());
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(application.getAnswers()).containsEntry(form.get(1).getId(), "5000000");
		assertThat(application.getReceiptNumber()).matches("\\d{4}-\\d{4}-\\d{6}");
		assertThat(mailsTo(APPLICANT_A, application.getReceiptNumber())).isEqualTo(1);
		mvc.perform(get("/my/programs/" + id).session(a)).andExpect(status().isOk())
			.andExpect(content().string(containsString(application.getReceiptNumber())));

		mvc.perform(post("/my/programs/" + id + "/withdraw").session(a).with(csrf()))
			.andExpect(flash().attribute("notice", "programs.notice.withdrawn"));
		assertThat(applications.findById(id).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(apply(a, call)).isEqualTo(id);
		assertThat(applications.findById(id).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.DRAFT);
	}

	@Test
	void afterTheDeadlineNothingIsSubmittedSavedOrWithdrawnWhateverTheRequestSays() throws Exception {
		ProgramCall call = fixtures.openCall("흐름 마감 공모 다라", false, false);
		MockHttpSession a = login(APPLICANT_A);
		long draft = apply(a, call);
		answer(a, draft, call, "마감 직전 초안");
		upload(a, draft, call, "계획서.pdf", ProgramsFixtures.pdf(), "notice", "programs.notice.fileAdded");
		long sent = submitted(APPLICANT_B, call, "먼저 낸 신청");
		fixtures.close(call.getId());

		mvc.perform(post("/my/programs/" + draft + "/submit").session(a).with(csrf())
			.param("submittedAt", clock.instant().minus(Duration.ofHours(2)).toString())
			.param("closesAt", clock.instant().plus(Duration.ofDays(1)).toString()))
			.andExpect(flash().attribute("error", "programs.error.closed"));
		mvc.perform(post("/my/programs/" + draft).session(a).with(csrf())
			.param("f" + fixtures.form(call.getId()).get(0).getId(), "마감 뒤 수정"))
			.andExpect(flash().attribute("error", "programs.error.closed"));
		mvc.perform(post("/my/programs/" + sent + "/withdraw").session(login(APPLICANT_B)).with(csrf()))
			.andExpect(flash().attribute("error", "programs.error.closed"));
		mvc.perform(post("/c/busan/programs/" + call.getId() + "/apply").session(login(REVIEWER_3)).with(csrf()))
			.andExpect(flash().attribute("error", "programs.error.closed"));

		Application late = applications.findById(draft).orElseThrow();
		assertThat(late.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(late.getReceiptNumber()).isNull();
		assertThat(late.getAnswers()).containsValue("마감 직전 초안");
		assertThat(applications.findById(sent).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
		mvc.perform(get("/c/busan/programs/" + call.getId())).andExpect(content().string(containsString("접수마감")));
	}

	@Test
	void aFileWhoseContentDoesNotMatchItsNameOrIsTooLargeIsRefusedAndNothingIsStored() throws Exception {
		ProgramCall call = fixtures.openCall("흐름 파일 공모 마바", false, false);
		MockHttpSession a = login(APPLICANT_A);
		long id = apply(a, call);
		upload(a, id, call, "계획서.pdf", ProgramsFixtures.png(), "error", "programs.error.fileMismatch");
		upload(a, id, call, "계획서.hwp", ProgramsFixtures.ole(false), "error", "programs.error.fileMismatch");
		upload(a, id, call, "계획서.docx", ProgramsFixtures.xlsx(), "error", "programs.error.fileMismatch");
		upload(a, id, call, "계획서.hwpx", ProgramsFixtures.docx(), "error", "programs.error.fileMismatch");
		// a decompression bomb is refused by the shared check before the entries are walked
		upload(a, id, call, "계획서.docx", Bombs.docx(2048), "error", "files.refused.unpacked");
		upload(a, id, call, "run.sh", "#!/bin/sh\necho hi\n".getBytes(), "error", "programs.error.fileType");
		byte[] big = new byte[(int) files.maxBytes() + 1];
		byte[] head = ProgramsFixtures.pdf();
		System.arraycopy(head, 0, big, 0, head.length);
		upload(a, id, call, "큰파일.pdf", big, "error", "programs.error.fileTooLarge");
		assertThat(jdbc.queryForObject("select count(*) from programs_file where application_id = ?", Integer.class, id))
			.isZero();

		upload(a, id, call, "사진.png", ProgramsFixtures.png(), "notice", "programs.notice.fileAdded");
		upload(a, id, call, "계획서.hwp", ProgramsFixtures.ole(true), "notice", "programs.notice.fileAdded");
		upload(a, id, call, "계획서.hwpx", ProgramsFixtures.hwpx("application/hwp+zip"), "notice", "programs.notice.fileAdded");
		upload(a, id, call, "계획서.docx", ProgramsFixtures.docx(), "notice", "programs.notice.fileAdded");
		upload(a, id, call, "예산.xlsx", ProgramsFixtures.xlsx(), "notice", "programs.notice.fileAdded");
		assertThat(jdbc.queryForObject("select count(*) from programs_file where application_id = ?", Integer.class, id))
			.isEqualTo(5);
		mvc.perform(get("/my/programs/files/" + fileOf(id)).session(a)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(content().bytes(ProgramsFixtures.png()));
	}

	@Test
	void applicationsAndFilesAreReadOnlyByTheApplicantAssignedReviewersAndTheCentersStaff() throws Exception {
		ProgramCall call = fixtures.openCall("흐름 권한 공모 사아", false, false);
		long a = submitted(APPLICANT_A, call, "가의 비밀 계획");
		long b = submitted(APPLICANT_B, call, "나의 비밀 계획");
		MockHttpSession sessionB = login(APPLICANT_B);
		mvc.perform(get("/my/programs/" + a).session(sessionB)).andExpect(status().isForbidden());
		mvc.perform(get("/my/programs/files/" + fileOf(a)).session(sessionB)).andExpect(status().isForbidden());
		mvc.perform(post("/my/programs/" + a).session(sessionB).with(csrf()).param("f1", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/my/programs/files/" + fileOf(a))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/programs/" + call.getId() + "/applications/" + a).session(login(OTHER_STAFF)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/programs/" + call.getId() + "/applications/" + a).session(login(REVIEWER_1)))
			.andExpect(status().isForbidden());

		fixtures.close(call.getId());
		MockHttpSession staff = login(STAFF);
		mvc.perform(get("/admin/programs/" + call.getId() + "/applications/" + a).session(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString("가의 비밀 계획")));
		mvc.perform(post("/admin/programs/" + call.getId() + "/applications/" + a + "/reviewers").session(staff).with(csrf())
			.param("email", REVIEWER_1))
			.andExpect(flash().attribute("notice", "programs.notice.assigned"));
		Review review = reviews.findByApplicationIdAndReviewerAccountId(a, fixtures.accountId(REVIEWER_1)).orElseThrow();
		MockHttpSession reviewer = login(REVIEWER_1);
		// assigned but not yet declared: no application text, no files
		mvc.perform(get("/my/reviews/" + review.getId()).session(reviewer)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("가의 비밀 계획"))));
		mvc.perform(get("/my/programs/files/" + fileOf(a)).session(reviewer)).andExpect(status().isForbidden());
		mvc.perform(post("/my/reviews/" + review.getId() + "/declare").session(reviewer).with(csrf())
			.param("decision", "noConflict"))
			.andExpect(flash().attribute("notice", "programs.notice.declared"));
		mvc.perform(get("/my/reviews/" + review.getId()).session(reviewer))
			.andExpect(content().string(containsString("가의 비밀 계획")));
		mvc.perform(get("/my/programs/files/" + fileOf(a)).session(reviewer)).andExpect(status().isOk());
		// never the application it was not assigned to
		mvc.perform(get("/my/programs/files/" + fileOf(b)).session(reviewer)).andExpect(status().isForbidden());
		mvc.perform(get("/my/programs/" + b).session(reviewer)).andExpect(status().isForbidden());
		mvc.perform(get("/my/reviews/" + review.getId()).session(login(REVIEWER_2))).andExpect(status().isForbidden());
		mvc.perform(post("/my/reviews/" + review.getId() + "/scores").session(login(REVIEWER_2)).with(csrf())
			.param("c1", "1")).andExpect(status().isForbidden());
		// staff of the center read files; a staff view is written to the personal-data access log
		int logged = jdbc.queryForObject("select count(*) from identity_personal_data_access", Integer.class);
		mvc.perform(get("/my/programs/files/" + fileOf(b)).session(staff)).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select count(*) from identity_personal_data_access", Integer.class))
			.isGreaterThan(logged);
	}

	@Test
	void reviewersScoreAloneOnceWithinTheMaximumAndStaffRankSelectAndPublish() throws Exception {
		ProgramCall call = fixtures.openCall("흐름 심사 공모 자차", false, true);
		long a = submitted(APPLICANT_A, call, "가 계획");
		long b = submitted(APPLICANT_B, call, "나 계획");
		MockHttpSession staff = login(STAFF);
		mvc.perform(post("/admin/programs/" + call.getId() + "/applications/" + a + "/reviewers").session(staff).with(csrf())
			.param("email", REVIEWER_1)).andExpect(flash().attribute("error", "programs.error.stillOpen"));
		fixtures.close(call.getId());
		for (long id : List.of(a, b)) {
			mvc.perform(post("/admin/programs/" + call.getId() + "/applications/" + id + "/screen").session(staff).with(csrf())
				.param("eligibility", "INELIGIBLE")).andExpect(flash().attribute("error", "programs.error.reasonRequired"));
			mvc.perform(post("/admin/programs/" + call.getId() + "/applications/" + id + "/screen").session(staff).with(csrf())
				.param("eligibility", "ELIGIBLE")).andExpect(flash().attribute("notice", "programs.notice.screened"));
			for (String reviewer : List.of(REVIEWER_1, REVIEWER_2)) {
				mvc.perform(post("/admin/programs/" + call.getId() + "/applications/" + id + "/reviewers").session(staff)
					.with(csrf()).param("email", reviewer)).andExpect(flash().attribute("notice", "programs.notice.assigned"));
			}
		}
		mvc.perform(post("/admin/programs/" + call.getId() + "/applications/" + a + "/reviewers").session(staff).with(csrf())
			.param("email", REVIEWER_1)).andExpect(flash().attribute("error", "programs.error.alreadyAssigned"));
		mvc.perform(post("/admin/programs/" + call.getId() + "/applications/" + a + "/reviewers").session(staff).with(csrf())
			.param("email", APPLICANT_B)).andExpect(flash().attribute("error", "programs.error.notReviewer"));
		mvc.perform(get("/admin/programs/" + call.getId() + "/applications").session(staff))
			.andExpect(content().string(containsString("심사중")));
		// an export without a reason goes back to this call's list with the message, not to an error page
		mvc.perform(post("/admin/programs/" + call.getId() + "/applications/export").session(staff).with(csrf()))
			.andExpect(redirectedUrl("/admin/programs/" + call.getId() + "/applications"))
			.andExpect(flash().attribute("error", ExportReason.REQUIRED));

		List<Criterion> list = fixtures.criteriaOf(call.getId());
		long first = list.get(0).getId();
		long second = list.get(1).getId();
		Review r1a = reviews.findByApplicationIdAndReviewerAccountId(a, fixtures.accountId(REVIEWER_1)).orElseThrow();
		Review r2a = reviews.findByApplicationIdAndReviewerAccountId(a, fixtures.accountId(REVIEWER_2)).orElseThrow();
		MockHttpSession one = login(REVIEWER_1);
		MockHttpSession two = login(REVIEWER_2);
		mvc.perform(post("/my/reviews/" + r1a.getId() + "/scores").session(one).with(csrf())
			.param("c" + first, "9").param("c" + second, "4"))
			.andExpect(flash().attribute("error", "programs.error.declareFirst"));
		for (MockHttpSession s : List.of(one, two)) {
			for (Review r : reviews.findByReviewerAccountIdOrderByIdDesc(s == one ? fixtures.accountId(REVIEWER_1)
					: fixtures.accountId(REVIEWER_2))) {
				mvc.perform(post("/my/reviews/" + r.getId() + "/declare").session(s).with(csrf()).param("decision", "noConflict"));
			}
		}
		// above the maximum of 5: refused, nothing kept
		mvc.perform(post("/my/reviews/" + r1a.getId() + "/scores").session(one).with(csrf())
			.param("c" + first, "9").param("c" + second, "6"))
			.andExpect(flash().attribute("error", "programs.error.scoreRange"));
		mvc.perform(post("/my/reviews/" + r1a.getId() + "/scores").session(one).with(csrf())
			.param("c" + first, "9").param("c" + second, "-1"))
			.andExpect(flash().attribute("error", "programs.error.scoreRange"));
		mvc.perform(post("/my/reviews/" + r1a.getId() + "/scores").session(one).with(csrf()).param("c" + first, "9"))
			.andExpect(flash().attribute("error", "programs.error.scoreMissing"));
		assertThat(reviews.findById(r1a.getId()).orElseThrow().getScores()).isEmpty();
		assertThat(reviews.findById(r1a.getId()).orElseThrow().getStatus()).isEqualTo(ReviewStatus.DECLARED);

		// reviewer two scores first; reviewer one cannot see that score until submitting
		mvc.perform(post("/my/reviews/" + r2a.getId() + "/scores").session(two).with(csrf())
			.param("c" + first, "7").param("c" + second, "3"))
			.andExpect(flash().attribute("notice", "programs.notice.scored"));
		mvc.perform(get("/my/reviews/" + r1a.getId()).session(one))
			.andExpect(content().string(not(containsString("66.0"))));
		mvc.perform(post("/my/reviews/" + r1a.getId() + "/scores").session(one).with(csrf())
			.param("c" + first, "9").param("c" + second, "4"))
			.andExpect(flash().attribute("notice", "programs.notice.scored"));
		mvc.perform(get("/my/reviews/" + r1a.getId()).session(one))
			.andExpect(content().string(containsString("66.0")))
			.andExpect(content().string(containsString("86.0")));
		// a second score by the same reviewer: refused, the first stays
		mvc.perform(post("/my/reviews/" + r1a.getId() + "/scores").session(one).with(csrf())
			.param("c" + first, "1").param("c" + second, "1"))
			.andExpect(flash().attribute("error", "programs.error.alreadyScored"));
		assertThat(reviews.findById(r1a.getId()).orElseThrow().getScores()).containsEntry(first, 9).containsEntry(second, 4);

		// b: 10/10 and 5/5 from both = 100
		for (MockHttpSession s : List.of(one, two)) {
			long reviewer = s == one ? fixtures.accountId(REVIEWER_1) : fixtures.accountId(REVIEWER_2);
			Review rb = reviews.findByApplicationIdAndReviewerAccountId(b, reviewer).orElseThrow();
			mvc.perform(post("/my/reviews/" + rb.getId() + "/scores").session(s).with(csrf())
				.param("c" + first, "10").param("c" + second, "5"))
				.andExpect(flash().attribute("notice", "programs.notice.scored"));
		}
		// weighted totals: a = (9/10*60 + 4/5*40) = 86 and (7/10*60 + 3/5*40) = 66, mean 76; b = 100
		List<Ranking.Scored> ranking = Ranking.rank(List.of(a, b), reviews.findByApplicationIdIn(List.of(a, b)), list, false);
		assertThat(ranking).extracting(Ranking.Scored::applicationId).containsExactly(b, a);
		assertThat(ranking).extracting(Ranking.Scored::score).containsExactly(100.0, 76.0);
		assertThat(ranking).extracting(Ranking.Scored::rank).containsExactly(1, 2);

		mvc.perform(post("/admin/programs/" + call.getId() + "/applications/" + b + "/decision").session(staff).with(csrf())
			.param("decision", "AWARDED")).andExpect(flash().attribute("notice", "programs.notice.decided"));
		mvc.perform(post("/admin/programs/" + call.getId() + "/applications/" + a + "/decision").session(staff).with(csrf())
			.param("decision", "AWARDED")).andExpect(flash().attribute("error", "programs.error.tooManyAwards"));
		mvc.perform(post("/admin/programs/" + call.getId() + "/applications/" + a + "/decision").session(staff).with(csrf())
			.param("decision", "RESERVE").param("reserveRank", "1"))
			.andExpect(flash().attribute("notice", "programs.notice.decided"));
		// applicants see nothing of the decision before publication
		mvc.perform(get("/my/programs/" + b).session(login(APPLICANT_B)))
			.andExpect(content().string(not(containsString("선정되었습니다"))));
		mvc.perform(post("/admin/programs/" + call.getId() + "/publish").session(staff).with(csrf()))
			.andExpect(flash().attribute("notice", "programs.notice.published"));

		assertThat(events.stream(AwardeeSelected.class).filter(e -> e.callId() == call.getId()).toList())
			.singleElement()
			.satisfies(e -> {
				assertThat(e.applicationId()).isEqualTo(b);
				assertThat(e.kind()).isEqualTo(CallKind.SUPPORT);
				assertThat(e.applicantAccountId()).isEqualTo(fixtures.accountId(APPLICANT_B));
				assertThat(e.organizationId()).isNull();
				assertThat(e.receiptNumber()).isEqualTo(applications.findById(b).orElseThrow().getReceiptNumber());
			});
		mvc.perform(get("/my/programs/" + b).session(login(APPLICANT_B)))
			.andExpect(content().string(containsString("선정되었습니다")))
			.andExpect(content().string(containsString("100.0")));
		mvc.perform(get("/my/programs/" + a).session(login(APPLICANT_A)))
			.andExpect(content().string(containsString("예비 1순위")))
			.andExpect(content().string(containsString("76.0")))
			.andExpect(content().string(not(containsString("심사위원 하나"))));
		assertThat(mailsTo(APPLICANT_A, "흐름 심사 공모 자차 결과 발표")).isEqualTo(1);
		mvc.perform(post("/admin/programs/" + call.getId() + "/publish").session(staff).with(csrf()))
			.andExpect(flash().attribute("error", "programs.error.published"));
		mvc.perform(get("/c/busan/programs/" + call.getId())).andExpect(content().string(containsString("결과발표")));
	}

	@Test
	void staffWithdrawAnAssignmentUntilTheReviewerScoresOrRecuses() throws Exception {
		ProgramCall call = fixtures.openCall("흐름 배정 취소 공모 파하", false, false);
		long a = submitted(APPLICANT_A, call, "가 배정 계획");
		long b = submitted(APPLICANT_B, call, "나 배정 계획");
		fixtures.close(call.getId());
		MockHttpSession staff = login(STAFF);
		String path = "/admin/programs/" + call.getId() + "/applications/";
		for (String reviewer : List.of(REVIEWER_1, REVIEWER_2)) {
			mvc.perform(post(path + a + "/reviewers").session(staff).with(csrf()).param("email", reviewer))
				.andExpect(flash().attribute("notice", "programs.notice.assigned"));
		}
		Review r1 = reviews.findByApplicationIdAndReviewerAccountId(a, fixtures.accountId(REVIEWER_1)).orElseThrow();
		Review r2 = reviews.findByApplicationIdAndReviewerAccountId(a, fixtures.accountId(REVIEWER_2)).orElseThrow();
		mvc.perform(get(path + a).session(staff))
			.andExpect(content().string(containsString(path + a + "/reviewers/" + r1.getId() + "/withdraw")));

		// staff of another center, a review of another application, a recusal: refused, nothing changed
		mvc.perform(post(path + a + "/reviewers/" + r1.getId() + "/withdraw").session(login(OTHER_STAFF)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(path + b + "/reviewers/" + r1.getId() + "/withdraw").session(staff).with(csrf()))
			.andExpect(flash().attribute("error", "programs.error.noReview"));
		mvc.perform(post("/my/reviews/" + r2.getId() + "/declare").session(login(REVIEWER_2)).with(csrf())
			.param("decision", "recuse")).andExpect(flash().attribute("notice", "programs.notice.recused"));
		mvc.perform(post(path + a + "/reviewers/" + r2.getId() + "/withdraw").session(staff).with(csrf()))
			.andExpect(flash().attribute("error", "programs.error.reviewOnRecord"));
		assertThat(reviews.findById(r1.getId())).isPresent();
		assertThat(reviews.findById(r2.getId())).isPresent();

		// a reviewer who declared and read the application: the assignment ends, the declaration stays on record
		MockHttpSession one = login(REVIEWER_1);
		mvc.perform(post("/my/reviews/" + r1.getId() + "/declare").session(one).with(csrf()).param("decision", "noConflict"))
			.andExpect(flash().attribute("notice", "programs.notice.declared"));
		mvc.perform(get("/my/programs/files/" + fileOf(a)).session(one)).andExpect(status().isOk());
		mvc.perform(post(path + a + "/reviewers/" + r1.getId() + "/withdraw").session(staff).with(csrf()))
			.andExpect(flash().attribute("notice", "programs.notice.reviewerWithdrawn"));
		Review withdrawn = reviews.findById(r1.getId()).orElseThrow();
		assertThat(withdrawn.getStatus()).isEqualTo(ReviewStatus.WITHDRAWN);
		assertThat(withdrawn.getDeclaredAt()).isNotNull();
		assertThat(mailsTo(REVIEWER_1, "흐름 배정 취소 공모 파하 심사위원 배정 취소")).isEqualTo(1);
		mvc.perform(get("/my/reviews/" + r1.getId()).session(one))
			.andExpect(content().string(containsString("배정이 취소된 심사입니다.")))
			.andExpect(content().string(not(containsString("가 배정 계획"))));
		mvc.perform(get("/my/programs/files/" + fileOf(a)).session(one)).andExpect(status().isForbidden());
		mvc.perform(post("/my/reviews/" + r1.getId() + "/scores").session(one).with(csrf()).param("c1", "1"))
			.andExpect(flash().attribute("error", "programs.error.reviewWithdrawn"));
		mvc.perform(post(path + a + "/reviewers/" + r1.getId() + "/withdraw").session(staff).with(csrf()))
			.andExpect(flash().attribute("error", "programs.error.reviewOnRecord"));
		// assigned again later, the reviewer starts afresh with the declaration
		mvc.perform(post(path + a + "/reviewers").session(staff).with(csrf()).param("email", REVIEWER_1))
			.andExpect(flash().attribute("notice", "programs.notice.assigned"));
		assertThat(reviews.findById(r1.getId()).orElseThrow().getStatus()).isEqualTo(ReviewStatus.ASSIGNED);
		mvc.perform(post(path + a + "/reviewers").session(staff).with(csrf()).param("email", REVIEWER_1))
			.andExpect(flash().attribute("error", "programs.error.alreadyAssigned"));
	}

	@Test
	void trimmedMeanDropsTheHighestAndLowestTotalFromThreeReviewersAndEqualScoresShareARank() {
		assertThat(Ranking.mean(List.of(50.0, 80.0, 90.0), true)).isEqualTo(80.0);
		assertThat(Ranking.mean(List.of(50.0, 80.0, 90.0), false)).isCloseTo(73.33, Offset.offset(0.01));
		assertThat(Ranking.mean(List.of(50.0, 90.0), true)).isEqualTo(70.0);
		Criterion c = new Criterion(1, 1, "항목", 100, 10);
		ReflectionTestUtils.setField(c, "id", 1L);
		List<Review> list = new ArrayList<>();
		long[][] given = { { 1, 5 }, { 2, 8 }, { 3, 8 }, { 4, 3 } };
		for (long[] g : given) {
			Application application = new Application(calls.findAll().get(0), g[0], "x@example.kr", "x", null, Instant.now());
			ReflectionTestUtils.setField(application, "id", g[0]);
			Review review = new Review(application, 99, "r", "r@example.kr", Instant.now());
			review.declareNoConflict(Instant.now());
			review.submit(List.of(c), Map.of(1L, (int) g[1]), Instant.now());
			list.add(review);
		}
		List<Ranking.Scored> ranked = Ranking.rank(List.of(1L, 2L, 3L, 4L, 5L), list, List.of(c), false);
		assertThat(ranked).extracting(Ranking.Scored::applicationId).containsExactly(2L, 3L, 1L, 4L, 5L);
		assertThat(ranked).extracting(Ranking.Scored::rank).containsExactly(1, 1, 3, 4, null);
	}

	@Test
	void theStatusFollowsTheSeoulClockAndTheStaffSteps() {
		Instant now = Instant.parse("2026-12-01T09:00:00Z");
		ProgramCall call = new ProgramCall(1, new CallDetails(CallKind.INCUBATION, "상태 공모", null, ApplicantType.FOUNDER,
				Set.of(), null, null, 0, 7, now, now.plus(Duration.ofDays(10)), null, false, false), now);
		assertThat(call.statusAt(now.minusSeconds(1))).isEqualTo(CallStatus.UPCOMING);
		assertThat(call.statusAt(now)).isEqualTo(CallStatus.OPEN);
		assertThat(call.statusAt(now.plus(Duration.ofDays(10)).minusSeconds(1))).isEqualTo(CallStatus.OPEN);
		assertThat(call.statusAt(now.plus(Duration.ofDays(10)))).isEqualTo(CallStatus.CLOSED);
		assertThatThrownBy(() -> call.startReview(now.plus(Duration.ofDays(1)))).isInstanceOf(Refusal.class);
		call.startReview(now.plus(Duration.ofDays(11)));
		assertThat(call.statusAt(now.plus(Duration.ofDays(11)))).isEqualTo(CallStatus.REVIEW);
		call.publishResults(now.plus(Duration.ofDays(20)));
		assertThat(call.statusAt(now.plus(Duration.ofDays(20)))).isEqualTo(CallStatus.RESULTS);
		assertThatThrownBy(() -> call.publishResults(now.plus(Duration.ofDays(21))))
			.isInstanceOf(Refusal.class).hasMessage("programs.error.published");
	}

	@Test
	void awardeesReportAndAreRemindedOncePerReportHoweverOftenTheJobRuns() throws Exception {
		ProgramCall call = fixtures.openCall("흐름 보고 공모 카타", false, false);
		long a = submitted(APPLICANT_A, call, "보고할 사업");
		fixtures.close(call.getId());
		MockHttpSession staff = login(STAFF);
		String base = "/admin/programs/" + call.getId() + "/applications/" + a;
		mvc.perform(post(base + "/screen").session(staff).with(csrf()).param("eligibility", "ELIGIBLE"));
		mvc.perform(post(base + "/decision").session(staff).with(csrf()).param("decision", "AWARDED"));
		mvc.perform(post(base + "/reports").session(staff).with(csrf()).param("kind", "PROGRESS")
			.param("dueOn", Seoul.today(clock).plusDays(3).toString()))
			.andExpect(flash().attribute("error", "programs.error.notAwarded"));
		mvc.perform(post("/admin/programs/" + call.getId() + "/publish").session(staff).with(csrf()));
		mvc.perform(post(base + "/agreement").session(staff).with(csrf()).param("agreementOn", "2026-12-10")
			.param("supportAmountWon", "4,500,000")).andExpect(flash().attribute("notice", "programs.notice.saved"));
		mvc.perform(post(base + "/reports").session(staff).with(csrf()).param("kind", "PROGRESS")
			.param("dueOn", Seoul.today(clock).plusDays(3).toString()))
			.andExpect(flash().attribute("notice", "programs.notice.reportAdded"));
		mvc.perform(post(base + "/reports").session(staff).with(csrf()).param("kind", "FINAL")
			.param("dueOn", Seoul.today(clock).plusDays(200).toString()))
			.andExpect(flash().attribute("notice", "programs.notice.reportAdded"));
		assertThat(applications.findById(a).orElseThrow().getSupportAmountWon()).isEqualTo(4_500_000L);

		reminders.queueDue();
		reminders.queueDue();
		assertThat(mailsTo(APPLICANT_A, "흐름 보고 공모 카타 보고서 제출 안내")).isEqualTo(1);

		long report = jdbc.queryForObject("select id from programs_report where application_id = ? and kind = 'PROGRESS'",
				Long.class, a);
		MockHttpSession applicant = login(APPLICANT_A);
		long field = fields.findByCallIdAndFormOrderBySortOrderAscIdAsc(call.getId(), FormKind.REPORT).get(0).getId();
		mvc.perform(post("/my/programs/" + a + "/reports/" + report + "/submit").session(applicant).with(csrf()))
			.andExpect(flash().attribute("error", "programs.error.requiredMissing"));
		mvc.perform(post("/my/programs/" + a + "/reports/" + report + "/submit").session(applicant).with(csrf())
			.param("f" + field, "상반기 납품 3건"))
			.andExpect(flash().attribute("notice", "programs.notice.reportSubmitted"));
		mvc.perform(get("/my/programs/" + a + "/reports/" + report).session(login(APPLICANT_B)))
			.andExpect(status().isForbidden());
		mvc.perform(get(base).session(staff)).andExpect(content().string(containsString("상반기 납품 3건")));
	}

	@Test
	void staffBuildTheFormAndCriteriaWhichFreezeOnceUsed() throws Exception {
		MockHttpSession staff = login(STAFF);
		String location = mvc.perform(post("/admin/programs/new").session(staff).with(csrf())
			.param("centerId", String.valueOf(fixtures.centerId("busan"))).param("kind", "SUPPORT")
			.param("title", "흐름 양식 공모 파하").param("applicantType", "ORGANIZATION")
			.param("eligibleTypes", "SELF_SUFFICIENCY").param("budgetWon", "20000000").param("awardCount", "2")
			.param("opensDate", "2026-01-05").param("opensTime", "09:00")
			.param("closesDate", "2026-01-04").param("closesTime", "18:00"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(location).contains("접수 마감은 접수 시작보다 뒤여야 합니다.");
		String created = mvc.perform(post("/admin/programs/new").session(staff).with(csrf())
			.param("centerId", String.valueOf(fixtures.centerId("busan"))).param("kind", "SUPPORT")
			.param("title", "흐름 양식 공모 파하").param("applicantType", "ORGANIZATION")
			.param("eligibleTypes", "SELF_SUFFICIENCY").param("budgetWon", "20000000").param("awardCount", "2")
			.param("opensDate", Seoul.today(clock).minusDays(1).toString()).param("opensTime", "09:00")
			.param("closesDate", Seoul.today(clock).plusDays(3).toString()).param("closesTime", "18:00"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(created.substring("/admin/programs/".length()));
		// a new call is a draft: only staff see it, nobody applies, and it cannot go public with an empty form
		mvc.perform(get("/admin/programs").session(staff)).andExpect(content().string(containsString("비공개 초안")));
		mvc.perform(get("/c/busan/programs")).andExpect(content().string(not(containsString("흐름 양식 공모 파하"))));
		mvc.perform(get("/c/busan/programs/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/programs").param("center", "busan"))
			.andExpect(content().string(not(containsString("흐름 양식 공모 파하"))));
		mvc.perform(post("/c/busan/programs/" + id + "/apply").session(login(APPLICANT_A)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/admin/programs/" + id + "/announce").session(staff).with(csrf()))
			.andExpect(flash().attribute("error", "programs.error.emptyForm"));
		mvc.perform(post("/admin/programs/" + id + "/fields").session(staff).with(csrf()).param("label", "분야")
			.param("type", "CHOICE")).andExpect(flash().attribute("error", "programs.error.choicesMissing"));
		mvc.perform(post("/admin/programs/" + id + "/fields").session(staff).with(csrf()).param("label", "분야")
			.param("type", "CHOICE").param("choices", "판로\n홍보\n").param("required", "true"))
			.andExpect(flash().attribute("notice", "programs.notice.fieldAdded"));
		mvc.perform(post("/admin/programs/" + id + "/criteria").session(staff).with(csrf()).param("name", "타당성")
			.param("weight", "101").param("maxScore", "10")).andExpect(flash().attribute("error", "programs.error.weight"));
		mvc.perform(post("/admin/programs/" + id + "/criteria").session(staff).with(csrf()).param("name", "타당성")
			.param("weight", "100").param("maxScore", "10")).andExpect(flash().attribute("notice", "programs.notice.criterionAdded"));
		mvc.perform(get("/admin/programs/" + id).session(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString("판로 / 홍보")));
		mvc.perform(get("/admin/programs/" + id).session(login(OTHER_STAFF))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/programs/999999999").session(staff)).andExpect(status().isNotFound());
		mvc.perform(post("/admin/programs/" + id + "/announce").session(login(OTHER_STAFF)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/programs/" + id + "/announce").session(staff).with(csrf()))
			.andExpect(flash().attribute("notice", "programs.notice.announced"));
		mvc.perform(post("/admin/programs/" + id + "/announce").session(staff).with(csrf()))
			.andExpect(flash().attribute("error", "programs.error.alreadyAnnounced"));
		// the one question of an announced call stays: an empty form could be submitted empty
		long question = jdbc.queryForObject("select id from programs_form_field where call_id = ? and form = 'APPLICATION'",
				Long.class, id);
		mvc.perform(post("/admin/programs/" + id + "/fields/" + question + "/delete").session(staff).with(csrf()))
			.andExpect(flash().attribute("error", "programs.error.emptyForm"));
		mvc.perform(get("/c/busan/programs")).andExpect(content().string(containsString("흐름 양식 공모 파하")));
		mvc.perform(get("/c/busan/programs/" + id)).andExpect(status().isOk());

		// an organization call: the demo member's bakery holds no self-sufficiency designation
		MockHttpSession member = login("member@ieum.example");
		long organization = jdbc.queryForObject("select min(organization_id) from enterprises_manager "
				+ "where account_id = ?", Long.class, fixtures.accountId("member@ieum.example"));
		mvc.perform(post("/c/busan/programs/" + id + "/apply").session(member).with(csrf())
			.param("organizationId", String.valueOf(organization)))
			.andExpect(flash().attribute("error", "programs.error.typeNotEligible"));
		mvc.perform(post("/c/busan/programs/" + id + "/apply").session(login(APPLICANT_A)).with(csrf())
			.param("organizationId", String.valueOf(organization)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDeletedAccountsApplicationKeepsItsResultButLosesNameAndAddress() throws Exception {
		String leaving = "prog-flow-leaving@example.kr";
		fixtures.person(leaving, "떠나는 창업자", "CITIZEN", null);
		ProgramCall call = fixtures.openCall("흐름 탈퇴 공모 거너", false, false);
		long id = submitted(leaving, call, "떠나는 계획");
		mvc.perform(post("/my/delete").with(csrf()).session(login(leaving)).param("password", ProgramsFixtures.PASSWORD)
			.param("confirm", "true")).andExpect(status().is3xxRedirection());
		Application application = applications.findById(id).orElseThrow();
		assertThat(application.getApplicantName()).isEqualTo(Application.FORGOTTEN_NAME);
		assertThat(application.getApplicantEmail()).isEmpty();
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(application.getReceiptNumber()).isNotNull();
	}

	@Test
	void publicPagesListTheDemoCallsAndTheirStatus() throws Exception {
		mvc.perform(get("/c/busan/programs")).andExpect(status().isOk())
			.andExpect(content().string(containsString("사회적경제기업 판로 지원사업")))
			.andExpect(content().string(containsString("결과발표")));
		mvc.perform(get("/c/gimhae/programs")).andExpect(status().isOk())
			.andExpect(content().string(containsString("입주기업 모집")));
		mvc.perform(get("/c/busan/programs/999999999")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/programs").param("center", "busan")).andExpect(status().isOk())
			.andExpect(content().string(containsString("사회적경제기업 판로 지원사업")))
			.andExpect(content().string(containsString("\"status\":\"RESULTS\"")))
			.andExpect(content().string(not(containsString("@"))));
		mvc.perform(get("/api/v1/programs").param("center", "no-such-center")).andExpect(status().isNotFound());
	}
}
