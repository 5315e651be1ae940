package org.ieum.probes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.ieum.probes.ProtectedEndpoints.Endpoint;
import org.ieum.probes.ProtectedEndpoints.Sample;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ids that fill an endpoint's path variables, looked up in the demo data: for a {@link Sample}
 * a record of 김해 or of one member; otherwise harmless defaults. Queries may use {@code :gimhae},
 * {@code :busan}, {@code :citizen}, {@code :member}, {@code :expert} and any variable defined before
 * them in the same sample, and may give a text (a centre's or a board's slug) as well as an id. A
 * variable mapped to a list of words ({@code {change:hide|restore}}) takes the first word.
 */
final class ProbeSamples {

	/** Path variables every URL may have, when no sample says otherwise. */
	private static final Map<String, String> DEFAULTS = Map.ofEntries(Map.entry("slug", "gimhae"),
			Map.entry("table", "by-type"), Map.entry("token", "probe-token"), Map.entry("number", "2026-PROBE-1"),
			Map.entry("purpose", "MARKETING"), Map.entry("action", "withdraw"), Map.entry("period", "1"),
			Map.entry("decision", "approve"), Map.entry("sample", "SOCIAL_ENTERPRISES"), Map.entry("board", "notice"),
			Map.entry("requirement", "SE_ARTICLES"), Map.entry("topic", "cooperative"));

	/** Any id variable not given: a number no record has. */
	static final String NO_SUCH_ID = "987654321";

	private static final Map<Sample, Map<String, String>> QUERIES = new EnumMap<>(Sample.class);

