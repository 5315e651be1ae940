package org.ieum.probes;

import static org.ieum.probes.ProtectedEndpoints.Access.ADMIN;
import static org.ieum.probes.ProtectedEndpoints.Access.API_PUBLIC;
import static org.ieum.probes.ProtectedEndpoints.Access.API_SIGNED_IN;
import static org.ieum.probes.ProtectedEndpoints.Access.API_OWNER;
import static org.ieum.probes.ProtectedEndpoints.Access.OWNER;
import static org.ieum.probes.ProtectedEndpoints.Access.PUBLIC;
import static org.ieum.probes.ProtectedEndpoints.Access.SIGNED_IN;
import static org.ieum.probes.ProtectedEndpoints.Access.STAFF;
import static org.ieum.probes.ProtectedEndpoints.Access.STAFF_OF;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.http.HttpMethod;

/**
 * Every page and endpoint of Ieum, one line each, with who may use it. The security probes read
 * this list: anonymous visitors, members without staff rights, staff of another center and members
 * on another member's records are refused everywhere it says so, every browser POST needs the CSRF
 * token and every API write needs a token. {@link CatalogCompletenessProbes} fails when a
 * controller mapping is missing here, so a new page inherits the probes as soon as its line is added.
 *
 * <p>How to add a line: take the mapping exactly as Spring prints it (method and path pattern with
 * the controller's {@code @RequestMapping} prefix), pick its {@link Access}, and for records that
 * belong to someone name the {@link Sample} whose ids fill the path variables (add a sample to
 * {@link ProbeSamples} when none fits).
 */
final class ProtectedEndpoints {

	private ProtectedEndpoints() {
	}

	/** Who may use an endpoint. */
	enum Access {
		/** anyone, also without an account (browser pages) */
		PUBLIC,
		/** any signed-in account, for its own data only (no record of someone else in the URL) */
		SIGNED_IN,
		/** only the account the sample record belongs to (another member gets 403 or 404) */
		OWNER,
		/** staff of any center (or a system administrator); no record of a center in the URL */
		STAFF,
		/** staff of the sample record's center only: staff of another center get 403 or 404 */
		STAFF_OF,
		/** system administrators only */
		ADMIN,
		/** the JSON API without a token */
		API_PUBLIC,
		/** the JSON API with any valid token, for the token owner's own data */
		API_SIGNED_IN,
		/** the JSON API with the token of the sample record's owner only */
		API_OWNER;

		boolean api() {
			return this == API_PUBLIC || this == API_SIGNED_IN || this == API_OWNER;
		}
	}

