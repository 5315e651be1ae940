package org.ieum.enterprises.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.ieum.support.IeumSpringTest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Recall of the directory search on the demo data, measured through the public JSON API in the
 * Gwangju and Busan scopes: for each query, the organizations whose name, main business or
 * products contain the word (read from the database) against those the search returns. Prints the
 * table that docs/benchmarks.md quotes ("Search recall on the demo data"); run it alone
 * ({@code ./mvnw -o test -Dtest=SearchRecallTests}) so other tests' organizations do not count.
 */
@IeumSpringTest
class SearchRecallTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	/** One measured query: what is typed and the text that the organizations looked for contain. */
	private record Case(String typed, String contained, boolean initials) {
	}

	private record Row(String scope, String typed, int expected, int found, int foundExpected, String suggestion,
			int suggestionFinds) {
	}

	@Test
	void wordsTyposBusinessNumbersAndInitialsFindWhatContainsThem() throws Exception {
		String number = jdbc.queryForObject(
				"select business_number from enterprises_organization where name = '행복베이커리 사회적협동조합'", String.class);
		String formatted = number.substring(0, 3) + "-" + number.substring(3, 5) + "-" + number.substring(5);
		List<Case> cases = List.of(new Case("장애인", "장애인", false), new Case("발달장애인", "발달장애인", false),
				new Case("노인", "노인", false), new Case("여성", "여성", false), new Case("청년", "청년", false),
				new Case("다문화", "다문화", false), new Case("베이커라", "베이커리", false),
				new Case("협동조헙", "협동조합", false), new Case(formatted, "#" + number, false),
				new Case(number, "#" + number, false),
				new Case(number.substring(0, 3) + " " + number.substring(3, 5) + " " + number.substring(5), "#" + number,
						false),
				new Case("ㅎㅂㅂㅇㅋㄹ", "ㅎㅂㅂㅇㅋㄹ", true));
		List<Row> rows = new ArrayList<>();
		for (String scope : List.of("gwangju", "busan")) {
			for (Case c : cases) {
				Set<Long> expected = expected(scope, c);
				Map<String, Object> answer = search(scope, c.typed());
				@SuppressWarnings("unchecked")
				Set<Long> found = (Set<Long>) answer.get("ids");
				Set<Long> both = new HashSet<>(found);
				both.retainAll(expected);
				String suggestion = (String) answer.get("suggestion");
				int suggested = suggestion == null ? 0 : ((Set<?>) search(scope, suggestion).get("ids")).size();
				rows.add(new Row(scope, c.typed(), expected.size(), found.size(), both.size(), suggestion, suggested));
			}
		}
		StringBuilder table = new StringBuilder("\n| scope | query | contain it | found | of those containing it | recall | suggestion (finds) |\n|---|---|---:|---:|---:|---:|---|\n");
		for (Row r : rows) {
			table.append("| ").append(r.scope()).append(" | `").append(r.typed()).append("` | ").append(r.expected())
				.append(" | ").append(r.found()).append(" | ").append(r.foundExpected()).append(" | ")
				.append(r.expected() == 0 ? "–" : Math.round(100.0 * r.foundExpected() / r.expected()) + " %")
				.append(" | ").append(r.suggestion() == null ? "–" : r.suggestion() + " (" + r.suggestionFinds() + ")")
				.append(" |\n");
		}
		System.out.println(table);

		for (Row r : rows) {
			boolean typo = r.typed().equals("베이커라") || r.typed().equals("협동조헙");
			if (typo) {
				// a near miss is answered with a suggestion that finds what the right word finds
				assertThat(r.suggestion()).as(r.toString()).isNotNull();
				assertThat(r.suggestionFinds()).as(r.toString()).isGreaterThanOrEqualTo(r.expected()).isPositive();
			}
			else {
				assertThat(r.foundExpected()).as(r.toString()).isEqualTo(r.expected());
			}
		}
		// the demo data has what these words describe: the measurement is not of empty sets
		assertThat(rows.stream().filter(r -> r.typed().equals("장애인")).mapToInt(Row::expected).min().orElse(0)).isPositive();
		assertThat(rows.stream().filter(r -> r.scope().equals("busan") && r.typed().startsWith("ㅎ")).mapToInt(Row::expected)
			.sum()).isPositive();
	}

	/** Organizations of the scope, not closed, whose text contains the word (or with that number or initials). */
	private Set<Long> expected(String scope, Case c) {
		String in = "select oc.organization_id from enterprises_organization_center oc where oc.center_id in"
				+ " (select c.id from centers_center c where c.slug = ? or c.parent_id in (select p.id from centers_center p where p.slug = ?))";
		List<Map<String, Object>> rows = jdbc.queryForList("select o.id, o.name, o.main_business, o.business_number,"
				+ " (select listagg(coalesce(p.name, '') || ' ' || coalesce(p.description, ''), ' ') from enterprises_product p"
				+ " where p.organization_id = o.id) as products from enterprises_organization o where o.status <> 'CLOSED' and o.id in ("
				+ in + ")", scope, scope);
		Set<Long> ids = new HashSet<>();
		for (Map<String, Object> row : rows) {
			String text = row.get("NAME") + " " + row.get("MAIN_BUSINESS") + " " + row.get("PRODUCTS");
			boolean match;
			if (c.contained().startsWith("#")) {
				match = c.contained().substring(1).equals(row.get("BUSINESS_NUMBER"));
			}
			else if (c.initials()) {
				match = initials((String) row.get("NAME")).contains(c.contained());
			}
			else {
				match = text.contains(c.contained());
			}
			if (match) {
				ids.add(((Number) row.get("ID")).longValue());
			}
		}
		return ids;
	}

	static String initials(String name) {
		StringBuilder b = new StringBuilder();
		String consonants = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
		for (char ch : name.toCharArray()) {
			if (ch >= '가' && ch <= '힣') {
				b.append(consonants.charAt((ch - '가') / (21 * 28)));
			}
		}
		return b.toString();
	}

	/** Every page of the API's answer: the IDs found and the suggestion, if any. */
	private Map<String, Object> search(String scope, String q) throws Exception {
		Set<Long> ids = new HashSet<>();
		String suggestion = null;
		for (int page = 0; page < 50; page++) {
			String json = mvc.perform(get("/api/v1/organizations").param("scope", scope).param("q", q)
				.param("size", "100").param("page", String.valueOf(page))).andReturn().getResponse().getContentAsString();
			List<Number> onPage = JsonPath.read(json, "$.items[*].id");
			onPage.forEach(n -> ids.add(n.longValue()));
			if (page == 0) {
				List<Object> s = JsonPath.read(json, "$..suggestion");
				suggestion = s.isEmpty() ? null : (String) s.get(0);
			}
			if (onPage.size() < 100) {
				break;
			}
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("ids", ids);
		answer.put("suggestion", suggestion);
		return answer;
	}
}