	static {
		q(Sample.GIMHAE_CENTER, "id", "select :gimhae",
				"siteId", "select min(id) from centers_site where center_id = :gimhae",
				"contactId", "select min(id) from centers_contact where center_id = :gimhae",
				"exceptionId", "select min(id) from centers_hours_exception where site_id = :siteId");
		q(Sample.GIMHAE_MEMBER, "id", "select :citizen");
		// a product of an organization on 김해's list only
		q(Sample.GIMHAE_PRODUCT, "id", "select min(l.product_id) from market_listing l join market_listing_center c"
				+ " on c.product_id = l.product_id where c.center_id = :gimhae and l.product_id not in"
				+ " (select product_id from market_listing_center where center_id <> :gimhae)");
		// an organization on 김해's list only (not also on 부산's)
		q(Sample.GIMHAE_ORGANIZATION, "id", "select min(organization_id) from enterprises_organization_center where center_id = :gimhae"
				+ " and organization_id not in (select organization_id from enterprises_organization_center where center_id <> :gimhae)",
				"designationId", "select min(id) from enterprises_designation where organization_id = :id",
				"item", "select min(id) from enterprises_readiness_item where organization_id = :id and evidence_file is not null");
		// the demo's 김해 cohort and one of its organizations
		q(Sample.GIMHAE_COHORT, "id", "select min(id) from stats_cohort where center_id = :gimhae",
				"organizationId", "select min(organization_id) from stats_cohort_member where cohort_id = :id");
		// an obligation of an organization on 김해's list only, recorded as done with an evidence file
		q(Sample.GIMHAE_OBLIGATION, "closure", "select min(c.id) from enterprises_obligation_closure c join enterprises_designation d"
				+ " on d.id = c.designation_id where c.evidence_file is not null and d.organization_id in (select organization_id"
				+ " from enterprises_organization_center where center_id = :gimhae) and d.organization_id not in (select"
				+ " organization_id from enterprises_organization_center where center_id <> :gimhae)",
				"id", "select d.organization_id from enterprises_designation d join enterprises_obligation_closure c"
						+ " on c.designation_id = d.id where c.id = :closure");
		q(Sample.GIMHAE_CLAIM, "claimId", "select min(c.id) from enterprises_claim c join enterprises_organization_center oc"
				+ " on oc.organization_id = c.organization_id where oc.center_id = :gimhae");
		q(Sample.GIMHAE_IMPORT, "id", "select min(id) from shared_import where purpose = 'organizations' and center_id = :gimhae");
		q(Sample.GIMHAE_PURCHASE_IMPORT, "id", "select min(id) from shared_import where purpose = 'purchases' and center_id = :gimhae");
		q(Sample.GIMHAE_EMPLOYMENT_IMPORT, "id", "select min(id) from shared_import where purpose = 'employment' and center_id = :gimhae");
		q(Sample.GIMHAE_CATALOGUE_IMPORT, "id", "select min(id) from shared_import where purpose = 'library-catalogue' and center_id = :gimhae");
		q(Sample.GIMHAE_COURSE, "id", "select min(c.id) from education_course c where c.center_id = :gimhae"
				+ " and exists (select 1 from education_enrollment e where e.course_id = c.id)"
				+ " and exists (select 1 from education_session s where s.course_id = c.id)",
				"sessionId", "select min(id) from education_session where course_id = :id",
				"materialId", "select min(id) from education_material where course_id = :id",
				"questionId", "select min(id) from education_question where course_id = :id",
				"enrollmentId", "select min(id) from education_enrollment where course_id = :id");
		// the demo library's last title (no loans or holds): its last copy
		q(Sample.GIMHAE_BOOK, "id", "select max(id) from library_book where center_id = :gimhae",
				"copyId", "select max(id) from library_copy where book_id = :id");
		q(Sample.GIMHAE_BUYER, "id", "select min(id) from market_buyer where center_id = :gimhae");
		q(Sample.GIMHAE_PURCHASE, "id", "select max(id) from market_purchase where center_id = :gimhae");
		// the demo bakery's recent sale, which its manager (the demo member) has not confirmed yet
		q(Sample.MEMBER_PURCHASE, "id", "select min(id) from market_purchase where confirmed_at is null and organization_id in"
				+ " (select organization_id from enterprises_manager where account_id = :member)");
		q(Sample.MEMBER_INQUIRY, "id", "select min(id) from market_inquiry where answered_at is null and organization_id in"
				+ " (select organization_id from enterprises_manager where account_id = :member)");
		q(Sample.CITIZEN_LOAN, "id", "select min(id) from library_loan where account_id = :citizen and returned_at is null");
		q(Sample.GIMHAE_EXCHANGE_POST, "id", "select max(id) from community_exchange_post where center_id = :gimhae",
				"commentId", "select min(id) from community_exchange_comment where post_id = :id");
		q(Sample.MEMBER_EXCHANGE_MESSAGE, "id", "select min(id) from community_exchange_message where recipient_account_id = :member");
		q(Sample.GIMHAE_GROUP, "id", "select max(id) from community_group where center_id = :gimhae");
		q(Sample.MEMBER_GROUP, "id", "select min(id) from community_group where leader_account_id = :member",
				"membershipId", "select max(id) from community_membership where group_id = :id",
				"meetingId", "select max(id) from community_meeting where group_id = :id");
		q(Sample.MEMBER_HOLD, "id", "select min(id) from library_hold where account_id = :member and status = 'WAITING'");
		q(Sample.GIMHAE_INSTRUCTOR, "id", "select min(id) from education_instructor where center_id = :gimhae");
		q(Sample.GIMHAE_SPACE, "id", "select min(id) from spaces_space where center_id = :gimhae",
				"photoId", "select min(id) from spaces_photo where space_id = :id");
		q(Sample.GIMHAE_RESERVATION, "id", "select min(r.id) from spaces_reservation r join spaces_space s on s.id = r.space_id"
				+ " where s.center_id = :gimhae and r.status in ('PENDING', 'CONFIRMED')");
		q(Sample.GIMHAE_CALL, "id", "select min(c.id) from programs_call c where c.center_id = :gimhae"
				+ " and exists (select 1 from programs_application a where a.call_id = c.id)",
				"fieldId", "select min(id) from programs_form_field where call_id = :id",
				"criterionId", "select min(id) from programs_criterion where call_id = :id",
				"applicationId", "select min(id) from programs_application where call_id = :id",
				"reviewId", "select min(id) from programs_review where application_id = :applicationId");
		q(Sample.GIMHAE_COUNCIL, "id", "select min(id) from governance_council where center_id = :gimhae");
		q(Sample.GIMHAE_COUNCIL_MEETING, "id", "select min(m.id) from governance_meeting m join governance_council c"
				+ " on c.id = m.council_id where c.center_id = :gimhae",
				"itemId", "select min(id) from governance_agenda_item where meeting_id = :id");
		q(Sample.GIMHAE_PARTNER, "id", "select min(id) from governance_partner where center_id = :gimhae");
		q(Sample.GIMHAE_MOU, "id", "select min(m.id) from governance_mou m join governance_partner p on p.id = m.partner_id"
				+ " where p.center_id = :gimhae and m.document_file is not null",
				"partnerId", "select partner_id from governance_mou where id = :id");
		q(Sample.MEMBER_COUNCIL_MEETING, "id", "select min(m.id) from governance_meeting m join governance_member x"
				+ " on x.council_id = m.council_id where x.account_id = :member");
		q(Sample.MEMBER_COUNCIL_DOCUMENT, "id", "select min(d.id) from governance_document d join governance_meeting m"
				+ " on m.id = d.meeting_id join governance_member x on x.council_id = m.council_id where x.account_id = :member");
		q(Sample.BUSAN_FAIR, "id", "select min(id) from market_fair where center_id = :busan",
				"application", "select min(id) from market_fair_application where fair_id = :id");
		q(Sample.BUSAN_NEED, "id", "select min(n.id) from market_need n join market_need_response r on r.need_id = n.id"
				+ " where n.center_id = :busan and r.stored_file is not null",
				"response", "select min(id) from market_need_response where need_id = :id and stored_file is not null");
		q(Sample.MEMBER_BOOTH, "id", "select min(id) from market_fair_application where organization_id in"
				+ " (select organization_id from enterprises_manager where account_id = :member)");
		q(Sample.BUSAN_PROJECT, "id", "select min(id) from market_collab_project where center_id = :busan and title = '점검 협업사업'",
				"member", "select min(id) from market_collab_member where project_id = :id and role = 'PARTNER'",
				"milestone", "select min(id) from market_collab_milestone where project_id = :id",
				"document", "select min(id) from market_collab_document where project_id = :id");
		q(Sample.MEMBER_PROJECT, "id", "select min(project_id) from market_collab_member where organization_id in"
				+ " (select organization_id from enterprises_manager where account_id = :member)",
				"document", "select min(id) from market_collab_document where project_id = :id");
		q(Sample.BUSAN_ASSESSMENT, "id", "select min(id) from governance_assessment where center_id = :busan",
				"organizationId", "select organization_id from governance_assessment where id = :id");
		q(Sample.MEMBER_ASSESSMENT, "id", "select min(a.id) from governance_assessment a join enterprises_manager m"
				+ " on m.organization_id = a.organization_id where m.account_id = :member and a.evidence_file is not null",
				"organizationId", "select organization_id from governance_assessment where id = :id",
				"centerId", "select center_id from governance_assessment where id = :id");
		q(Sample.BUSAN_GIVEBACK, "id", "select min(id) from governance_giveback where center_id = :busan");
		q(Sample.MEMBER_GIVEBACK, "id", "select min(g.id) from governance_giveback g join enterprises_manager m"
				+ " on m.organization_id = g.organization_id where m.account_id = :member");
		q(Sample.GIMHAE_OFFICE, "id", "select min(id) from incubation_office where center_id = :gimhae");
		q(Sample.GIMHAE_TENANCY, "id", "select min(id) from incubation_tenancy where center_id = :gimhae",
				"itemId", "select min(id) from incubation_checklist_item where tenancy_id = :id");
		q(Sample.GIMHAE_CONSULTING, "id", "select min(r.id) from consulting_request r where r.center_id = :gimhae"
				+ " and exists (select 1 from consulting_session s where s.request_id = r.id)",
				"sessionId", "select min(id) from consulting_session where request_id = :id");
		q(Sample.GIMHAE_EXPERT, "id", "select min(id) from consulting_expert where center_id = :gimhae");
		q(Sample.GIMHAE_AGREEMENT, "id", "select min(id) from consulting_pool_agreement where (owner_center_id = :gimhae"
				+ " or partner_center_id = :gimhae) and owner_center_id <> :busan and partner_center_id <> :busan");
		q(Sample.CITIZEN_APPLICATION, "id", "select min(id) from programs_application where applicant_account_id = :citizen",
				"fileId", "select min(id) from programs_file where application_id = :id",
				"fileFieldId", "select min(f.id) from programs_form_field f join programs_application a on a.call_id = f.call_id"
						+ " where a.id = :id and f.field_type = 'FILE' and f.form = 'APPLICATION'",
				"callId", "select call_id from programs_application where id = :id",
				"slug", "select c.slug from programs_call p join centers_center c on c.id = p.center_id where p.id = :callId");
		q(Sample.MEMBER_APPLICATION, "id", "select min(a.id) from programs_application a where a.applicant_account_id = :member"
				+ " and exists (select 1 from programs_report r where r.application_id = a.id)",
				"reportId", "select min(id) from programs_report where application_id = :id",
				"fieldId", "select min(f.id) from programs_form_field f join programs_application a on a.call_id = f.call_id"
						+ " where a.id = :id and f.form = 'REPORT'");
		q(Sample.CITIZEN_TENANCY, "id", "select min(id) from incubation_tenancy where tenant_account_id = :citizen");
		q(Sample.CITIZEN_CONSULTING, "id", "select min(r.id) from consulting_request r where r.client_account_id = :citizen",
				"fileId", "select min(id) from consulting_attachment where request_id = :id",
				"slug", "select c.slug from consulting_request r join centers_center c on c.id = r.center_id where r.id = :id");
		q(Sample.CITIZEN_CONSULTING_FILE, "id", "select min(a.id) from consulting_attachment a join consulting_request r"
				+ " on r.id = a.request_id where r.client_account_id = :citizen");
		q(Sample.EXPERT_ASSIGNMENT, "id", "select min(r.id) from consulting_request r join consulting_expert x on x.id = r.expert_id"
				+ " where x.account_id = :expert",
				"sessionId", "select min(id) from consulting_session where request_id = :id");
		q(Sample.EXPERT_REVIEW, "id", "select min(id) from programs_review where reviewer_account_id = :expert");
		q(Sample.MEMBER_ORGANIZATION, "id", "select min(organization_id) from enterprises_manager where account_id = :member",
				"productId", "select min(id) from enterprises_product where organization_id = :id",
				"closure", "select min(c.id) from enterprises_obligation_closure c join enterprises_designation d"
						+ " on d.id = c.designation_id where d.organization_id = :id and c.evidence_file is not null",
				"item", "select min(id) from enterprises_readiness_item where organization_id = :id and evidence_file is not null");
		q(Sample.CITIZEN_ENROLLMENT, "id", "select min(id) from education_enrollment where account_id = :citizen",
				"enrollmentId", "select :id");
		q(Sample.CITIZEN_RESERVATION, "id", "select min(id) from spaces_reservation where account_id = :citizen",
				"reservationId", "select :id",
				"slug", "select c.slug from spaces_reservation r join spaces_space s on s.id = r.space_id"
						+ " join centers_center c on c.id = s.center_id where r.id = :id");
		q(Sample.CITIZEN_NOTICE, "id", "select min(id) from notification_message where account_id = :citizen");
		q(Sample.CITIZEN_TOKEN, "id", "select min(id) from identity_api_token where account_id = :citizen and revoked_at is null");
		// 김해's notice board and a notice of 김해's own (not one shared from a centre above)
		q(Sample.GIMHAE_BOARD, "id", "select min(id) from content_board where center_id = :gimhae and slug = 'notice'");
		q(Sample.GIMHAE_POST, "id", "select min(p.id) from content_post p join content_board b on b.id = p.board_id"
				+ " where b.center_id = :gimhae and b.slug = 'notice' and p.center_id = :gimhae");
		// citizen's private 1:1 question to 김해 (demo data), the comment and the report ProbeFixtures make
		q(Sample.GIMHAE_QUESTION, "id", "select min(id) from content_post where center_id = :gimhae"
				+ " and asker_account_id = :citizen and private_post = true");
		q(Sample.GIMHAE_COMMENT, "id", "select min(m.id) from content_comment m join content_post p on p.id = m.post_id"
				+ " where p.center_id = :gimhae");
		q(Sample.GIMHAE_REPORT, "id", "select min(r.id) from content_report r join content_post p on p.id = r.post_id"
				+ " where p.center_id = :gimhae and r.resolved = false");
		q(Sample.CITIZEN_QUESTION, "id", "select min(id) from content_post where center_id = :gimhae"
				+ " and asker_account_id = :citizen and private_post = true",
				"board", "select b.slug from content_post p join content_board b on b.id = p.board_id where p.id = :id");
		q(Sample.CITIZEN_NETWORK_QUESTION, "id", "select min(p.id) from content_post p join content_board b on b.id = p.board_id"
				+ " where b.center_id = 0 and p.asker_account_id = :citizen and p.private_post = true",
				"board", "select b.slug from content_post p join content_board b on b.id = p.board_id where p.id = :id");
		// member's post on 김해's members' board (자유게시판, demo data)
		q(Sample.MEMBER_FREE_POST, "id", "select min(p.id) from content_post p join content_board b on b.id = p.board_id"
				+ " where b.center_id = :gimhae and b.kind = 'FREE' and p.author_account_id = :member",
				"board", "select b.slug from content_post p join content_board b on b.id = p.board_id where p.id = :id");
		// 시민's comment on that post (ProbeFixtures) and 시민's unanswered question to 김해 (ProbeFixtures)
		q(Sample.CITIZEN_FREE_COMMENT, "id", "select min(p.id) from content_comment m join content_post p on p.id = m.post_id"
				+ " join content_board b on b.id = p.board_id where b.center_id = :gimhae and b.kind = 'FREE'"
				+ " and m.account_id = :citizen",
				"comment", "select min(id) from content_comment where post_id = :id and account_id = :citizen",
				"board", "select b.slug from content_post p join content_board b on b.id = p.board_id where p.id = :id");
		q(Sample.CITIZEN_OPEN_QUESTION, "id", "select min(id) from content_post where center_id = :gimhae"
				+ " and asker_account_id = :citizen and answer_html is null and deleted_at is null and hidden = false",
				"board", "select b.slug from content_post p join content_board b on b.id = p.board_id where p.id = :id");
		// 회원's post on the network's 자유게시판 and 시민's comment on it (ProbeFixtures)
		q(Sample.MEMBER_NETWORK_FREE_POST, "id", "select min(p.id) from content_post p join content_board b on b.id = p.board_id"
				+ " where b.center_id = 0 and b.kind = 'FREE' and p.author_account_id = :member",
				"board", "select b.slug from content_post p join content_board b on b.id = p.board_id where p.id = :id");
		q(Sample.CITIZEN_NETWORK_FREE_COMMENT, "id", "select min(p.id) from content_comment m join content_post p on p.id = m.post_id"
				+ " join content_board b on b.id = p.board_id where b.center_id = 0 and b.kind = 'FREE' and m.account_id = :citizen",
				"comment", "select min(id) from content_comment where post_id = :id and account_id = :citizen",
				"board", "select b.slug from content_post p join content_board b on b.id = p.board_id where p.id = :id");
		// 김해's home page, static pages and newsletter: demo data and what ProbeFixtures add
		q(Sample.GIMHAE_BANNER, "id", "select min(id) from content_home_banner where center_id = :gimhae");
		q(Sample.GIMHAE_QUICK_LINK, "id", "select min(id) from content_quick_link where center_id = :gimhae");
		q(Sample.GIMHAE_POPUP, "id", "select min(id) from content_home_popup where center_id = :gimhae");
		q(Sample.GIMHAE_HISTORY, "id", "select min(id) from content_history_row where center_id = :gimhae");
		q(Sample.GIMHAE_ORG_MEMBER, "id", "select min(id) from content_org_member where center_id = :gimhae");
		q(Sample.GIMHAE_NEWSLETTER_ISSUE, "id", "select min(id) from content_newsletter_issue where center_id = :gimhae"
				+ " and status = 'DRAFT'");
		q(Sample.GIMHAE_SUBSCRIBER, "id", "select min(id) from content_newsletter_subscriber where center_id = :gimhae");
		q(Sample.STAFF_MATERIAL, "id", "select min(m.id) from education_material m join education_course c on c.id = m.course_id"
				+ " where c.center_id = :gimhae and m.audience = 'STAFF'");
	}

