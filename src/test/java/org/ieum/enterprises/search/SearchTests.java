package org.ieum.enterprises.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ieum.centers.CentersApi;
import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.DesignationStatus;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.IndustrySection;
import org.ieum.enterprises.OrganizationStatus;
import org.ieum.enterprises.SocialPurpose;
import org.ieum.enterprises.VillageStage;
import org.ieum.enterprises.administration.OrganizationAdministration;
import org.ieum.enterprises.records.DesignationTerms;
import org.ieum.enterprises.records.OrganizationProfile;
import org.ieum.enterprises.search.SearchQuery.Order;
import org.ieum.enterprises.search.SearchResults.Facet;
import org.ieum.enterprises.search.SearchResults.FacetValue;
import org.ieum.enterprises.search.SearchResults.Hit;
import org.ieum.shared.Seoul;
import org.ieum.shared.cli.Command;
import org.ieum.support.IeumSpringTest;

import jakarta.servlet.http.Cookie;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Organization search on the shared context: Korean analysis, facets against the database,
 * filters, orders, highlighting, the page and its htmx fragment, the JSON API, the index
 * following committed changes, and its rebuild by an administrator or the command line.
 */
@IeumSpringTest
class SearchTests {

	private static final AtomicInteger NEXT = new AtomicInteger(100);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrganizationAdministration administration;

	@Autowired
	OrganizationSearch search;

	@Autowired
	SearchIndex index;

	@Autowired
	ReindexCommand reindex;

	@Autowired
	CentersApi centers;

	@Autowired
	Clock clock;

	@Autowired
	IndexGeneration generation;

	@Autowired
	DirectoryPages pages;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private long centerId(String slug) {
		return centers.findBySlug(slug).orElseThrow().id();
	}

	private Set<Long> busan() {
		return centers.centerAndDescendantIds(centerId("busan"));
	}