	/**
	 * A record that belongs to someone (a center or an account) whose ids fill the path variables,
	 * with the account that owns it and the account that must be refused. The ids are looked up in
	 * the demo data by {@link ProbeSamples}.
	 */
	enum Sample {
		NONE(null, null),
		// a center's records: staff.gimhae owns them, staff.busan must be refused
		GIMHAE_CENTER(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_ORGANIZATION(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_CLAIM(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_IMPORT(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_PURCHASE_IMPORT(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_EMPLOYMENT_IMPORT(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_COURSE(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_INSTRUCTOR(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_SPACE(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_RESERVATION(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_CALL(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_OFFICE(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_TENANCY(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_CONSULTING(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_EXPERT(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_AGREEMENT(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_MEMBER(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_BOARD(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_POST(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_QUESTION(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_COMMENT(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_REPORT(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_BANNER(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_QUICK_LINK(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_POPUP(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_HISTORY(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_ORG_MEMBER(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_NEWSLETTER_ISSUE(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_COUNCIL(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_COUNCIL_MEETING(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_PARTNER(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_MOU(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_SUBSCRIBER(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_OBLIGATION(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_PRODUCT(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_BOOK(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_BUYER(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_PURCHASE(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		GIMHAE_GROUP(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		// the demo's newest post on 김해's exchange board (its comment, when a test left one)
		GIMHAE_EXCHANGE_POST(Probe.STAFF_GIMHAE, Probe.STAFF_BUSAN),
		// a member's records: the owner may, the other member must be refused
		CITIZEN_APPLICATION(Probe.CITIZEN, Probe.MEMBER),
		MEMBER_APPLICATION(Probe.MEMBER, Probe.CITIZEN),
		CITIZEN_TENANCY(Probe.CITIZEN, Probe.MEMBER),
		CITIZEN_CONSULTING(Probe.CITIZEN, Probe.MEMBER),
		CITIZEN_CONSULTING_FILE(Probe.CITIZEN, Probe.MEMBER),
		EXPERT_ASSIGNMENT(Probe.EXPERT, Probe.MEMBER),
		EXPERT_REVIEW(Probe.EXPERT, Probe.MEMBER),
		MEMBER_ORGANIZATION(Probe.MEMBER, Probe.CITIZEN),
		CITIZEN_ENROLLMENT(Probe.CITIZEN, Probe.MEMBER),
		CITIZEN_LOAN(Probe.CITIZEN, Probe.MEMBER),
		MEMBER_HOLD(Probe.MEMBER, Probe.CITIZEN),
		MEMBER_PURCHASE(Probe.MEMBER, Probe.CITIZEN),
		// an inquiry to the demo member's bakery: its manager answers, anyone else is refused
		MEMBER_INQUIRY(Probe.MEMBER, Probe.CITIZEN),
		// 회원 leads Gimhae's demo reading group; the expert is in no group
		MEMBER_GROUP(Probe.MEMBER, Probe.EXPERT),
		// a message to the organization 회원 manages (none in the demo data: the intruder meets a 404 either way)
		MEMBER_EXCHANGE_MESSAGE(Probe.MEMBER, Probe.CITIZEN),
		CITIZEN_RESERVATION(Probe.CITIZEN, Probe.MEMBER),
		CITIZEN_NOTICE(Probe.CITIZEN, Probe.MEMBER),
		CITIZEN_TOKEN(Probe.CITIZEN, Probe.MEMBER),
		STAFF_MATERIAL(Probe.STAFF_GIMHAE, Probe.MEMBER),
		CITIZEN_QUESTION(Probe.CITIZEN, Probe.MEMBER),
		CITIZEN_NETWORK_QUESTION(Probe.CITIZEN, Probe.MEMBER),
		MEMBER_FREE_POST(Probe.MEMBER, Probe.CITIZEN),
		CITIZEN_FREE_COMMENT(Probe.CITIZEN, Probe.MEMBER),
		CITIZEN_OPEN_QUESTION(Probe.CITIZEN, Probe.MEMBER),
		MEMBER_NETWORK_FREE_POST(Probe.MEMBER, Probe.CITIZEN),
		CITIZEN_NETWORK_FREE_COMMENT(Probe.CITIZEN, Probe.MEMBER),
		// 회원 chairs 부산's demo council; 시민 sits on no council
		MEMBER_COUNCIL_MEETING(Probe.MEMBER, Probe.CITIZEN),
		MEMBER_COUNCIL_DOCUMENT(Probe.MEMBER, Probe.CITIZEN),
		BUSAN_ASSESSMENT(Probe.STAFF_BUSAN, Probe.STAFF_GIMHAE),
		MEMBER_ASSESSMENT(Probe.MEMBER, Probe.CITIZEN),
		BUSAN_GIVEBACK(Probe.STAFF_BUSAN, Probe.STAFF_GIMHAE),
		MEMBER_GIVEBACK(Probe.MEMBER, Probe.CITIZEN),
		// Busan's demo market: staff.busan runs it, staff.gimhae must be refused
		BUSAN_FAIR(Probe.STAFF_BUSAN, Probe.STAFF_GIMHAE),
		// the demo bakery's booth at that market, whose sales its manager (the demo member) records
		MEMBER_BOOTH(Probe.MEMBER, Probe.CITIZEN),
		// a Busan buyer need with the demo bakery's response (and its file): staff.busan decides, staff.gimhae must be refused
		BUSAN_NEED(Probe.STAFF_BUSAN, Probe.STAFF_GIMHAE);

		final String owner;
		final String intruder;

		Sample(String owner, String intruder) {
			this.owner = owner;
			this.intruder = intruder;
		}
	}

	/**
	 * One page or endpoint: method, path pattern as mapped, who may use it, whose record it shows, and
	 * for an action the form fields that get it past input checks to the permission check
	 * ({@code name=value&...}; a value {@code {var}} is a sample id or {@code {gimhae}}/{@code {busan}},
	 * {@code file=pdf} sends a small PDF as the upload {@code file}).
	 */
	record Endpoint(HttpMethod method, String pattern, Access access, Sample sample, String params) {

		String key() {
			return method.name() + " " + pattern;
		}

		boolean browserPost() {
			return method == HttpMethod.POST && !access.api();
		}

		/** The pattern with its variables filled: {@code {slug}} with the sample's center, ids from the sample. */
		String url(Map<String, String> values) {
			String url = pattern;
			for (var e : values.entrySet()) {
				// a variable's regex may hold braces of its own ({id:[0-9]{1,18}})
				url = url.replaceAll("\\{" + e.getKey() + "(:(?:[^{}]|\\{[^{}]*\\})*)?\\}", e.getValue());
			}
			if (url.contains("{")) {
				throw new IllegalStateException(key() + ": no value for a path variable in " + url + " (sample " + sample
						+ " gave " + values + ")");
			}
			return url;
		}

		@Override
		public String toString() {
			return key() + " [" + access + (sample == Sample.NONE ? "" : ", " + sample) + "]";
		}
	}

	private static final HttpMethod GET = HttpMethod.GET;
	private static final HttpMethod POST = HttpMethod.POST;

	private static Endpoint e(HttpMethod method, String pattern, Access access) {
		return new Endpoint(method, pattern, access, Sample.NONE, "");
	}

	private static Endpoint e(HttpMethod method, String pattern, Access access, String params) {
		return new Endpoint(method, pattern, access, Sample.NONE, params);
	}

	private static Endpoint e(HttpMethod method, String pattern, Access access, Sample sample, String params) {
		return new Endpoint(method, pattern, access, sample, params);
	}

	private static Endpoint e(HttpMethod method, String pattern, Access access, Sample sample) {
		return new Endpoint(method, pattern, access, sample, "");
	}

	// @formatter:off
	static final List<Endpoint> ALL = List.of(
		// ---- public pages (portal, directory, statistics, sign-up and login)
		e(GET,  "/", PUBLIC),
		e(GET,  "/c/{slug}", PUBLIC),
		e(GET,  "/c/{slug}/about", PUBLIC),
		e(GET,  "/c/{slug}/market/fairs", PUBLIC),
		e(GET,  "/c/{slug}/market/fairs/{id}", PUBLIC),
		e(GET,  "/c/{slug}/market/needs", PUBLIC),
		e(GET,  "/login", PUBLIC),
		e(GET,  "/signup", PUBLIC),
		e(POST, "/signup", PUBLIC),
		e(GET,  "/verify-email/{token}", PUBLIC),
		e(GET,  "/password-reset", PUBLIC),
		e(POST, "/password-reset", PUBLIC),
		e(GET,  "/password-reset/{token}", PUBLIC),
		e(POST, "/password-reset/{token}", PUBLIC),
		e(GET,  "/c/{slug}/organizations", PUBLIC),
		e(GET,  "/c/{slug}/organizations/suggest", PUBLIC),
		e(GET,  "/c/{slug}/organizations/{id}", PUBLIC),
		e(GET,  "/organizations/photos/{productId}", PUBLIC),
		e(GET,  "/statistics", PUBLIC),
		e(GET,  "/statistics/{table}.csv", PUBLIC),
		e(GET,  "/statistics/{table}.xlsx", PUBLIC),
		e(GET,  "/c/{slug}/statistics", PUBLIC),
		e(GET,  "/c/{slug}/statistics/print", PUBLIC),
		e(GET,  "/c/{slug}/statistics/{table}.csv", PUBLIC),
		e(GET,  "/c/{slug}/statistics/{table}.xlsx", PUBLIC),
		e(GET,  "/c/{slug}/spaces", PUBLIC),
		e(GET,  "/c/{slug}/spaces/today", PUBLIC),
		e(GET,  "/c/{slug}/spaces/{id}", PUBLIC),
		e(POST, "/c/{slug}/spaces/{id}", PUBLIC),
		e(GET,  "/c/{slug}/spaces/{id}/calendar.ics", PUBLIC),
		e(GET,  "/c/{slug}/spaces/photos/{photoId}", PUBLIC),
		e(GET,  "/spaces/feeds/{token}.ics", PUBLIC),
		e(GET,  "/c/{slug}/education", PUBLIC),
		e(GET,  "/c/{slug}/education/calendar", PUBLIC),
		e(GET,  "/c/{slug}/education/{id}", PUBLIC),
		e(GET,  "/c/{slug}/market", PUBLIC),
		e(GET,  "/c/{slug}/market/products/{id}", PUBLIC),
		e(GET,  "/market", PUBLIC),
		e(GET,  "/market/products/{id}", PUBLIC),
		e(GET,  "/api/v1/products", API_PUBLIC),
		e(GET,  "/api/v1/products/{id}", API_PUBLIC),
		e(POST, "/c/{slug}/market/products/{id}/inquiries", PUBLIC),
		e(POST, "/market/products/{id}/inquiries", PUBLIC),
		e(GET,  "/c/{slug}/market/inquiries/{token}", PUBLIC),
		e(GET,  "/market/inquiries/{token}", PUBLIC),
		e(POST, "/api/v1/products/{id}/inquiries", API_PUBLIC),
		e(GET,  "/api/v1/public/procurement", API_PUBLIC),
		e(POST, "/c/{slug}/education/{id}/enroll", PUBLIC),
		e(GET,  "/c/{slug}/library", PUBLIC),
		e(GET,  "/c/{slug}/library/{id}", PUBLIC),
		e(GET,  "/c/{slug}/library/{id}/cover", PUBLIC),
		e(POST, "/c/{slug}/library/{id}/hold", PUBLIC),
		e(GET,  "/c/{slug}/groups", PUBLIC),
		e(GET,  "/c/{slug}/groups/new", SIGNED_IN),
		e(POST, "/c/{slug}/groups/new", SIGNED_IN, Sample.NONE, "name=probe&purpose=probe&frequency=probe"),
		e(GET,  "/c/{slug}/groups/{id}", PUBLIC, Sample.MEMBER_GROUP),
		e(POST, "/c/{slug}/groups/{id}/join", SIGNED_IN, Sample.MEMBER_GROUP),
		e(POST, "/c/{slug}/groups/{id}/members/{membershipId}/accept", OWNER, Sample.MEMBER_GROUP),
		e(POST, "/c/{slug}/groups/{id}/posts", OWNER, Sample.MEMBER_GROUP, "body=probe"),
		e(POST, "/c/{slug}/groups/{id}/meetings", OWNER, Sample.MEMBER_GROUP, "title=probe&roomId=0&date=2030-01-03&startTime=19:00&endTime=20:00&weeks=1"),
		e(POST, "/c/{slug}/groups/{id}/meetings/{meetingId}/cancel", OWNER, Sample.MEMBER_GROUP),
		e(GET,  "/c/{slug}/exchange", PUBLIC),
		e(GET,  "/c/{slug}/exchange/new", SIGNED_IN),
		e(POST, "/c/{slug}/exchange/new", SIGNED_IN, Sample.NONE, "category=OTHER&title=probe&body=probe"),
		e(GET,  "/c/{slug}/exchange/{id}", PUBLIC, Sample.GIMHAE_EXCHANGE_POST),
		e(POST, "/c/{slug}/exchange/{id}/comments", SIGNED_IN, Sample.GIMHAE_EXCHANGE_POST, "body=probe"),
		e(POST, "/c/{slug}/exchange/{id}/contact", SIGNED_IN, Sample.GIMHAE_EXCHANGE_POST, "body=probe"),
		e(POST, "/c/{slug}/exchange/{id}/report", SIGNED_IN, Sample.GIMHAE_EXCHANGE_POST, "reason=probe"),
		e(GET,  "/certificates", PUBLIC),
		e(GET,  "/certificates/{number}", PUBLIC),
		e(GET,  "/c/{slug}/programs", PUBLIC),
		e(GET,  "/c/{slug}/programs/{id}", PUBLIC),
		e(POST, "/c/{slug}/programs/{id}/apply", PUBLIC),
		e(GET,  "/c/{slug}/incubation", PUBLIC),
		e(GET,  "/c/{slug}/consulting", PUBLIC),
		e(GET,  "/c/{slug}/governance", PUBLIC),
		e(GET,  "/c/{slug}/governance/meetings/{id}", PUBLIC),
		e(GET,  "/c/{slug}/governance/partners", PUBLIC),
		e(GET,  "/governance/partners/{id}/logo", PUBLIC),
		e(POST, "/c/{slug}/consulting", PUBLIC),
		e(GET,  "/favicon.ico", PUBLIC),
		e(GET,  "/robots.txt", PUBLIC),
		e(GET,  "/sitemap.xml", PUBLIC),
		e(GET,  "/request-refused", PUBLIC),

		// ---- boards (알림마당): published posts and feeds are public; a private 1:1 question only for its asker (and
		// the center's staff); writing on a members' board, commenting, reporting and asking need an account
		e(GET,  "/c/{slug}/boards", PUBLIC),
		e(GET,  "/c/{slug}/boards/{board}", PUBLIC),
		e(GET,  "/c/{slug}/boards/{board}/feed.xml", PUBLIC),
		e(GET,  "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}", OWNER, Sample.CITIZEN_QUESTION),
		e(GET,  "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/print", OWNER, Sample.CITIZEN_QUESTION),
		e(GET,  "/c/{slug}/boards/{board}/ask", SIGNED_IN, Sample.CITIZEN_QUESTION),
		e(POST, "/c/{slug}/boards/{board}/ask", SIGNED_IN, Sample.CITIZEN_QUESTION, "title=probe&body=probe&privatePost=true"),
		e(GET,  "/c/{slug}/boards/{board}/write", SIGNED_IN, Sample.MEMBER_FREE_POST),
		e(POST, "/c/{slug}/boards/{board}/write", SIGNED_IN, Sample.MEMBER_FREE_POST, "title=probe&body=probe"),
		e(POST, "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/comments", SIGNED_IN, Sample.MEMBER_FREE_POST, "body=probe"),
		e(POST, "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/report", SIGNED_IN, Sample.MEMBER_FREE_POST, "reason=probe"),
		// a member changes and deletes their own post and comments (deletion needs confirm=true, left out here)
		e(GET,  "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/edit", OWNER, Sample.MEMBER_FREE_POST),
		e(POST, "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/edit", OWNER, Sample.MEMBER_FREE_POST, "title=probe&body=probe"),
		e(POST, "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/delete", OWNER, Sample.MEMBER_FREE_POST),
		e(POST, "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/comments/{comment:[0-9]{1,18}}/edit", OWNER, Sample.CITIZEN_FREE_COMMENT, "body=probe"),
		e(POST, "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/comments/{comment:[0-9]{1,18}}/delete", OWNER, Sample.CITIZEN_FREE_COMMENT),
		// an asker changes or withdraws their question until it is answered (withdrawal needs confirm=true)
		e(GET,  "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/question", OWNER, Sample.CITIZEN_OPEN_QUESTION),
		e(POST, "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/question", OWNER, Sample.CITIZEN_OPEN_QUESTION, "title=probe&body=probe"),
		e(POST, "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/withdraw", OWNER, Sample.CITIZEN_OPEN_QUESTION),
		// the network's own boards (/boards/...): the same pages without a center
		// old Gnuboard addresses of imported boards redirect (301) to the new pages
		e(GET,  "/bbs/board.php", PUBLIC),
		// the center's static pages, policies, site search and newsletter
		e(GET,  "/c/{slug}/pages/greeting", PUBLIC),
		e(GET,  "/c/{slug}/pages/history", PUBLIC),
		e(GET,  "/c/{slug}/pages/organization", PUBLIC),
		e(GET,  "/c/{slug}/pages/directions", PUBLIC),
		e(GET,  "/content/banners/{id:[0-9]{1,18}}", PUBLIC),
		e(GET,  "/policies/{kind:privacy|terms}", PUBLIC),
		e(GET,  "/policies/{kind:privacy|terms}/{version:[0-9]{1,6}}", PUBLIC),
		e(GET,  "/c/{slug}/policies/{kind:privacy|terms}", PUBLIC),
		e(GET,  "/c/{slug}/policies/{kind:privacy|terms}/{version:[0-9]{1,6}}", PUBLIC),
		e(GET,  "/search", PUBLIC),
		e(GET,  "/c/{slug}/search", PUBLIC),
		e(GET,  "/newsletter", PUBLIC),
		e(POST, "/newsletter", PUBLIC),
		e(GET,  "/c/{slug}/newsletter", PUBLIC),
		e(POST, "/c/{slug}/newsletter", PUBLIC),
		e(GET,  "/newsletter/confirm/{token}", PUBLIC),
		e(POST, "/newsletter/confirm/{token}", PUBLIC),
		e(GET,  "/newsletter/unsubscribe/{token}", PUBLIC),
		e(POST, "/newsletter/unsubscribe/{token}", PUBLIC),
		e(GET,  "/boards/{board}", PUBLIC),
		e(GET,  "/boards/{board}/feed.xml", PUBLIC),
		e(GET,  "/boards/{board}/{id:[0-9]{1,18}}", OWNER, Sample.CITIZEN_NETWORK_QUESTION),
		e(GET,  "/boards/{board}/{id:[0-9]{1,18}}/print", OWNER, Sample.CITIZEN_NETWORK_QUESTION),
		e(GET,  "/boards/{board}/ask", SIGNED_IN, Sample.CITIZEN_NETWORK_QUESTION),
		e(POST, "/boards/{board}/ask", SIGNED_IN, Sample.CITIZEN_NETWORK_QUESTION, "title=probe&body=probe&privatePost=true"),
		e(GET,  "/boards/{board}/write", SIGNED_IN),
		e(POST, "/boards/{board}/write", SIGNED_IN, "title=probe&body=probe"),
		e(POST, "/boards/{board}/{id:[0-9]{1,18}}/comments", SIGNED_IN, Sample.MEMBER_FREE_POST, "body=probe"),
		e(POST, "/boards/{board}/{id:[0-9]{1,18}}/report", SIGNED_IN, Sample.MEMBER_FREE_POST, "reason=probe"),
		e(GET,  "/boards/{board}/{id:[0-9]{1,18}}/edit", OWNER, Sample.MEMBER_NETWORK_FREE_POST),
		e(POST, "/boards/{board}/{id:[0-9]{1,18}}/edit", OWNER, Sample.MEMBER_NETWORK_FREE_POST, "title=probe&body=probe"),
		e(POST, "/boards/{board}/{id:[0-9]{1,18}}/delete", OWNER, Sample.MEMBER_NETWORK_FREE_POST),
		e(POST, "/boards/{board}/{id:[0-9]{1,18}}/comments/{comment:[0-9]{1,18}}/edit", OWNER, Sample.CITIZEN_NETWORK_FREE_COMMENT, "body=probe"),
		e(POST, "/boards/{board}/{id:[0-9]{1,18}}/comments/{comment:[0-9]{1,18}}/delete", OWNER, Sample.CITIZEN_NETWORK_FREE_COMMENT),
		e(GET,  "/boards/{board}/{id:[0-9]{1,18}}/question", OWNER, Sample.CITIZEN_NETWORK_QUESTION),
		e(POST, "/boards/{board}/{id:[0-9]{1,18}}/question", OWNER, Sample.CITIZEN_NETWORK_QUESTION, "title=probe&body=probe"),
		e(POST, "/boards/{board}/{id:[0-9]{1,18}}/withdraw", OWNER, Sample.CITIZEN_NETWORK_QUESTION),
		// an attachment of a published post (a private question's attachments only for whoever may read the question)
		e(GET,  "/content/files/{id:[0-9]{1,18}}", PUBLIC),

		// ---- files served after a check of who asks
		e(GET,  "/education/materials/{id}", OWNER, Sample.STAFF_MATERIAL),
		e(GET,  "/consulting/files/{id}", OWNER, Sample.CITIZEN_CONSULTING_FILE),
		e(GET,  "/my/programs/files/{fileId}", OWNER, Sample.CITIZEN_APPLICATION),

		// ---- confirmation pages after booking, asking for consulting and applying: the account that sent it only
		e(GET,  "/c/{slug}/spaces/reservations/{reservationId}", OWNER, Sample.CITIZEN_RESERVATION),
		e(GET,  "/c/{slug}/consulting/requests/{id}", OWNER, Sample.CITIZEN_CONSULTING),
		e(GET,  "/c/{slug}/programs/{callId}/applications/{id}", OWNER, Sample.CITIZEN_APPLICATION),

		// ---- my page: the signed-in account's own data
		e(GET,  "/my", SIGNED_IN),
		e(GET,  "/my/account", SIGNED_IN),
		e(GET,  "/my/developer", SIGNED_IN),
		e(GET,  "/my/delete", SIGNED_IN),
		e(POST, "/my/verify-email", SIGNED_IN),
		e(POST, "/my/profile", SIGNED_IN),
		e(POST, "/my/phone/code", SIGNED_IN),
		e(POST, "/my/phone/confirm", SIGNED_IN),
		e(POST, "/my/password", SIGNED_IN),
		e(POST, "/my/consents/{purpose}/{action}", SIGNED_IN),
		e(POST, "/my/tokens", SIGNED_IN),
		e(POST, "/my/tokens/{id}/revoke", OWNER, Sample.CITIZEN_TOKEN),
		e(POST, "/my/delete", SIGNED_IN),
		e(GET,  "/my/organizations", SIGNED_IN),
		e(POST, "/my/organizations/claims", SIGNED_IN),
		e(GET,  "/my/organizations/{id}", OWNER, Sample.MEMBER_ORGANIZATION),
		e(POST, "/my/organizations/{id}", OWNER, Sample.MEMBER_ORGANIZATION),
		e(POST, "/my/organizations/{id}/products", OWNER, Sample.MEMBER_ORGANIZATION),
		e(GET,  "/my/organizations/{id}/products/{productId}", OWNER, Sample.MEMBER_ORGANIZATION),
		e(POST, "/my/organizations/{id}/products/{productId}", OWNER, Sample.MEMBER_ORGANIZATION),
		e(POST, "/my/organizations/{id}/products/{productId}/delete", OWNER, Sample.MEMBER_ORGANIZATION),
		e(GET,  "/my/organizations/{id}/obligations", OWNER, Sample.MEMBER_ORGANIZATION),
		e(GET,  "/my/organizations/{id}/obligations/evidence/{closure}", OWNER, Sample.MEMBER_ORGANIZATION),
		e(GET,  "/my/notifications", SIGNED_IN),
		e(POST, "/my/notifications/{id}/read", OWNER, Sample.CITIZEN_NOTICE),
		e(POST, "/my/notifications/read-all", SIGNED_IN),
		e(GET,  "/my/notifications/preferences", SIGNED_IN),
		e(POST, "/my/notifications/preferences", SIGNED_IN, "on=BOOKINGS:EMAIL"),
		e(GET,  "/my/organizations/{id}/readiness", OWNER, Sample.MEMBER_ORGANIZATION),
		e(GET,  "/my/organizations/{id}/readiness/evidence/{item}", OWNER, Sample.MEMBER_ORGANIZATION),
		e(GET,  "/my/organizations/{id}/employment", OWNER, Sample.MEMBER_ORGANIZATION),
		e(POST, "/my/organizations/{id}/employment", OWNER, Sample.MEMBER_ORGANIZATION, "year=2999&employees=1&vulnerable=0&newHires=0"),
		e(GET,  "/my/reservations", SIGNED_IN),
		e(POST, "/my/reservations/{id}/cancel", OWNER, Sample.CITIZEN_RESERVATION),
		e(GET,  "/my/reservations/calendar.ics", SIGNED_IN),
		e(POST, "/my/reservations/feed", SIGNED_IN),
		e(GET,  "/my/library", SIGNED_IN),
		e(GET,  "/my/groups", SIGNED_IN),
		e(GET,  "/my/exchange", SIGNED_IN),
		e(POST, "/my/exchange/messages/{id}/reply", OWNER, Sample.MEMBER_EXCHANGE_MESSAGE, "body=probe"),
		e(POST, "/my/library/loans/{id}/renew", OWNER, Sample.CITIZEN_LOAN),
		e(POST, "/my/library/holds/{id}/cancel", OWNER, Sample.MEMBER_HOLD),
		e(GET,  "/my/market/purchases", SIGNED_IN),
		e(POST, "/my/market/purchases/{id}/confirm", OWNER, Sample.MEMBER_PURCHASE),
		e(GET,  "/my/market/inquiries", SIGNED_IN),
		e(GET,  "/my/market/inquiries/{id}", OWNER, Sample.MEMBER_INQUIRY),
		e(POST, "/my/market/inquiries/{id}/answer", OWNER, Sample.MEMBER_INQUIRY),
		e(GET,  "/my/market/fairs", SIGNED_IN),
		e(POST, "/my/market/fairs/{id}/apply", SIGNED_IN, Sample.BUSAN_FAIR, "organization=0"),
		e(POST, "/my/market/fairs/applications/{id}/sales", OWNER, Sample.MEMBER_BOOTH, "won=1"),
		e(GET,  "/my/market/needs", SIGNED_IN),
		e(POST, "/my/market/needs/{id}/respond", SIGNED_IN, Sample.BUSAN_NEED, "organization=0"),
		e(GET,  "/my/education", SIGNED_IN),
		e(POST, "/my/education/{id}/cancel", OWNER, Sample.CITIZEN_ENROLLMENT),
		e(POST, "/my/education/{id}/check-in", OWNER, Sample.CITIZEN_ENROLLMENT),
		e(POST, "/my/education/{id}/survey", OWNER, Sample.CITIZEN_ENROLLMENT),
		e(GET,  "/my/education/{id}/certificate.pdf", OWNER, Sample.CITIZEN_ENROLLMENT),
		e(GET,  "/my/programs", SIGNED_IN),
		e(GET,  "/my/programs/{id}", OWNER, Sample.CITIZEN_APPLICATION),
		e(POST, "/my/programs/{id}", OWNER, Sample.CITIZEN_APPLICATION),
		e(POST, "/my/programs/{id}/autosave", OWNER, Sample.CITIZEN_APPLICATION),
		e(POST, "/my/programs/{id}/files", OWNER, Sample.CITIZEN_APPLICATION, "fieldId={fileFieldId}&file=pdf"),
		e(POST, "/my/programs/{id}/files/{fileId}/delete", OWNER, Sample.CITIZEN_APPLICATION),
		e(POST, "/my/programs/{id}/submit", OWNER, Sample.CITIZEN_APPLICATION),
		e(POST, "/my/programs/{id}/withdraw", OWNER, Sample.CITIZEN_APPLICATION),
		e(GET,  "/my/programs/{id}/reports/{reportId}", OWNER, Sample.MEMBER_APPLICATION),
		e(POST, "/my/programs/{id}/reports/{reportId}", OWNER, Sample.MEMBER_APPLICATION),
		e(POST, "/my/programs/{id}/reports/{reportId}/files", OWNER, Sample.MEMBER_APPLICATION, "fieldId={fieldId}&file=pdf"),
		e(POST, "/my/programs/{id}/reports/{reportId}/submit", OWNER, Sample.MEMBER_APPLICATION),
		e(GET,  "/my/reviews", SIGNED_IN),
		e(GET,  "/my/reviews/{id}", OWNER, Sample.EXPERT_REVIEW),
		e(POST, "/my/reviews/{id}/declare", OWNER, Sample.EXPERT_REVIEW),
		e(POST, "/my/reviews/{id}/scores", OWNER, Sample.EXPERT_REVIEW),
		e(GET,  "/my/incubation", SIGNED_IN),
		e(POST, "/my/incubation/{id}/accept", OWNER, Sample.CITIZEN_TENANCY),
		e(POST, "/my/incubation/{id}/decline", OWNER, Sample.CITIZEN_TENANCY),
		e(GET,  "/my/incubation/{id}/reports/{period}", OWNER, Sample.CITIZEN_TENANCY),
		e(POST, "/my/incubation/{id}/reports/{period}", OWNER, Sample.CITIZEN_TENANCY, "employees=1&revenueWon=0&milestones=probe"),
		e(GET,  "/my/consulting", SIGNED_IN),
		e(GET,  "/my/governance", SIGNED_IN),
		e(GET,  "/my/governance/meetings/{id}", OWNER, Sample.MEMBER_COUNCIL_MEETING),
		e(POST, "/my/governance/meetings/{id}/minutes", OWNER, Sample.MEMBER_COUNCIL_MEETING, "body=probe"),
		e(POST, "/my/governance/meetings/{id}/minutes/revise", OWNER, Sample.MEMBER_COUNCIL_MEETING, "body=probe&reason=probe"),
		e(POST, "/my/governance/meetings/{id}/minutes/approve", OWNER, Sample.MEMBER_COUNCIL_MEETING),
		e(GET,  "/governance/documents/{id}", OWNER, Sample.MEMBER_COUNCIL_DOCUMENT),
		e(GET,  "/my/governance/assessments", SIGNED_IN),
		e(GET,  "/my/governance/assessments/{organizationId}/{centerId}", OWNER, Sample.MEMBER_ASSESSMENT),
		e(POST, "/my/governance/assessments/{organizationId}/{centerId}", OWNER, Sample.MEMBER_ASSESSMENT),
		e(GET,  "/governance/assessments/{id}/evidence", OWNER, Sample.MEMBER_ASSESSMENT),
		e(GET,  "/my/governance/giveback", SIGNED_IN),
		e(POST, "/my/governance/giveback", SIGNED_IN, Sample.NONE,
				"place=1-1&title=probe&beneficiaries=probe&startsOn=2026-01-02&hours=1"),
		e(GET,  "/my/governance/giveback/{id}", OWNER, Sample.MEMBER_GIVEBACK),
		e(POST, "/my/governance/giveback/{id}", OWNER, Sample.MEMBER_GIVEBACK,
				"title=probe&beneficiaries=probe&startsOn=2026-01-02&hours=1"),
		e(GET,  "/my/consulting/{id}", OWNER, Sample.CITIZEN_CONSULTING),
		e(POST, "/my/consulting/{id}/withdraw", OWNER, Sample.CITIZEN_CONSULTING),
		e(POST, "/my/consulting/{id}/rating", OWNER, Sample.CITIZEN_CONSULTING, "rating=1&comment=probe"),
		e(POST, "/my/consulting/{id}/files", OWNER, Sample.CITIZEN_CONSULTING, "file=pdf"),
		e(GET,  "/my/assignments", SIGNED_IN),
		e(GET,  "/my/assignments/{id}", OWNER, Sample.EXPERT_ASSIGNMENT),
		e(POST, "/my/assignments/{id}/accept", OWNER, Sample.EXPERT_ASSIGNMENT),
		e(POST, "/my/assignments/{id}/decline", OWNER, Sample.EXPERT_ASSIGNMENT),
		e(POST, "/my/assignments/{id}/sessions", OWNER, Sample.EXPERT_ASSIGNMENT, "date=2027-03-03&time=10:00&minutes=60&mode=ONLINE"),
		e(POST, "/my/assignments/{id}/sessions/{sessionId}/record", OWNER, Sample.EXPERT_ASSIGNMENT),
		e(POST, "/my/assignments/{id}/sessions/{sessionId}/cancel", OWNER, Sample.EXPERT_ASSIGNMENT),
		e(POST, "/my/assignments/{id}/complete", OWNER, Sample.EXPERT_ASSIGNMENT),

		// ---- staff back office: pages of all the staff member's centers (a center chosen by ?center= is checked like a record)
		e(GET,  "/admin", STAFF),
		e(GET,  "/admin/dashboard", STAFF),
		e(GET,  "/admin/centers", STAFF),
		e(GET,  "/admin/holidays", STAFF),
		e(GET,  "/admin/members", STAFF),
		e(GET,  "/admin/members/export", STAFF),
		e(POST, "/admin/members/export", STAFF),
		// the organization list and its export narrow ?center= to the staff member's centers (an empty list, not a 403):
		// AccessControlProbes.anotherCentersOrganizationsAreNeitherListedNorExported
		e(GET,  "/admin/organizations", STAFF),
		e(GET,  "/admin/organizations/new", STAFF),
		e(POST, "/admin/organizations/new", STAFF),
		e(GET,  "/admin/organizations/expiring", STAFF),
		e(GET,  "/admin/organizations/obligations", STAFF),
		e(GET,  "/admin/organizations/pipeline", STAFF),
		e(POST, "/admin/organizations/pipeline/teams", STAFF, "name=&stage=DISCOVERED"),
		e(GET,  "/admin/organizations/claims", STAFF),
		e(GET,  "/admin/organizations/import", STAFF),
		e(POST, "/admin/organizations/import", STAFF),
		e(GET,  "/admin/organizations/import/done", STAFF),
		e(GET,  "/admin/organizations/export", STAFF),
		e(POST, "/admin/organizations/export", STAFF),
		e(GET,  "/admin/organizations/import/samples/{sample}", STAFF),
		e(GET,  "/admin/spaces", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/spaces/new", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/spaces/new", STAFF),
		e(GET,  "/admin/spaces/queue", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/notifications", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/notifications/providers", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/notifications/providers", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/notifications/providers/remove", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/notifications/providers/templates", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/notifications/providers/templates/remove", STAFF_OF, Sample.GIMHAE_CENTER,
				"center={gimhae}&kind=RESERVATION_APPROVED"),
		e(GET,  "/admin/spaces/calendar", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/spaces/usage", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/spaces/usage.xlsx", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&month=2026-12"),
		e(GET,  "/admin/education", STAFF),
		e(GET,  "/admin/education/new", STAFF),
		e(POST, "/admin/education/new", STAFF),
		e(GET,  "/admin/education/instructors", STAFF),
		e(POST, "/admin/education/instructors", STAFF),
		e(GET,  "/admin/programs", STAFF),
		e(GET,  "/admin/programs/new", STAFF),
		e(POST, "/admin/programs/new", STAFF),
		e(GET,  "/admin/incubation", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/incubation/offices", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/incubation/offices/new", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/incubation/offices/new", STAFF),
		e(GET,  "/admin/incubation/tenancies", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/incubation/tenancies/new", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/incubation/tenancies/export", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&reason=보안 점검 목적의 내려받기"),
		e(POST, "/admin/incubation/tenancies/new", STAFF),
		e(GET,  "/admin/library", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/library/desk", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/library/desk/checkout", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&member=probe@example.kr&barcode=0"),
		e(POST, "/admin/library/desk/checkin", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&barcode=0"),
		e(GET,  "/admin/library/overdue", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/library/cards", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/library/cards", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&member=probe@example.kr&cardNumber=PROBE-1"),
		e(GET,  "/admin/library/rules", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/library/rules", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&loanDays=14&maxRenewals=1&maxLoans=5&pickupDays=3&blockWhenOverdue=true"),
		e(GET,  "/admin/library/books/new", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/library/books/new", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&isbn=0&title=probe&authors=probe&copies=1"),
		e(GET,  "/admin/library/books/{id}", STAFF_OF, Sample.GIMHAE_BOOK),
		e(POST, "/admin/library/books/{id}/copies", STAFF_OF, Sample.GIMHAE_BOOK),
		e(POST, "/admin/library/books/{id}/cover", STAFF_OF, Sample.GIMHAE_BOOK),
		e(POST, "/admin/library/books/{id}/copies/{copyId}/lost", STAFF_OF, Sample.GIMHAE_BOOK),
		e(POST, "/admin/library/books/{id}/copies/{copyId}/withdraw", STAFF_OF, Sample.GIMHAE_BOOK),
		e(GET,  "/admin/community/groups", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/community/groups/{id}/approve", STAFF_OF, Sample.GIMHAE_GROUP, "center={gimhae}"),
		e(POST, "/admin/community/groups/{id}/reject", STAFF_OF, Sample.GIMHAE_GROUP, "center={gimhae}&note=probe"),
		e(GET,  "/admin/community/exchange", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/community/exchange/settings", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&citizensMayRead=true"),
		e(POST, "/admin/community/exchange/{id}/confirm", STAFF_OF, Sample.GIMHAE_EXCHANGE_POST, "center={gimhae}"),
		e(POST, "/admin/community/exchange/{id}/dismiss", STAFF_OF, Sample.GIMHAE_EXCHANGE_POST, "center={gimhae}"),
		e(POST, "/admin/community/exchange/{id}/hide", STAFF_OF, Sample.GIMHAE_EXCHANGE_POST, "center={gimhae}"),
		e(POST, "/admin/community/exchange/{id}/restore", STAFF_OF, Sample.GIMHAE_EXCHANGE_POST, "center={gimhae}"),
		e(POST, "/admin/community/exchange/{id}/comments/{commentId}/delete", STAFF_OF, Sample.GIMHAE_EXCHANGE_POST, "center={gimhae}"),
		e(GET,  "/admin/consulting", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/market", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/market/refresh", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/market/products/{id}", STAFF_OF, Sample.GIMHAE_PRODUCT),
		e(POST, "/admin/market/products/{id}", STAFF_OF, Sample.GIMHAE_PRODUCT, "minOrder=probe"),
		e(POST, "/admin/market/products/{id}/featured", STAFF_OF, Sample.GIMHAE_PRODUCT, "featured=false"),
		e(GET,  "/admin/market/categories", STAFF),
		e(POST, "/admin/market/categories", STAFF),
		e(POST, "/admin/market/categories/{id}", STAFF),
		e(POST, "/admin/market/categories/{id}/delete", STAFF),
		e(GET,  "/admin/market/inquiries", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/market/procurement", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/market/procurement.xlsx", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/market/buyers", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/market/buyers", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&name=probe&kind=LOCAL_GOVERNMENT&sido=probe"),
		e(GET,  "/admin/market/buyers/{id}", STAFF_OF, Sample.GIMHAE_BUYER),
		e(POST, "/admin/market/buyers/{id}", STAFF_OF, Sample.GIMHAE_BUYER, "name=probe&kind=LOCAL_GOVERNMENT&sido=probe"),
		e(POST, "/admin/market/buyers/{id}/targets", STAFF_OF, Sample.GIMHAE_BUYER, "year=2010&won=1"),
		e(GET,  "/admin/market/fairs", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/market/fairs", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&title=probe&booths=1"),
		e(GET,  "/admin/market/fairs/{id}", STAFF_OF, Sample.BUSAN_FAIR, "center={busan}"),
		e(POST, "/admin/market/fairs/{id}/applications/{application}/assign", STAFF_OF, Sample.BUSAN_FAIR, "center={busan}"),
		e(POST, "/admin/market/fairs/{id}/applications/{application}/unassign", STAFF_OF, Sample.BUSAN_FAIR, "center={busan}"),
		e(POST, "/admin/market/fairs/{id}/applications/{application}/decline", STAFF_OF, Sample.BUSAN_FAIR, "center={busan}"),
		e(POST, "/admin/market/fairs/{id}/applications/{application}/sales", STAFF_OF, Sample.BUSAN_FAIR, "center={busan}&won=1"),
		e(GET,  "/admin/market/needs", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/market/needs", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&title=probe"),
		e(GET,  "/admin/market/needs/{id}", STAFF_OF, Sample.BUSAN_NEED, "center={busan}"),
		e(POST, "/admin/market/needs/{id}/publish", STAFF_OF, Sample.BUSAN_NEED, "center={busan}"),
		e(POST, "/admin/market/needs/{id}/responses/{response}/decide", STAFF_OF, Sample.BUSAN_NEED, "center={busan}&decision=SELECTED"),
		e(POST, "/admin/market/needs/{id}/close", STAFF_OF, Sample.BUSAN_NEED, "center={busan}"),
		e(GET,  "/admin/market/needs/{id}/responses/{response}/file", STAFF_OF, Sample.BUSAN_NEED, "center={busan}"),
		e(GET,  "/admin/market/purchases", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/market/purchases", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&amountWon=1&contractDate=2010-01-01&method=OTHER"),
		e(POST, "/admin/market/purchases/{id}/delete", STAFF_OF, Sample.GIMHAE_PURCHASE),
		e(GET,  "/admin/market/purchases/import", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/market/purchases/import", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/market/purchases/import/done", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/market/purchases/import/{id}", STAFF_OF, Sample.GIMHAE_PURCHASE_IMPORT),
		e(POST, "/admin/market/purchases/import/{id}/confirm", STAFF_OF, Sample.GIMHAE_PURCHASE_IMPORT),
		e(POST, "/admin/market/purchases/import/{id}/discard", STAFF_OF, Sample.GIMHAE_PURCHASE_IMPORT),
		e(GET,  "/admin/organizations/employment/import", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/organizations/employment/import", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/organizations/employment/import/done", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/organizations/employment/import/{id}", STAFF_OF, Sample.GIMHAE_EMPLOYMENT_IMPORT),
		e(POST, "/admin/organizations/employment/import/{id}/confirm", STAFF_OF, Sample.GIMHAE_EMPLOYMENT_IMPORT),
		e(POST, "/admin/organizations/employment/import/{id}/discard", STAFF_OF, Sample.GIMHAE_EMPLOYMENT_IMPORT),
		e(POST, "/admin/consulting/export", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&reason=보안 점검 목적의 내려받기"),
		e(GET,  "/admin/consulting/experts", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/consulting/experts/new", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/consulting/experts/new", STAFF),
		e(GET,  "/admin/consulting/agreements", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/consulting/agreements", STAFF),
		e(GET,  "/admin/governance", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/governance/councils", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&name=probe&quorum=1"),
		e(GET,  "/admin/governance/councils/{id}", STAFF_OF, Sample.GIMHAE_COUNCIL, "center={gimhae}"),
		e(POST, "/admin/governance/councils/{id}", STAFF_OF, Sample.GIMHAE_COUNCIL, "center={gimhae}&name=probe&quorum=1"),
		e(POST, "/admin/governance/councils/{id}/members", STAFF_OF, Sample.GIMHAE_COUNCIL,
				"center={gimhae}&name=probe&role=MEMBER&termStart=2026-01-01&termEnd=2026-12-31"),
		e(POST, "/admin/governance/councils/{id}/meetings", STAFF_OF, Sample.GIMHAE_COUNCIL,
				"center={gimhae}&title=probe&day=2026-06-01&from=10:00&until=11:00&place=probe"),
		e(GET,  "/admin/governance/meetings/{id}", STAFF_OF, Sample.GIMHAE_COUNCIL_MEETING, "center={gimhae}"),
		e(POST, "/admin/governance/meetings/{id}/agenda", STAFF_OF, Sample.GIMHAE_COUNCIL_MEETING, "center={gimhae}&title=probe"),
		e(POST, "/admin/governance/meetings/{id}/documents", STAFF_OF, Sample.GIMHAE_COUNCIL_MEETING, "center={gimhae}&file=pdf"),
		e(POST, "/admin/governance/meetings/{id}/invite", STAFF_OF, Sample.GIMHAE_COUNCIL_MEETING, "center={gimhae}"),
		e(POST, "/admin/governance/meetings/{id}/attendance", STAFF_OF, Sample.GIMHAE_COUNCIL_MEETING, "center={gimhae}"),
		e(POST, "/admin/governance/meetings/{id}/agenda/{itemId}/decision", STAFF_OF, Sample.GIMHAE_COUNCIL_MEETING,
				"center={gimhae}&decision=DEFERRED"),
		e(GET,  "/admin/governance/assessments", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/governance/assessments/indicators", STAFF_OF, Sample.GIMHAE_CENTER,
				"center={gimhae}&year=2026&area=SOCIAL&kind=YES_NO&title=probe&weight=10"),
		e(GET,  "/admin/governance/assessments/{id}", STAFF_OF, Sample.BUSAN_ASSESSMENT, "center={busan}"),
		e(POST, "/admin/governance/assessments/{id}/return", STAFF_OF, Sample.BUSAN_ASSESSMENT, "center={busan}&note=probe"),
		e(POST, "/admin/governance/assessments/{id}/accept", STAFF_OF, Sample.BUSAN_ASSESSMENT, "center={busan}"),
		e(GET,  "/admin/governance/assessments/organizations/{organizationId}", STAFF_OF, Sample.BUSAN_ASSESSMENT,
				"center={busan}"),
		e(GET,  "/admin/governance/giveback", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/governance/giveback", STAFF_OF, Sample.GIMHAE_CENTER,
				"center={gimhae}&businessNumber=probe&title=probe&beneficiaries=probe&startsOn=2026-01-02&hours=1"),
		e(POST, "/admin/governance/giveback/{id}/accept", STAFF_OF, Sample.BUSAN_GIVEBACK, "center={busan}"),
		e(POST, "/admin/governance/giveback/{id}/return", STAFF_OF, Sample.BUSAN_GIVEBACK, "center={busan}&note=probe"),
		e(GET,  "/admin/governance/report", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&year=2026"),
		e(GET,  "/admin/governance/report.xlsx", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&year=2026"),
		e(GET,  "/admin/governance/report.pdf", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&year=2026"),
		e(GET,  "/admin/governance/partners", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/governance/partners", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&name=probe&kind=SCHOOL"),
		e(GET,  "/admin/governance/partners/{id}", STAFF_OF, Sample.GIMHAE_PARTNER, "center={gimhae}"),
		e(POST, "/admin/governance/partners/{id}/mous", STAFF_OF, Sample.GIMHAE_PARTNER,
				"center={gimhae}&signedOn=2026-01-01&startsOn=2026-01-01&endsOn=2026-12-31&purpose=probe"),
		e(POST, "/admin/governance/mous/{id}/renew", STAFF_OF, Sample.GIMHAE_MOU,
				"center={gimhae}&partner={partnerId}&endsOn=2099-01-01"),
		e(POST, "/admin/governance/mous/{id}/activities", STAFF_OF, Sample.GIMHAE_MOU,
				"center={gimhae}&partner={partnerId}&happenedOn=2026-01-01&kind=OTHER&note=probe"),
		e(GET,  "/admin/governance/mous/{id}/document", STAFF_OF, Sample.GIMHAE_MOU),
		e(GET,  "/admin/content", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/content/reports", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/content/home", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/content/home/banners", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&altText=probe&linkUrl=/"),
		e(POST, "/admin/content/home/links", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&label=probe&url=/"),
		e(POST, "/admin/content/home/popups", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&title=probe&body=probe"),
		e(GET,  "/admin/content/pages", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/content/pages/greeting", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&body=probe"),
		e(POST, "/admin/content/pages/directions", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&body=probe"),
		e(POST, "/admin/content/pages/history", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&year=2020&text=probe"),
		e(POST, "/admin/content/pages/members", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&team=probe&name=probe"),
		e(GET,  "/admin/content/newsletter", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(GET,  "/admin/content/newsletter/new", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/content/newsletter/new", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&subject=probe&intro=probe"),
		e(GET,  "/admin/content/newsletter/subscribers", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		// a center's own policies (its staff); center=0, the network's, is for system administrators
		e(GET,  "/admin/content/policies", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}"),
		e(POST, "/admin/content/policies", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&kind=privacy&body=probe"),
		e(POST, "/admin/content/boards", STAFF_OF, Sample.GIMHAE_CENTER, "center={gimhae}&kind=NOTICE&name=probe&slug=probe-board"),

		// ---- staff back office: one center's records (staff of another center are refused)
		e(GET,  "/admin/centers/{id}", STAFF_OF, Sample.GIMHAE_CENTER),
		e(POST, "/admin/centers/{id}", STAFF_OF, Sample.GIMHAE_CENTER),
		e(POST, "/admin/centers/{id}/contacts", STAFF_OF, Sample.GIMHAE_CENTER),
		e(POST, "/admin/centers/{id}/contacts/{contactId}/delete", STAFF_OF, Sample.GIMHAE_CENTER),
		e(POST, "/admin/centers/{id}/sites", STAFF_OF, Sample.GIMHAE_CENTER),
		e(GET,  "/admin/centers/{id}/sites/{siteId}", STAFF_OF, Sample.GIMHAE_CENTER),
		e(POST, "/admin/centers/{id}/sites/{siteId}", STAFF_OF, Sample.GIMHAE_CENTER),
		e(POST, "/admin/centers/{id}/sites/{siteId}/hours", STAFF_OF, Sample.GIMHAE_CENTER),
		e(POST, "/admin/centers/{id}/sites/{siteId}/exceptions", STAFF_OF, Sample.GIMHAE_CENTER),
		e(POST, "/admin/centers/{id}/sites/{siteId}/exceptions/{exceptionId}/delete", STAFF_OF, Sample.GIMHAE_CENTER),
		e(GET,  "/admin/centers/{id}/visitors", STAFF_OF, Sample.GIMHAE_CENTER),
		e(POST, "/admin/centers/{id}/visitors", STAFF_OF, Sample.GIMHAE_CENTER),
		e(GET,  "/admin/members/{id}", STAFF_OF, Sample.GIMHAE_MEMBER),
		e(POST, "/admin/members/{id}/guardian", STAFF_OF, Sample.GIMHAE_MEMBER),
		e(GET,  "/admin/organizations/{id}", STAFF_OF, Sample.GIMHAE_ORGANIZATION),
		e(POST, "/admin/organizations/{id}", STAFF_OF, Sample.GIMHAE_ORGANIZATION),
		e(POST, "/admin/organizations/{id}/status", STAFF_OF, Sample.GIMHAE_ORGANIZATION, "status=SUSPENDED"),
		e(POST, "/admin/organizations/{id}/designations", STAFF_OF, Sample.GIMHAE_ORGANIZATION),
		e(GET,  "/admin/organizations/{id}/designations/{designationId}", STAFF_OF, Sample.GIMHAE_ORGANIZATION),
		e(POST, "/admin/organizations/{id}/designations/{designationId}", STAFF_OF, Sample.GIMHAE_ORGANIZATION),
		e(POST, "/admin/organizations/{id}/designations/{designationId}/cancel", STAFF_OF, Sample.GIMHAE_ORGANIZATION),
		e(POST, "/admin/organizations/{id}/merge", STAFF_OF, Sample.GIMHAE_ORGANIZATION, "duplicateId={id}"),
		e(GET,  "/admin/organizations/{id}/obligations", STAFF_OF, Sample.GIMHAE_ORGANIZATION),
		e(GET,  "/admin/organizations/{id}/stage", STAFF_OF, Sample.GIMHAE_ORGANIZATION),
		e(GET,  "/admin/organizations/{id}/readiness", STAFF_OF, Sample.GIMHAE_ORGANIZATION),
		e(POST, "/admin/organizations/{id}/readiness/start", STAFF_OF, Sample.GIMHAE_ORGANIZATION, "track="),
		e(POST, "/admin/organizations/{id}/readiness/items/{requirement}", STAFF_OF, Sample.GIMHAE_ORGANIZATION, "state=MET"),
		e(GET,  "/admin/organizations/{id}/readiness/evidence/{item}", STAFF_OF, Sample.GIMHAE_ORGANIZATION),
		e(GET,  "/admin/organizations/{id}/employment", STAFF_OF, Sample.GIMHAE_ORGANIZATION),
		e(POST, "/admin/organizations/{id}/employment", STAFF_OF, Sample.GIMHAE_ORGANIZATION, "year=2999&employees=1&vulnerable=0&newHires=0"),
		e(POST, "/admin/organizations/{id}/stage", STAFF_OF, Sample.GIMHAE_ORGANIZATION, "stage=FOUNDED&on=2999-01-01"),
		e(POST, "/admin/organizations/{id}/obligations/close", STAFF_OF, Sample.GIMHAE_ORGANIZATION, "key=d0-BUSINESS_REPORT-2000-04-30&note=probe"),
		e(POST, "/admin/organizations/{id}/obligations/responsible", STAFF_OF, Sample.GIMHAE_ORGANIZATION),
		e(GET,  "/admin/organizations/{id}/obligations/evidence/{closure}", STAFF_OF, Sample.GIMHAE_OBLIGATION),
		e(POST, "/admin/organizations/claims/{claimId}/approve", STAFF_OF, Sample.GIMHAE_CLAIM),
		e(POST, "/admin/organizations/claims/{claimId}/reject", STAFF_OF, Sample.GIMHAE_CLAIM),
		e(GET,  "/admin/organizations/import/{id}", STAFF_OF, Sample.GIMHAE_IMPORT),
		e(POST, "/admin/organizations/import/{id}/confirm", STAFF_OF, Sample.GIMHAE_IMPORT),
		e(POST, "/admin/organizations/import/{id}/discard", STAFF_OF, Sample.GIMHAE_IMPORT),
		e(GET,  "/admin/spaces/{id}", STAFF_OF, Sample.GIMHAE_SPACE),
		e(POST, "/admin/spaces/{id}", STAFF_OF, Sample.GIMHAE_SPACE),
		e(POST, "/admin/spaces/{id}/photos", STAFF_OF, Sample.GIMHAE_SPACE),
		e(POST, "/admin/spaces/{id}/photos/{photoId}/delete", STAFF_OF, Sample.GIMHAE_SPACE),
		e(POST, "/admin/spaces/reservations/{id}/approve", STAFF_OF, Sample.GIMHAE_RESERVATION, "center={gimhae}"),
		e(POST, "/admin/spaces/reservations/{id}/reject", STAFF_OF, Sample.GIMHAE_RESERVATION, "center={gimhae}&reason=probe"),
		e(POST, "/admin/spaces/reservations/{id}/no-show", STAFF_OF, Sample.GIMHAE_RESERVATION, "center={gimhae}"),
		e(GET,  "/admin/education/{id}", STAFF_OF, Sample.GIMHAE_COURSE),
		e(POST, "/admin/education/{id}", STAFF_OF, Sample.GIMHAE_COURSE),
		e(POST, "/admin/education/{id}/sessions", STAFF_OF, Sample.GIMHAE_COURSE),
		e(POST, "/admin/education/{id}/sessions/{sessionId}/delete", STAFF_OF, Sample.GIMHAE_COURSE),
		e(GET,  "/admin/education/{id}/sessions/{sessionId}", STAFF_OF, Sample.GIMHAE_COURSE),
		e(POST, "/admin/education/{id}/sessions/{sessionId}", STAFF_OF, Sample.GIMHAE_COURSE),
		e(POST, "/admin/education/{id}/materials", STAFF_OF, Sample.GIMHAE_COURSE),
		e(POST, "/admin/education/{id}/materials/{materialId}/delete", STAFF_OF, Sample.GIMHAE_COURSE),
		e(POST, "/admin/education/{id}/questions", STAFF_OF, Sample.GIMHAE_COURSE),
		e(POST, "/admin/education/{id}/questions/{questionId}/delete", STAFF_OF, Sample.GIMHAE_COURSE),
		e(GET,  "/admin/education/{id}/roster", STAFF_OF, Sample.GIMHAE_COURSE),
		e(POST, "/admin/education/{id}/roster/export", STAFF_OF, Sample.GIMHAE_COURSE, "reason=보안 점검 목적의 내려받기"),
		e(POST, "/admin/education/{id}/enrollments/{enrollmentId}/{decision:approve|reject|cancel}", STAFF_OF, Sample.GIMHAE_COURSE),
		e(POST, "/admin/education/{id}/groups", STAFF_OF, Sample.GIMHAE_COURSE),
		e(GET,  "/admin/education/{id}/enrollments/{enrollmentId}/certificate.pdf", STAFF_OF, Sample.GIMHAE_COURSE),
		e(GET,  "/admin/education/{id}/sessions/{sessionId}/attendance", STAFF_OF, Sample.GIMHAE_COURSE),
		e(POST, "/admin/education/{id}/sessions/{sessionId}/attendance", STAFF_OF, Sample.GIMHAE_COURSE),
		e(GET,  "/admin/education/{id}/survey", STAFF_OF, Sample.GIMHAE_COURSE),
		e(POST, "/admin/education/instructors/{id}/trained", STAFF_OF, Sample.GIMHAE_INSTRUCTOR),
		e(GET,  "/admin/programs/{id}", STAFF_OF, Sample.GIMHAE_CALL),
		e(POST, "/admin/programs/{id}", STAFF_OF, Sample.GIMHAE_CALL),
		e(POST, "/admin/programs/{id}/fields", STAFF_OF, Sample.GIMHAE_CALL),
		e(POST, "/admin/programs/{id}/fields/{fieldId}/delete", STAFF_OF, Sample.GIMHAE_CALL),
		e(POST, "/admin/programs/{id}/criteria", STAFF_OF, Sample.GIMHAE_CALL),
		e(POST, "/admin/programs/{id}/criteria/{criterionId}/delete", STAFF_OF, Sample.GIMHAE_CALL),
		e(GET,  "/admin/programs/{id}/applications", STAFF_OF, Sample.GIMHAE_CALL),
		e(POST, "/admin/programs/{id}/applications/export", STAFF_OF, Sample.GIMHAE_CALL, "reason=보안 점검 목적의 내려받기"),
		e(POST, "/admin/programs/{id}/publish", STAFF_OF, Sample.GIMHAE_CALL),
		e(POST, "/admin/programs/{id}/announce", STAFF_OF, Sample.GIMHAE_CALL),
		e(GET,  "/admin/programs/{id}/applications/{applicationId}", STAFF_OF, Sample.GIMHAE_CALL),
		e(POST, "/admin/programs/{id}/applications/{applicationId}/screen", STAFF_OF, Sample.GIMHAE_CALL),
		e(POST, "/admin/programs/{id}/applications/{applicationId}/reviewers", STAFF_OF, Sample.GIMHAE_CALL),
		e(POST, "/admin/programs/{id}/applications/{applicationId}/reviewers/{reviewId}/withdraw", STAFF_OF, Sample.GIMHAE_CALL),
		e(POST, "/admin/programs/{id}/applications/{applicationId}/decision", STAFF_OF, Sample.GIMHAE_CALL),
		e(POST, "/admin/programs/{id}/applications/{applicationId}/agreement", STAFF_OF, Sample.GIMHAE_CALL),
		e(POST, "/admin/programs/{id}/applications/{applicationId}/reports", STAFF_OF, Sample.GIMHAE_CALL),
		e(GET,  "/admin/incubation/offices/{id}", STAFF_OF, Sample.GIMHAE_OFFICE),
		e(POST, "/admin/incubation/offices/{id}", STAFF_OF, Sample.GIMHAE_OFFICE),
		e(POST, "/admin/incubation/offices/{id}/delete", STAFF_OF, Sample.GIMHAE_OFFICE),
		e(GET,  "/admin/incubation/tenancies/{id}", STAFF_OF, Sample.GIMHAE_TENANCY),
		e(POST, "/admin/incubation/tenancies/{id}/answer", STAFF_OF, Sample.GIMHAE_TENANCY, "accepted=false"),
		e(POST, "/admin/incubation/tenancies/{id}/assign", STAFF_OF, Sample.GIMHAE_TENANCY),
		e(POST, "/admin/incubation/tenancies/{id}/extend", STAFF_OF, Sample.GIMHAE_TENANCY),
		e(POST, "/admin/incubation/tenancies/{id}/fee", STAFF_OF, Sample.GIMHAE_TENANCY),
		e(POST, "/admin/incubation/tenancies/{id}/checklist/{itemId}", STAFF_OF, Sample.GIMHAE_TENANCY),
		e(POST, "/admin/incubation/tenancies/{id}/checklist", STAFF_OF, Sample.GIMHAE_TENANCY),
		e(POST, "/admin/incubation/tenancies/{id}/exit", STAFF_OF, Sample.GIMHAE_TENANCY),
		e(GET,  "/admin/consulting/requests/{id}", STAFF_OF, Sample.GIMHAE_CONSULTING),
		e(POST, "/admin/consulting/requests/{id}/assign", STAFF_OF, Sample.GIMHAE_CONSULTING),
		e(POST, "/admin/consulting/requests/{id}/answer", STAFF_OF, Sample.GIMHAE_CONSULTING),
		e(POST, "/admin/consulting/requests/{id}/sessions/{sessionId}/record", STAFF_OF, Sample.GIMHAE_CONSULTING),
		e(POST, "/admin/consulting/requests/{id}/sessions/{sessionId}/cancel", STAFF_OF, Sample.GIMHAE_CONSULTING),
		e(POST, "/admin/consulting/requests/{id}/resolve", STAFF_OF, Sample.GIMHAE_CONSULTING),
		e(POST, "/admin/consulting/requests/{id}/sessions", STAFF_OF, Sample.GIMHAE_CONSULTING),
		e(POST, "/admin/consulting/requests/{id}/complete", STAFF_OF, Sample.GIMHAE_CONSULTING),
		e(GET,  "/admin/consulting/experts/{id}", STAFF_OF, Sample.GIMHAE_EXPERT),
		e(POST, "/admin/consulting/experts/{id}", STAFF_OF, Sample.GIMHAE_EXPERT),
		e(POST, "/admin/consulting/agreements/{id}/end", STAFF_OF, Sample.GIMHAE_AGREEMENT, "center={gimhae}"),
		// boards of a center: its staff (the network's own boards: system administrators, Boards.requireManager)
		e(POST, "/admin/content/home/banners/{id}/{change:up|down|delete}", STAFF_OF, Sample.GIMHAE_BANNER, "center={gimhae}"),
		e(POST, "/admin/content/home/links/{id}/{change:up|down|delete}", STAFF_OF, Sample.GIMHAE_QUICK_LINK, "center={gimhae}"),
		e(POST, "/admin/content/home/popups/{id}/delete", STAFF_OF, Sample.GIMHAE_POPUP, "center={gimhae}"),
		e(POST, "/admin/content/pages/history/{id}/delete", STAFF_OF, Sample.GIMHAE_HISTORY, "center={gimhae}"),
		e(POST, "/admin/content/pages/members/{id}/{change:up|down|delete}", STAFF_OF, Sample.GIMHAE_ORG_MEMBER, "center={gimhae}"),
		e(GET,  "/admin/content/newsletter/issues/{id}", STAFF_OF, Sample.GIMHAE_NEWSLETTER_ISSUE),
		e(POST, "/admin/content/newsletter/issues/{id}", STAFF_OF, Sample.GIMHAE_NEWSLETTER_ISSUE, "subject=probe&intro=probe"),
		e(POST, "/admin/content/newsletter/issues/{id}/send", STAFF_OF, Sample.GIMHAE_NEWSLETTER_ISSUE),
		e(POST, "/admin/content/newsletter/issues/{id}/test", STAFF_OF, Sample.GIMHAE_NEWSLETTER_ISSUE),
		e(POST, "/admin/content/newsletter/subscribers/{id}/delete", STAFF_OF, Sample.GIMHAE_SUBSCRIBER),
		e(GET,  "/admin/content/boards/{id}", STAFF_OF, Sample.GIMHAE_BOARD),
		e(POST, "/admin/content/boards/{id}", STAFF_OF, Sample.GIMHAE_BOARD, "name=probe"),
		e(POST, "/admin/content/boards/{id}/{change:on|off|up|down}", STAFF_OF, Sample.GIMHAE_BOARD),
		e(GET,  "/admin/content/boards/{id}/posts/new", STAFF_OF, Sample.GIMHAE_BOARD),
		e(POST, "/admin/content/boards/{id}/posts/new", STAFF_OF, Sample.GIMHAE_BOARD, "title=probe&body=probe"),
		e(GET,  "/admin/content/posts/{id}", STAFF_OF, Sample.GIMHAE_POST),
		e(POST, "/admin/content/posts/{id}", STAFF_OF, Sample.GIMHAE_POST, "title=probe&body=probe"),
		e(POST, "/admin/content/posts/{id}/delete", STAFF_OF, Sample.GIMHAE_POST),
		e(POST, "/admin/content/posts/{id}/{change:hide|restore}", STAFF_OF, Sample.GIMHAE_POST),
		e(POST, "/admin/content/posts/{id}/answer", STAFF_OF, Sample.GIMHAE_QUESTION, "answer=probe"),
		e(POST, "/admin/content/comments/{id}/{change:hide|restore}", STAFF_OF, Sample.GIMHAE_COMMENT),
		e(POST, "/admin/content/reports/{id}/resolve", STAFF_OF, Sample.GIMHAE_REPORT, "center={gimhae}"),

		// ---- system administrators only
		e(GET,  "/admin/centers/new", ADMIN),
		e(POST, "/admin/centers/new", ADMIN),
		e(POST, "/admin/holidays", ADMIN),
		e(POST, "/admin/holidays/{holidayId}/delete", ADMIN, "year=2026"),
		e(POST, "/admin/members/{id}/roles", ADMIN, Sample.GIMHAE_MEMBER, "role=SYSTEM_ADMIN"),
		e(POST, "/admin/members/{id}/roles/revoke", ADMIN, Sample.GIMHAE_MEMBER, "role=CITIZEN"),
		e(GET,  "/admin/audit/access", ADMIN),
		e(GET,  "/admin/audit/roles", ADMIN),
		e(GET,  "/admin/outbox", ADMIN),
		e(GET,  "/admin/outbox/{id}", ADMIN),
		e(POST, "/admin/outbox/{id}/retry", ADMIN),
		e(GET,  "/admin/organizations/search-index", ADMIN),
		e(POST, "/admin/organizations/search-index", ADMIN),

		// ---- JSON API
		e(GET,  "/api/v1/centers", API_PUBLIC),
		e(GET,  "/api/v1/centers/{slug}", API_PUBLIC),
		e(GET,  "/api/v1/public/organizations/{id}", API_PUBLIC),
		e(GET,  "/api/v1/organizations", API_PUBLIC),
		e(GET,  "/api/v1/organizations/{id}/obligations", API_OWNER, Sample.MEMBER_ORGANIZATION),
		e(GET,  "/api/v1/stats/network", API_PUBLIC),
		e(GET,  "/api/v1/stats/centers/{slug}", API_PUBLIC),
		e(GET,  "/api/v1/programs", API_PUBLIC),
		e(GET,  "/api/v1/courses", API_PUBLIC),
		e(GET,  "/api/v1/courses/{id}", API_PUBLIC),
		e(GET,  "/api/v1/spaces/{id}/availability", API_PUBLIC),
		e(GET,  "/api/v1/me", API_SIGNED_IN),
		e(POST, "/api/v1/courses/{id}/enrollments", API_SIGNED_IN),
		e(POST, "/api/v1/courses/enrollments/{enrollmentId}/cancel", API_OWNER, Sample.CITIZEN_ENROLLMENT),
		e(GET,  "/api/v1/courses/enrollments/mine", API_SIGNED_IN),
		e(GET,  "/api/v1/library/books", API_PUBLIC, Sample.NONE, "center=gimhae"),
		e(GET,  "/api/v1/library/loans/mine", API_SIGNED_IN),
		e(GET,  "/api/v1/library/holds/mine", API_SIGNED_IN),
		e(POST, "/api/v1/spaces/{id}/reservations", API_SIGNED_IN),
		e(GET,  "/api/v1/spaces/reservations", API_SIGNED_IN),
		e(POST, "/api/v1/spaces/reservations/{reservationId}/cancel", API_OWNER, Sample.CITIZEN_RESERVATION),
		e(GET,  "/api/v1/spaces/reservations/calendar.ics", API_SIGNED_IN),
		e(GET,  "/api/v1/consulting/requests", API_SIGNED_IN),
		e(GET,  "/api/v1/consulting/requests/{id}", API_OWNER, Sample.CITIZEN_CONSULTING));
	// @formatter:on

	/**
	 * Mappings that are not Ieum's pages (framework endpoints such as the OpenAPI description and the
	 * error page) and test-only controllers; they carry no data of anyone.
	 */
	static final List<String> NOT_IEUM = List.of("/error", "/v3/api-docs", "/swagger-ui", "/test-only/");

	static Stream<Endpoint> all() {
		return ALL.stream();
	}

	static Stream<Endpoint> with(Access... accesses) {
		List<Access> wanted = List.of(accesses);
		return ALL.stream().filter(e -> wanted.contains(e.access()));
	}
}