	private final JdbcTemplate jdbc;
	private final Map<Sample, Map<String, String>> resolved = new EnumMap<>(Sample.class);

	ProbeSamples(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private static void q(Sample sample, String... variableAndQuery) {
		Map<String, String> queries = new LinkedHashMap<>();
		for (int i = 0; i < variableAndQuery.length; i += 2) {
			queries.put(variableAndQuery[i], variableAndQuery[i + 1]);
		}
		QUERIES.put(sample, queries);
	}

	/** The endpoint's URL for its sample record (ids that the demo data lacks become {@link #NO_SUCH_ID}). */
	String url(Endpoint endpoint) {
		Map<String, String> values = allValues(endpoint);
		String url = endpoint.pattern();
		for (String name : variables(url)) {
			String word = firstWord(url, name);
			values.putIfAbsent(name, word == null ? NO_SUCH_ID : word);
		}
		return endpoint.url(values);
	}

	/** The endpoint's form fields with sample ids filled in, in order. */
	Map<String, String> params(Endpoint endpoint) {
		Map<String, String> values = allValues(endpoint);
		Map<String, String> params = new LinkedHashMap<>();
		if (endpoint.params().isEmpty()) {
			return params;
		}
		for (String pair : endpoint.params().split("&")) {
			String name = pair.substring(0, pair.indexOf('='));
			String value = pair.substring(pair.indexOf('=') + 1);
			if (value.startsWith("{") && value.endsWith("}")) {
				value = values.getOrDefault(value.substring(1, value.length() - 1), NO_SUCH_ID);
			}
			params.put(name, value);
		}
		return params;
	}

	private Map<String, String> allValues(Endpoint endpoint) {
		Map<String, String> values = new LinkedHashMap<>(values(endpoint.sample()));
		DEFAULTS.forEach(values::putIfAbsent);
		values.put("gimhae", center("gimhae"));
		values.put("busan", center("busan"));
		return values;
	}

	String center(String slug) {
		return id("select id from centers_center where slug = '" + slug + "'");
	}

	/** Whether every id of the endpoint's URL is a record that exists (so its owner can open it). */
	boolean complete(Endpoint endpoint) {
		Map<String, String> values = values(endpoint.sample());
		return variables(endpoint.pattern()).stream()
			.allMatch(v -> DEFAULTS.containsKey(v) && !values.containsKey(v) || values.containsKey(v) && !NO_SUCH_ID.equals(values.get(v))
					|| !values.containsKey(v) && firstWord(endpoint.pattern(), v) != null);
	}

	/** The first word of a variable mapped to a list of words ({@code change} in {@code {change:hide|restore}}), else null. */
	static String firstWord(String pattern, String name) {
		var m = Pattern.compile("\\{" + name + ":([a-z-]+)(\\|[a-z-]+)+\\}").matcher(pattern);
		return m.find() ? m.group(1) : null;
	}

	synchronized Map<String, String> values(Sample sample) {
		return resolved.computeIfAbsent(sample, s -> {
			Map<String, String> values = new LinkedHashMap<>();
			for (var e : QUERIES.getOrDefault(s, Map.of()).entrySet()) {
				String sql = e.getValue().replace(":gimhae", id("select id from centers_center where slug = 'gimhae'"))
					.replace(":busan", id("select id from centers_center where slug = 'busan'"))
					.replace(":citizen", account(Probe.CITIZEN))
					.replace(":member", account(Probe.MEMBER))
					.replace(":expert", account(Probe.EXPERT));
				for (var known : values.entrySet()) {
					sql = sql.replace(":" + known.getKey(), known.getValue());
				}
				String value = sql.contains(NO_SUCH_ID) ? null : text(sql);
				values.put(e.getKey(), value == null ? NO_SUCH_ID : value);
			}
			return values;
		});
	}

	String account(String email) {
		return id("select id from identity_account where email = '" + email + "'");
	}

	String id(String sql) {
		List<Long> ids = jdbc.queryForList(sql, Long.class);
		return ids.isEmpty() || ids.get(0) == null ? null : ids.get(0).toString();
	}

	/** The first value of a query that gives an id or a text (a slug). */
	String text(String sql) {
		List<String> found = jdbc.queryForList(sql, String.class);
		return found.isEmpty() || found.get(0) == null ? null : found.get(0);
	}

	static List<String> variables(String pattern) {
		List<String> names = new ArrayList<>();
		var m = Pattern.compile("\\{([A-Za-z]+)(:[^}]*)?\\}").matcher(pattern);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}
}