	private void asBusanStaff() {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("busan", null,
				"ROLE_CENTER_STAFF", "CENTER_" + centerId("busan")));
	}

	private static String freshNumber() {
		String nine = String.format("5%02d8%05d", NEXT.get() % 100, NEXT.getAndIncrement());
		return new BusinessNumber(nine + BusinessNumber.checkDigitOf(nine)).formatted();
	}

	private long register(String name, String mainBusiness) {
		return register(name, mainBusiness, "부산광역시", "사하구", IndustrySection.C, SocialPurpose.JOBS);
	}

	private long register(String name, String mainBusiness, String sido, String sigungu, IndustrySection industry,
			SocialPurpose purpose) {
		asBusanStaff();
		return administration.register(freshNumber(), Set.of(centerId("busan")), new OrganizationProfile(name, null,
				"김대표", sido, sigungu, sido + " " + sigungu + " 낙동대로 1", null, null, null, industry, mainBusiness, null,
				null, null, purpose, null), true);
	}

	private List<Long> found(String q) {
		return ids(search.search(busan(), query(q, null), 5000));
	}

	private static SearchQuery query(String q, Order sort) {
		return new SearchQuery(q, null, null, null, null, null, null, sort, 0);
	}

	private static List<Long> ids(SearchResults results) {
		return results.hits().getContent().stream().map(Hit::id).toList();
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password("ieum2026!"))
			.andReturn().getRequest().getSession();
	}

	@Test
	void spacingCompoundsHanjaAndDictionaryWordsAreFound() {
		long spaced = register("다온 교육 협동조합", "지역의 사회적 경제 생태계를 가꾸는 교육");
		long joined = register("누리결 사회적협동조합", "사회적경제 조직의 회계를 돕습니다");
		long hanja = register("共生 나눔터", "이웃과 함께하는 공간");
		long wheat = register("밀알 베이커리", "우리밀제과 빵을 굽습니다");
		long field = register("들녘 체험농장", "우리 마을 밀 농장 체험");
		long unrelated = register("강변 꽃집", "꽃과 화분을 팝니다");

		// spacing: either spelling finds both
		assertThat(found("사회적 경제")).contains(spaced, joined).doesNotContain(unrelated);
		assertThat(found("사회적경제")).contains(spaced, joined).doesNotContain(unrelated);
		// a compound's part finds the compound
		assertThat(found("협동조합")).contains(spaced, joined).doesNotContain(hanja, unrelated);
		// Hanja is read as Hangul, in the query and in a name
		assertThat(found("協同組合")).contains(spaced, joined).doesNotContain(unrelated);
		assertThat(found("공생")).contains(hanja);
		// 우리밀 is one word in the user dictionary: it matches 우리밀제과 but not 우리 마을 밀
		assertThat(found("우리밀")).contains(wheat).doesNotContain(field);
		// any part of a name, spelled as typed, as the old name filter did
		assertThat(found("누리결")).containsExactly(joined);
	}

	@Test
	void wholeWordsAreFoundWhereverNoriReadsTheirLettersOtherwise() {
		// Nori reads 장애인 alone as 장애 + the copula 이, in 장애인에게 as 장애 + a suffix and in
		// 발달장애인과 as 발달 + 장애 + 인과: the word must still find what contains it
		long disabled = register("온새미 돌봄센터", "어르신과 장애인에게 방문 돌봄 서비스를 제공합니다.");
		long developmental = register("온새미 제과", "발달장애인과 함께 수제 과자를 굽습니다.");
		long elderly = register("온새미 반찬", "홀로 사는 노인에게 반찬을 나눕니다.");
		long women = register("온새미 일터", "경력이 끊긴 여성의 일자리를 만듭니다.");
		long young = register("온새미 카페", "청년을 고용하는 카페입니다.");
		long multicultural = register("온새미 배움터", "다문화가정 아이들에게 한국어를 가르칩니다.");
		long culture = register("온새미 마당", "지역 문화 축제를 엽니다.");

		assertThat(found("장애인")).contains(disabled, developmental).doesNotContain(elderly, culture);
		assertThat(found("발달장애인")).contains(developmental).doesNotContain(disabled, elderly);
		assertThat(found("노인")).contains(elderly).doesNotContain(disabled, women);
		assertThat(found("여성")).contains(women).doesNotContain(elderly);
		assertThat(found("청년")).contains(young).doesNotContain(women);
		assertThat(found("다문화")).contains(multicultural).doesNotContain(culture);
		assertThat(found("문화")).contains(multicultural, culture);
		// a word and another one that Nori reads otherwise, in any field
		assertThat(found("온새미 장애인")).containsExactlyInAnyOrder(disabled, developmental);
	}

	@Test
	void aNearMissGetsADidYouMeanThatFindsOrganizations() throws Exception {
		SearchResults bakery = search.search(busan(), query("베이커라", null));
		assertThat(bakery.hits().getTotalElements()).isZero();
		assertThat(bakery.suggestion()).isEqualTo("베이커리");
		assertThat(bakery.suggestionParticle()).isEqualTo("를");
		SearchResults cooperative = search.search(busan(), query("협동조헙", null));
		assertThat(cooperative.suggestion()).isEqualTo("협동조합");
		assertThat(cooperative.suggestionParticle()).isEqualTo("을");
		assertThat(search.search(busan(), query(cooperative.suggestion(), null)).hits().getTotalElements()).isPositive();
		// only the word that finds nothing is corrected, and filters stay as they were
		SearchResults twoWords = search.search(busan(), new SearchQuery("행복 베이커라", List.of(DesignationType.SOCIAL_COOPERATIVE),
				null, null, null, null, null, null, 0));
		assertThat(twoWords.suggestion()).isEqualTo("행복 베이커리");
		// a search that finds something, or nonsense near nothing, gets no suggestion
		assertThat(search.search(busan(), query("베이커리", null)).suggestion()).isNull();
		assertThat(search.search(busan(), query("퓗퓗퓗퓗", null)).suggestion()).isNull();

		mvc.perform(get("/api/v1/organizations?scope=busan&q=베이커라"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.suggestion").value("베이커리"));
		mvc.perform(get("/api/v1/organizations?scope=busan&q=베이커리"))
			.andExpect(jsonPath("$.suggestion").doesNotExist());
		String page = mvc.perform(get("/c/busan/organizations").param("q", "협동조헙").param("type", "COOPERATIVE"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("검색어 제안:", "혹시", ">협동조합</a><span>을 찾으셨나요?</span>")
			.contains("href=\"/c/busan/organizations?q=%ED%98%91%EB%8F%99%EC%A1%B0%ED%95%A9&amp;type=COOPERATIVE\"");
	}

	@Test
	void aBusinessNumberInAnySpellingFindsItsOrganization() {
		long id = register("숫자로찾는 공방", "목공");
		String formatted = jdbc.queryForObject("select business_number_raw from enterprises_organization where id = ?",
				String.class, id);
		String digits = formatted.replace("-", "");
		for (String typed : List.of(formatted, digits, digits.substring(0, 3) + " " + digits.substring(3, 5) + " "
				+ digits.substring(5), " " + digits.substring(0, 3) + " - " + digits.substring(3, 5) + " - " + digits.substring(5))) {
			assertThat(found(typed)).as(typed).first().isEqualTo(id);
		}
		// one digit off is another organization's number (or none), not this one
		String other = digits.substring(0, 9) + (digits.charAt(9) == '0' ? '1' : '0');
		assertThat(found(other)).doesNotContain(id);
	}

	@Test
	void initialConsonantsFindTheNamesTheyBegin() {
		long id = register("솔바람빵집 협동조합", "빵을 굽습니다");
		long other = register("솔바람 서점", "책을 팝니다");
		assertThat(found("ㅅㅂㄹㅃㅈ")).contains(id).doesNotContain(other);
		assertThat(found("ㅅㅂㄹ ㅃㅈ ㅎㄷㅈㅎ")).contains(id).doesNotContain(other);
		// any run of initials inside the name
		assertThat(found("ㅃㅈㅎㄷ")).contains(id).doesNotContain(other);
		assertThat(found("ㅅㅂㄹ")).contains(id, other);
		// the demo's bakery, and its initials typed as conjoining jamo
		assertThat(search.search(busan(), query("ㅎㅂㅂㅇㅋㄹ", null)).hits().getContent()).extracting(Hit::name)
			.contains("행복베이커리 사회적협동조합");
		assertThat(found("\u1112\u1107\u1107\u110B\u110F\u1105")).isEqualTo(found("ㅎㅂㅂㅇㅋㄹ"));
		// one consonant left out (ㅋ of 커): the bakery is found, or offered as the suggestion
		SearchResults missing = search.search(busan(), query("ㅎㅂㅂㅇㄹ", null), 5000);
		List<Hit> offered = missing.hits().getContent();
		if (missing.hits().getTotalElements() == 0) {
			assertThat(missing.suggestion()).isNotNull().matches("[ㄱ-ㅎ]+");
			offered = search.search(busan(), query(missing.suggestion(), null), 5000).hits().getContent();
		}
		assertThat(offered).extracting(Hit::name).contains("행복베이커리 사회적협동조합");
	}

	@Test
	void facetCountsEqualTheDatabaseCountsOverTheSameScope() {
		Set<Long> scope = busan();
		String in = scope.stream().map(String::valueOf).collect(Collectors.joining(","));
		String base = " from enterprises_organization o where o.status <> 'CLOSED' and exists (select 1 from"
				+ " enterprises_organization_center oc where oc.organization_id = o.id and oc.center_id in (" + in + "))";
		LocalDate today = Seoul.today(clock);
		SearchResults all = search.search(scope, query("", null));

		assertThat(all.hits().getTotalElements()).isEqualTo(jdbc.queryForObject("select count(*)" + base, Long.class));
		assertThat(counts(all, "type")).isEqualTo(rows("select d.type, count(distinct o.id)" + base.replaceFirst(" where ",
				" join enterprises_designation d on d.organization_id = o.id where d.status = 'ACTIVE' and (d.valid_until is null"
						+ " or d.valid_until >= ?) and ")
				+ " group by d.type", today));
		assertThat(counts(all, "sido")).isEqualTo(rows("select o.sido, count(*)" + base + " and o.sido is not null group by o.sido"));
		assertThat(counts(all, "industry"))
			.isEqualTo(rows("select o.industry, count(*)" + base + " and o.industry is not null group by o.industry"));
		assertThat(counts(all, "purpose")).isEqualTo(
				rows("select o.social_purpose, count(*)" + base + " and o.social_purpose is not null group by o.social_purpose"));
		assertThat(counts(all, "center")).isEqualTo(rows("select cast(c.center_id as varchar), count(*)" + base.replaceFirst(" where ",
				" join enterprises_organization_center c on c.organization_id = o.id where c.center_id in (" + in + ") and ")
				+ " group by c.center_id"));
		assertThat(counts(all, "sido")).isNotEmpty();
		assertThat(counts(all, "type")).isNotEmpty();

		// filters combine: values within a facet are alternatives, facets narrow each other
		SearchResults narrowed = search.search(scope, new SearchQuery("", List.of(DesignationType.SOCIAL_ENTERPRISE,
				DesignationType.VILLAGE_ENTERPRISE), List.of("부산광역시"), null, null, null, null, null, 0), 5000);
		List<Long> expected = jdbc.queryForList("select distinct o.id" + base.replaceFirst(" where ",
				" join enterprises_designation d on d.organization_id = o.id where d.status = 'ACTIVE' and (d.valid_until is null"
						+ " or d.valid_until >= ?) and d.type in ('SOCIAL_ENTERPRISE', 'VILLAGE_ENTERPRISE') and o.sido = '부산광역시' and ")
				+ " order by o.id", Long.class, today);
		assertThat(expected).isNotEmpty();
		assertThat(ids(narrowed)).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(narrowed.hits().getTotalElements()).isLessThan(all.hits().getTotalElements());
		// districts are offered once a province is chosen, with their own counts
		assertThat(counts(narrowed, "region")).isNotEmpty();
		assertThat(counts(narrowed, "region").values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(narrowed.hits().getContent().stream().filter(h -> h.sido() != null && h.sigungu() != null).count());
	}

	private static Map<String, Long> counts(SearchResults results, String param) {
		return results.facets().stream().filter(f -> f.param().equals(param)).findFirst().map(Facet::values)
			.orElse(List.of()).stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
	}

	private Map<String, Long> rows(String sql, Object... args) {
		Map<String, Long> map = new HashMap<>();
		jdbc.query(sql, rs -> {
			map.put(rs.getString(1), rs.getLong(2));
		}, args);
		return map;
	}

	@Test
	void ordersByRelevanceNameOrDesignationDate() {
		long inName = register("하늘정렬시험 공방", "도자기를 만듭니다");
		long inBusiness = register("가온 공방", "하늘정렬시험 도자기 교실");
		long later = register("나래 공방", "하늘정렬시험 목공 교실");
		asBusanStaff();
		administration.addDesignation(inBusiness, terms(DesignationType.COOPERATIVE, LocalDate.of(2020, 3, 1)));
		administration.addDesignation(later, terms(DesignationType.COOPERATIVE, LocalDate.of(2024, 6, 1)));

		assertThat(ids(search.search(busan(), query("하늘정렬시험", Order.RELEVANCE)))).first().isEqualTo(inName);
		assertThat(ids(search.search(busan(), query("하늘정렬시험", Order.NAME)))).containsExactly(inBusiness, later, inName);
		assertThat(ids(search.search(busan(), query("하늘정렬시험", Order.DESIGNATED)))).containsExactly(later, inBusiness,
				inName);
		// without words, the default order is by name, and names come in 가나다 order
		List<String> names = search.search(busan(), query("", null)).hits().getContent().stream().map(Hit::name).toList();
		assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
	}

	private static DesignationTerms terms(DesignationType type, LocalDate on) {
		return new DesignationTerms(type, null, null, null, null, null, on, null, DesignationStatus.ACTIVE);
	}

	@Test
	void matchedWordsAreHighlightedAndTheRestIsEscaped() throws Exception {
		register("<b>반딧불</b> 베이커리 마켓", "동네 빵집");
		mvc.perform(get("/c/busan/organizations?q=반딧불"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;b&gt;<mark>반딧불</mark>&lt;/b&gt; 베이커리 마켓")))
			.andExpect(content().string(not(containsString("<b>반딧불"))));
	}

	@Test
	void htmxGetsTheResultsFragmentAndABrowserTheWholePage() throws Exception {
		String url = "/c/busan/organizations?q=베이커리&type=SOCIAL_ENTERPRISE&sort=NAME";
		String page = mvc.perform(get(url)).andExpect(status().isOk()).andExpect(header().string("Vary",
				containsString("HX-Request"))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("행복<mark>베이커리</mark> 사회적협동조합");
		assertThat(page).contains("<html", "<h1", "id=\"search-results\"")
			// the form shows the search from the URL: the words, the ticked facet and the order
			.contains("value=\"베이커리\"")
			.containsPattern("name=\"type\" value=\"SOCIAL_ENTERPRISE\" checked")
			.containsPattern("value=\"NAME\" selected");
		String fragment = mvc.perform(get(url).header("HX-Request", "true")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(fragment).doesNotContain("<html", "<h1").contains("id=\"search-results\"", "행복<mark>베이커리</mark> 사회적협동조합");
		// back-button restores after htmx's history cache is gone ask for the whole page
		assertThat(mvc.perform(get(url).header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
			.andReturn().getResponse().getContentAsString()).contains("<html");
	}

	@Test
	void theNameBoxSuggestsNamesOfTheCentersOrganizations() throws Exception {
		mvc.perform(get("/c/busan/organizations/suggest?q=행복베"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"행복베이커리 사회적협동조합\">")));
		mvc.perform(get("/c/gimhae/organizations/suggest?q=행복베"))
			.andExpect(content().string(not(containsString("행복베이커리"))));
	}

	@Test
	void theJsonApiAnswersTheSameSearchWithFacetsAnonymously() throws Exception {
		mvc.perform(get("/api/v1/organizations?scope=busan&q=행복베이커리&size=5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", greaterThan(0)))
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.items[?(@.name == '행복베이커리 사회적협동조합')].designations[0]").exists())
			.andExpect(jsonPath("$.items[0].nameHighlight", containsString("<mark>")))
			.andExpect(jsonPath("$.facets.type[0].count", greaterThan(0)))
			.andExpect(jsonPath("$.facets.type[0].label").isString())
			.andExpect(jsonPath("$.facets.sido").isArray())
			.andExpect(content().string(not(containsString("김대표"))));
		mvc.perform(get("/api/v1/organizations?scope=nowhere")).andExpect(status().isNotFound());
		mvc.perform(get("/v3/api-docs")).andExpect(content().string(containsString("/api/v1/organizations\"")));
	}

	@Test
	void theIndexFollowsCommittedChangesToOrganizationsProductsAndDesignations() throws Exception {
		long id = register("물결 작업장", "천연 비누를 만듭니다");
		assertThat(found("해바라기씨앗강정")).doesNotContain(id);
		// a product added through the member's page: products are a separate aggregate
		long memberOrg = jdbc.queryForObject("select o.id from enterprises_organization o join enterprises_manager m on"
				+ " m.organization_id = o.id join identity_account a on a.id = m.account_id where a.email = 'member@ieum.example'"
				+ " order by o.id limit 1", Long.class);
		mvc.perform(multipart("/my/organizations/" + memberOrg + "/products").with(csrf()).session(login("member@ieum.example"))
				.param("name", "해바라기씨앗강정").param("description", "볶은 씨앗으로 만든 간식"))
			.andExpect(status().is3xxRedirection());
		assertThat(found("해바라기씨앗강정")).containsExactly(memberOrg);

		// a designation added by staff appears in the type facet and filter
		SearchQuery village = new SearchQuery("물결 작업장", List.of(DesignationType.VILLAGE_ENTERPRISE), null, null, null,
				null, null, null, 0);
		assertThat(ids(search.search(busan(), village))).doesNotContain(id);
		asBusanStaff();
		long designation = administration.addDesignation(id, new DesignationTerms(DesignationType.VILLAGE_ENTERPRISE,
				null, null, null, VillageStage.PRELIMINARY, null, LocalDate.of(2025, 1, 1), null,
				DesignationStatus.ACTIVE));
		assertThat(ids(search.search(busan(), village))).containsExactly(id);
		administration.cancelDesignation(id, designation);
		assertThat(ids(search.search(busan(), village))).doesNotContain(id);

		// the organization's own changes: a new name, then closing it
		administration.revise(id, jdbc.queryForObject("select business_number from enterprises_organization where id = ?",
				String.class, id), Set.of(centerId("busan")), new OrganizationProfile("윤슬 작업장", null, "김대표", "부산광역시",
						"사하구", null, null, null, null, IndustrySection.C, "천연 비누를 만듭니다", null, null, null, null, null));
		assertThat(found("윤슬")).contains(id);
		assertThat(found("물결")).doesNotContain(id);
		administration.changeStatus(id, OrganizationStatus.CLOSED);
		assertThat(found("윤슬")).doesNotContain(id);
	}

	@Test
	void aCommittedWriteMovesTheIndexGenerationSoRememberedAnswersAreNotServedAgain() {
		SearchQuery q = query("노을빛 공방", null);
		assertThat(ids(search.search(busan(), q))).isEmpty();
		long before = generation.current();
		long id = register("노을빛 공방", "유리 공예");
		assertThat(generation.current()).isGreaterThan(before);
		assertThat(ids(search.search(busan(), q))).containsExactly(id);
	}

	@Test
	void anonymousVisitorsGetTheRememberedPageUntilTheIndexChangesAndSignedInUsersTheirOwn() throws Exception {
		String url = "/c/busan/organizations?q=물빛 도예";
		String first = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(first).contains("value=\"물빛 도예\"").doesNotContain("물빛 도예공방");
		// the same path with other parameters is another page
		assertThat(mvc.perform(get("/c/busan/organizations").param("q", "물빛 도자기")).andReturn().getResponse()
			.getContentAsString()).contains("value=\"물빛 도자기\"");
		long served = pages.served();
		String again = mvc.perform(get(url)).andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(header().string("Content-Type", containsString("text/html")))
			.andReturn().getResponse().getContentAsString();
		assertThat(pages.served()).isEqualTo(served + 1);
		assertThat(again).isEqualTo(first);

		// a committed write changes the index: the next visitor gets a page that shows it
		long id = register("물빛 도예공방", "도자기 체험");
		String after = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(after).contains("/c/busan/organizations/" + id);
		assertThat(pages.served()).isEqualTo(served + 1);

		// a signed-in user gets a page of their own (their menu, the logout form), never the visitors' copy
		MockHttpSession member = login("member@ieum.example");
		String mine = mvc.perform(get(url).session(member)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(mine).contains("/logout").contains("/c/busan/organizations/" + id);
		assertThat(pages.served()).isEqualTo(served + 1);
		assertThat(mvc.perform(get(url)).andReturn().getResponse().getContentAsString()).doesNotContain("/logout");
		assertThat(pages.served()).isEqualTo(served + 2);
		// English is remembered apart from Korean
		assertThat(mvc.perform(get(url).cookie(new Cookie("ieum-lang", "en"))).andReturn()
			.getResponse().getContentAsString()).contains("lang=\"en\"");
	}

	@Test
	void designationsThatEndedYesterdayLeaveTheTypeFacetAfterTheNightlyRefresh() {
		LocalDate today = Seoul.today(clock);
		long id = register("이슬 공동체", "반찬 나눔");
		asBusanStaff();
		administration.addDesignation(id, new DesignationTerms(DesignationType.SELF_SUFFICIENCY, null, null, null, null,
				null, today.minusYears(1), today, DesignationStatus.ACTIVE));
		SearchQuery selfSufficiency = new SearchQuery("이슬 공동체", List.of(DesignationType.SELF_SUFFICIENCY), null, null,
				null, null, null, null, 0);
		assertThat(ids(search.search(busan(), selfSufficiency))).containsExactly(id);
		// tomorrow it has ended: the nightly refresh rewrites the organizations whose designation ended
		jdbc.update("update enterprises_designation set valid_until = ? where organization_id = ?", today.minusDays(1), id);
		assertThat(index.refreshDesignationsEndedOn(today.minusDays(1))).isGreaterThanOrEqualTo(1);
		assertThat(ids(search.search(busan(), selfSufficiency))).doesNotContain(id);
	}

	@Test
	void onlyASystemAdministratorRebuildsTheIndexFromTheAdminPage() throws Exception {
		mvc.perform(get("/admin/organizations/search-index").session(login("citizen@ieum.example")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/organizations/search-index").with(csrf()).session(login("staff.busan@ieum.example")))
			.andExpect(status().isForbidden());
		MockHttpSession admin = login("admin@ieum.example");
		long organizations = jdbc.queryForObject("select count(*) from enterprises_organization", Long.class);
		mvc.perform(get("/admin/organizations/search-index").session(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd id=\"in-database\">" + organizations + "</dd>")));
		mvc.perform(post("/admin/organizations/search-index").with(csrf()).session(admin))
			.andExpect(status().is3xxRedirection());
		long deadline = System.currentTimeMillis() + 60_000;
		while (index.building() && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		assertThat(index.building()).isFalse();
		assertThat(index.status().lastBuild().failure()).isNull();
		assertThat(index.status().indexed()).isEqualTo(organizations);
		mvc.perform(get("/admin").session(admin)).andExpect(content().string(containsString("/admin/organizations/search-index")));
	}

	@Test
	void theReindexCommandRebuildsTheIndexAndReportsIt() {
		// a rebuild reads products and designations by batch: it must write the same documents
		SearchResults before = search.search(busan(), query("", null));
		List<Long> withProduct = found("식빵");
		assertThat(withProduct).isNotEmpty();
		StringWriter out = new StringWriter();
		assertThat(reindex.run(List.of(), new PrintWriter(out, true))).isZero();
		long organizations = jdbc.queryForObject("select count(*) from enterprises_organization", Long.class);
		assertThat(out.toString()).contains("조직 " + organizations + "곳을 색인했습니다");
		assertThat(index.status().indexed()).isEqualTo(organizations);
		assertThat(found("행복베이커리")).isNotEmpty();
		assertThat(found("식빵")).containsExactlyInAnyOrderElementsOf(withProduct);
		SearchResults after = search.search(busan(), query("", null));
		for (String facet : List.of("type", "sido", "industry", "purpose", "center")) {
			assertThat(counts(after, facet)).as(facet).isEqualTo(counts(before, facet));
		}
		assertThat(reindex.run(List.of("--everything"), new PrintWriter(new StringWriter()))).isEqualTo(Command.USAGE);
	}
}
