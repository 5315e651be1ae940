package org.ieum.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.mock.web.MockMultipartFile;

/**
 * Records the demo data does not have but the probes need, made once per run the way their owners
 * make them (through the pages): 시민's enrollment in a 김해 course, an attachment on 시민's consulting
 * request and on 시민's application draft, 시민's claim of a 김해 organization, an uploaded list
 * waiting for confirmation at 김해, 시민's comment on 김해's members' board and its report, 시민's
 * unanswered question to 김해, the network's own 자유게시판 with 회원's post and 시민's comment on it,
 * and the network's own 1:1 board (made by the administrator) with a
 * private question of 시민, and the demo bakery's offer with a quote for a Busan buyer need.
 */
final class ProbeFixtures {

	/** Every payload of {@link StoredXssProbes}, as one note of a management claim. */
	static final String CLAIM_NOTE = String.join(" / ", StoredXssProbes.payloads());

	private static boolean made;

	private ProbeFixtures() {
	}

	static synchronized void ensure(ProbeSupport probe) throws Exception {
		if (made) {
			return;
		}
		var jdbc = probe.jdbc;
		var mvc = probe.mvc;
		ProbeSamples samples = probe.samples();
		String gimhae = samples.center("gimhae");
		String citizen = samples.account(Probe.CITIZEN);
		var citizenSession = probe.as(Probe.CITIZEN);

		// a popup, a 연혁 row, a person of the 조직도, a draft newsletter issue and a subscriber of 김해's
		if (count(probe, "select count(*) from content_home_popup where center_id = " + gimhae) == 0) {
			jdbc.update("insert into content_home_popup (center_id, title, body_html, show_from, show_until, created_at)"
					+ " values (" + gimhae + ", '점검 안내', '<p>점검</p>', current_date, dateadd(day, 30, current_date), current_timestamp)");
		}
		if (count(probe, "select count(*) from content_history_row where center_id = " + gimhae) == 0) {
			jdbc.update("insert into content_history_row (center_id, event_year, event_month, text) values (" + gimhae
					+ ", 2018, 9, '센터 개소')");
		}
		if (count(probe, "select count(*) from content_org_member where center_id = " + gimhae) == 0) {
			jdbc.update("insert into content_org_member (center_id, team, name, role, phone, position) values (" + gimhae
					+ ", '운영지원팀', '김담당', '팀장', null, 1)");
		}
		if (count(probe, "select count(*) from content_newsletter_issue where center_id = " + gimhae + " and status = 'DRAFT'") == 0) {
			jdbc.update("insert into content_newsletter_issue (center_id, subject, intro_html, intro_text, post_ids, status, queued,"
					+ " last_subscriber, created_at) values (" + gimhae + ", '소식지 점검호', '<p>안내</p>', '안내', '', 'DRAFT', 0, 0,"
					+ " current_timestamp)");
		}
		if (count(probe, "select count(*) from content_newsletter_subscriber where center_id = " + gimhae) == 0) {
			jdbc.update("insert into content_newsletter_subscriber (center_id, email, confirmed, confirm_hash, confirm_sent_at,"
					+ " confirmed_at, unsubscribe_token, consent_version, created_at) values (" + gimhae + ", 'probe-reader@example.kr',"
					+ " true, 'probe-confirm-hash', current_timestamp, current_timestamp, 'probe-unsubscribe-token', '1', current_timestamp)");
		}

		if (count(probe, "select count(*) from education_enrollment where account_id = " + citizen) == 0) {
			for (Long course : jdbc.queryForList("select id from education_course where center_id = " + gimhae
					+ " and exists (select 1 from education_session s where s.course_id = education_course.id) order by id",
					Long.class)) {
				mvc.perform(post("/c/gimhae/education/" + course + "/enroll").session(citizenSession).with(csrf()));
				if (count(probe, "select count(*) from education_enrollment where account_id = " + citizen) > 0) {
					break;
				}
			}
		}
		assertThat(count(probe, "select count(*) from education_enrollment where account_id = " + citizen))
			.as("시민 enrolled in a 김해 course").isPositive();

		if (count(probe, "select count(*) from consulting_attachment a join consulting_request r on r.id = a.request_id"
				+ " where r.client_account_id = " + citizen) == 0) {
			for (Long request : jdbc.queryForList("select id from consulting_request where client_account_id = " + citizen
					+ " order by id", Long.class)) {
				mvc.perform(multipart("/my/consulting/" + request + "/files").file(pdf("상담자료.pdf"))
					.session(citizenSession).with(csrf()));
				if (count(probe, "select count(*) from consulting_attachment where request_id = " + request) > 0) {
					break;
				}
			}
		}
		assertThat(count(probe, "select count(*) from consulting_attachment a join consulting_request r on r.id = a.request_id"
				+ " where r.client_account_id = " + citizen)).as("an attachment on 시민's consulting request").isPositive();

		var application = samples.values(ProtectedEndpoints.Sample.CITIZEN_APPLICATION);
		if (count(probe, "select count(*) from programs_file where application_id = " + application.get("id")) == 0) {
			mvc.perform(multipart("/my/programs/" + application.get("id") + "/files").file(pdf("사업계획서.pdf"))
				.param("fieldId", application.get("fileFieldId")).session(citizenSession).with(csrf()));
		}

		if (count(probe, "select count(*) from enterprises_claim where account_id = " + citizen) == 0) {
			String number = jdbc.queryForObject("select o.business_number from enterprises_organization o where o.id = "
					+ samples.values(ProtectedEndpoints.Sample.GIMHAE_ORGANIZATION).get("id"), String.class);
			mvc.perform(post("/my/organizations/claims").param("businessNumber", number).param("note", CLAIM_NOTE)
				.session(citizenSession).with(csrf()));
		}

		if (count(probe, "select count(*) from shared_import where purpose = 'organizations' and center_id = " + gimhae) == 0) {
			String csv = String.join(",", List.of("순번", "시도", "시군구", "자활기업", "자활기업구분", "대표자명", "업종", "사업자구분", "주소"))
					+ "\r\n1,경상남도,김해시,점검자활,일반,홍길동,제조,개인,경상남도 김해시 1\r\n";
			mvc.perform(multipart("/admin/organizations/import")
				.file(new MockMultipartFile("file", "점검.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.param("center", gimhae).param("encoding", "auto").session(probe.as(Probe.STAFF_GIMHAE)).with(csrf()));
		}

		if (count(probe, "select count(*) from shared_import where purpose = 'purchases' and center_id = " + gimhae) == 0) {
			String csv = "구매기관,판매기업,품목,구매금액,계약일자\r\n점검 기관,000-00-00000,식품,1000,2010-01-01\r\n";
			mvc.perform(multipart("/admin/market/purchases/import")
				.file(new MockMultipartFile("file", "점검.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.param("center", gimhae).param("encoding", "auto").session(probe.as(Probe.STAFF_GIMHAE)).with(csrf()));
		}

		if (count(probe, "select count(*) from shared_import where purpose = 'employment' and center_id = " + gimhae) == 0) {
			String csv = "사업자등록번호,연도,고용 인원,취약계층,신규 채용\r\n000-00-00000,2010,1,0,0\r\n";
			mvc.perform(multipart("/admin/organizations/employment/import")
				.file(new MockMultipartFile("file", "점검.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.param("center", gimhae).param("encoding", "auto").session(probe.as(Probe.STAFF_GIMHAE)).with(csrf()));
		}

		if (count(probe, "select count(*) from shared_import where purpose = 'library-catalogue' and center_id = " + gimhae) == 0) {
			String csv = "제목,저자,권수\r\n점검 도서,점검 저자,1\r\n";
			mvc.perform(multipart("/admin/library/import")
				.file(new MockMultipartFile("file", "점검.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.param("center", gimhae).param("encoding", "auto").session(probe.as(Probe.STAFF_GIMHAE)).with(csrf()));
		}

		// a comment of 시민 on 회원's post on 김해's members' board, and 시민's report of it
		String freePost = samples.values(ProtectedEndpoints.Sample.MEMBER_FREE_POST).get("id");
		if (count(probe, "select count(*) from content_comment where account_id = " + citizen + " and post_id = " + freePost) == 0) {
			mvc.perform(post("/c/gimhae/boards/free/" + freePost + "/comments").param("body", "보안 점검 댓글")
				.session(citizenSession).with(csrf()));
		}
		assertThat(count(probe, "select count(*) from content_comment where account_id = " + citizen + " and post_id = " + freePost))
			.as("시민's comment on 김해's members' board").isPositive();
		if (count(probe, "select count(*) from content_report where account_id = " + citizen + " and post_id = " + freePost
				+ " and resolved = false") == 0) {
			Long comment = jdbc.queryForObject("select min(id) from content_comment where account_id = " + citizen
					+ " and post_id = " + freePost, Long.class);
			mvc.perform(post("/c/gimhae/boards/free/" + freePost + "/report").param("comment", String.valueOf(comment))
				.param("reason", "보안 점검 신고").session(citizenSession).with(csrf()));
		}
		assertThat(count(probe, "select count(*) from content_report where account_id = " + citizen + " and post_id = " + freePost
				+ " and resolved = false")).as("시민's open report on 김해's members' board").isPositive();

		// 시민's question to 김해 that nobody answered yet
		String openQuestion = "select count(*) from content_post where center_id = " + gimhae + " and asker_account_id = "
				+ citizen + " and answer_html is null and deleted_at is null and hidden = false";
		if (count(probe, openQuestion) == 0) {
			String qna = jdbc.queryForObject("select min(slug) from content_board where center_id = " + gimhae
					+ " and kind = 'QNA' and enabled = true", String.class);
			mvc.perform(post("/c/gimhae/boards/" + qna + "/ask").param("title", "보안 점검 답변 전 문의")
				.param("body", "답변 전 문의입니다.").param("privatePost", "true").session(citizenSession).with(csrf()));
		}
		assertThat(count(probe, openQuestion)).as("시민's unanswered question to 김해").isPositive();

		// the network's own 자유게시판 (made and switched on by the administrator), 회원's post there and 시민's comment on it
		if (count(probe, "select count(*) from content_board where center_id = 0 and slug = 'probe-free'") == 0) {
			mvc.perform(post("/admin/content/boards").param("center", "0").param("kind", "FREE").param("name", "보안 점검 자유게시판")
				.param("slug", "probe-free").session(probe.as(Probe.ADMIN)).with(csrf()));
			Long board = jdbc.queryForObject("select id from content_board where center_id = 0 and slug = 'probe-free'", Long.class);
			mvc.perform(post("/admin/content/boards/" + board + "/on").session(probe.as(Probe.ADMIN)).with(csrf()));
		}
		String member = samples.account(Probe.MEMBER);
		String networkFree = "select count(*) from content_post p join content_board b on b.id = p.board_id"
				+ " where b.center_id = 0 and b.slug = 'probe-free' and p.author_account_id = " + member;
		if (count(probe, networkFree) == 0) {
			mvc.perform(post("/boards/probe-free/write").param("title", "보안 점검 회원 글").param("body", "회원 글입니다.")
				.session(probe.as(Probe.MEMBER)).with(csrf()));
		}
		assertThat(count(probe, networkFree)).as("회원's post on the network's 자유게시판").isPositive();
		Long networkPost = jdbc.queryForObject("select min(p.id) from content_post p join content_board b on b.id = p.board_id"
				+ " where b.center_id = 0 and b.slug = 'probe-free' and p.author_account_id = " + member, Long.class);
		if (count(probe, "select count(*) from content_comment where account_id = " + citizen + " and post_id = " + networkPost) == 0) {
			mvc.perform(post("/boards/probe-free/" + networkPost + "/comments").param("body", "보안 점검 댓글")
				.session(citizenSession).with(csrf()));
		}
		assertThat(count(probe, "select count(*) from content_comment where account_id = " + citizen + " and post_id = " + networkPost))
			.as("시민's comment on the network's 자유게시판").isPositive();

		// the network's own 1:1 board, made by the administrator, and 시민's private question on it
		if (count(probe, "select count(*) from content_board where center_id = 0 and slug = 'probe-qna'") == 0) {
			mvc.perform(post("/admin/content/boards").param("center", "0").param("kind", "QNA").param("name", "보안 점검 문의")
				.param("slug", "probe-qna").session(probe.as(Probe.ADMIN)).with(csrf()));
		}
		if (count(probe, "select count(*) from content_post p join content_board b on b.id = p.board_id where b.center_id = 0"
				+ " and p.asker_account_id = " + citizen + " and p.private_post = true") == 0) {
			mvc.perform(post("/boards/probe-qna/ask").param("title", "보안 점검 비공개 문의").param("body", "비공개 문의입니다.")
				.param("privatePost", "true").session(citizenSession).with(csrf()));
		}
		assertThat(count(probe, "select count(*) from content_post p join content_board b on b.id = p.board_id where b.center_id = 0"
				+ " and p.asker_account_id = " + citizen + " and p.private_post = true"))
			.as("시민's private question on the network's 1:1 board").isPositive();

		// a council of 김해's with a member, a meeting and an agenda item, made by 김해's staff through the pages,
		// and a paper on a meeting of the 부산 council 회원 chairs
		if (count(probe, "select count(*) from governance_council where center_id = " + gimhae) == 0) {
			var staff = probe.as(Probe.STAFF_GIMHAE);
			mvc.perform(post("/admin/governance/councils").param("center", gimhae).param("name", "김해 운영위원회 (점검)")
				.param("quorum", "1").session(staff).with(csrf()));
			String council = String.valueOf(jdbc.queryForObject("select min(id) from governance_council where center_id = "
					+ gimhae, Long.class));
			mvc.perform(post("/admin/governance/councils/" + council + "/members").param("center", gimhae)
				.param("name", "김위원").param("role", "CHAIR").param("termStart", "2020-01-01").param("termEnd", "2099-12-31")
				.session(staff).with(csrf()));
			mvc.perform(post("/admin/governance/councils/" + council + "/meetings").param("center", gimhae)
				.param("title", "점검 회의").param("day", "2026-06-01").param("from", "10:00").param("until", "11:00")
				.param("place", "김해시청").session(staff).with(csrf()));
			String meeting = String.valueOf(jdbc.queryForObject("select min(id) from governance_meeting where council_id = "
					+ council, Long.class));
			mvc.perform(post("/admin/governance/meetings/" + meeting + "/agenda").param("center", gimhae)
				.param("title", "점검 안건").session(staff).with(csrf()));
		}
		assertThat(count(probe, "select count(*) from governance_agenda_item i join governance_meeting m on m.id = i.meeting_id"
				+ " join governance_council c on c.id = m.council_id where c.center_id = " + gimhae))
			.as("an agenda item of a 김해 council meeting").isPositive();
		// a signed agreement document of one of 김해's partners, sent through the page
		String gimhaeMous = "select m.id from governance_mou m join governance_partner p on p.id = m.partner_id where p.center_id = "
				+ gimhae;
		if (count(probe, "select count(*) from governance_mou where document_file is not null and id in (" + gimhaeMous + ")") == 0) {
			Long partner = jdbc.queryForObject("select min(id) from governance_partner where center_id = " + gimhae, Long.class);
			mvc.perform(multipart("/admin/governance/partners/" + partner + "/mous")
				.file(new MockMultipartFile("document", "협약서.pdf", "application/pdf", ProbeSupport.SMALL_PDF))
				.param("center", gimhae).param("signedOn", "2026-01-01").param("startsOn", "2026-01-01")
				.param("endsOn", "2027-12-31").param("purpose", "점검 협약").session(probe.as(Probe.STAFF_GIMHAE)).with(csrf()));
		}
		assertThat(count(probe, "select count(*) from governance_mou where document_file is not null and id in (" + gimhaeMous + ")"))
			.as("a signed agreement document of a 김해 partner").isPositive();
		String memberId = samples.account(Probe.MEMBER);
		String councilOfMember = "select m.id from governance_meeting m join governance_member x on x.council_id = m.council_id"
				+ " where x.account_id = " + memberId;
		if (count(probe, "select count(*) from governance_document where meeting_id in (" + councilOfMember + ")") == 0) {
			Long meeting = jdbc.queryForObject("select min(id) from (" + councilOfMember + ") q", Long.class);
			String busan = samples.center("busan");
			mvc.perform(multipart("/admin/governance/meetings/" + meeting + "/documents").file(pdf("회의자료.pdf"))
				.param("center", busan).session(probe.as(Probe.STAFF_BUSAN)).with(csrf()));
		}
		assertThat(count(probe, "select count(*) from governance_document where meeting_id in (" + councilOfMember + ")"))
			.as("a paper of a meeting of the council 회원 chairs").isPositive();
		// a Busan collaboration project led by 회원's organization, with a partner, a milestone and a shared document
		String busanCenter = samples.center("busan");
		String memberOrganizations = "select organization_id from enterprises_manager where account_id = " + memberId;
		if (count(probe, "select count(*) from market_collab_member where organization_id in (" + memberOrganizations + ")") == 0) {
			var staffBusan = probe.as(Probe.STAFF_BUSAN);
			String lead = jdbc.queryForObject("select business_number from enterprises_organization where id = (select min(organization_id)"
					+ " from (" + memberOrganizations + ") q)", String.class);
			String partner = jdbc.queryForObject("select min(business_number) from enterprises_organization where business_number"
					+ " is not null and business_number <> ?", String.class, lead);
			mvc.perform(post("/admin/market/projects").param("center", busanCenter).param("title", "점검 협업사업")
				.param("kind", "PRODUCT").param("startsOn", "2026-01-01").param("leadBusinessNumber", lead)
				.session(staffBusan).with(csrf()));
			Long project = jdbc.queryForObject("select max(p.id) from market_collab_project p join market_collab_member m"
					+ " on m.project_id = p.id where m.organization_id in (" + memberOrganizations + ")", Long.class);
			mvc.perform(post("/admin/market/projects/" + project + "/partners").param("center", busanCenter)
				.param("businessNumber", partner).session(staffBusan).with(csrf()));
			mvc.perform(post("/admin/market/projects/" + project + "/milestones").param("center", busanCenter)
				.param("title", "점검 일정").param("dueOn", "2026-02-01").session(staffBusan).with(csrf()));
			mvc.perform(multipart("/admin/market/projects/" + project + "/documents").file(pdf("협업계획.pdf"))
				.param("center", busanCenter).session(staffBusan).with(csrf()));
		}
		assertThat(count(probe, "select count(*) from market_collab_document d join market_collab_member m on m.project_id"
				+ " = d.project_id where m.organization_id in (" + memberOrganizations + ")"))
			.as("a shared document of a collaboration project of 회원's organization").isPositive();
		// the demo bakery's offer, with a quote, for one of Busan's open buyer needs, sent by its manager (회원)
		String busanNeeds = "select id from market_need where center_id = " + samples.center("busan") + " and status = 'OPEN'";
		if (count(probe, "select count(*) from market_need_response where stored_file is not null and need_id in ("
				+ busanNeeds + ")") == 0) {
			Long need = jdbc.queryForObject("select min(id) from (" + busanNeeds + ") q", Long.class);
			Long bakery = jdbc.queryForObject("select min(organization_id) from enterprises_manager where account_id = "
					+ memberId, Long.class);
			mvc.perform(multipart("/my/market/needs/" + need + "/respond").file(pdf("견적서.pdf"))
				.param("organization", String.valueOf(bakery)).param("price", "4,500,000").param("quantity", "1,200개")
				.session(probe.as(Probe.MEMBER)).with(csrf()));
		}
		assertThat(count(probe, "select count(*) from market_need_response where stored_file is not null and need_id in ("
				+ busanNeeds + ")")).as("the demo bakery's offer with a file for a Busan buyer need").isPositive();
		made = true;
	}

	static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("file", name, "application/pdf", ProbeSupport.SMALL_PDF);
	}

	private static long count(ProbeSupport probe, String sql) {
		Long n = probe.jdbc.queryForObject(sql, Long.class);
		return n == null ? 0 : n;
	}
}
