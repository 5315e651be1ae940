package org.ieum.enterprises.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.IndustrySection;
import org.ieum.enterprises.OrganizationStatus;
import org.ieum.enterprises.SocialPurpose;
import org.ieum.enterprises.search.SearchQuery.Order;
import org.ieum.enterprises.search.SearchResults.Facet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The search page's query as JSON: the same parameters, results and facet counts. */
@RestController
@Tag(name = "사회적경제조직", description = "사회적경제조직의 공개 정보")
class SearchRestController {

	static final int MAX_SIZE = 100;

	private final OrganizationSearch search;
	private final CentersApi centers;
	private final MessageSource messages;

	SearchRestController(OrganizationSearch search, CentersApi centers, MessageSource messages) {
		this.search = search;
		this.centers = centers;
		this.messages = messages;
	}

	@Schema(description = "검색 결과 한 쪽과 전체 결과의 패싯 개수")
	record SearchResponse(@Schema(description = "조건에 맞는 조직 수") long total,
			@Schema(description = "0부터 세는 쪽 번호") int page, int size, List<Item> items,
			@Schema(description = "패싯(type, sido, region, industry, purpose, center)별 값과 개수") Map<String, List<FacetCount>> facets,
			@Schema(description = "검색어 제안: 결과가 없을 때 결과가 있는 비슷한 검색어(오타 교정), 없으면 null", nullable = true) String suggestion) {
	}

	@Schema(description = "검색된 조직. highlight는 일치한 낱말을 <mark>로 감싼 HTML(나머지는 이스케이프됨)")
	record Item(long id, String name, String sido, String sigungu, OrganizationStatus status,
			List<DesignationType> designations, String nameHighlight, String snippetHighlight) {
	}

	record FacetCount(String value, String label, long count, boolean selected) {
	}

	@GetMapping("/api/v1/organizations")
	@Operation(summary = "조직 검색",
			description = "기업 찾기 화면과 같은 검색입니다. 한국어 형태소 분석(띄어쓰기·복합어·한자 읽기)으로 명칭, 주요사업, "
					+ "제품·서비스, 주소를 찾고, 형태소 분석이 다르게 읽은 낱말도 적힌 그대로 찾습니다. 검색어는 낱말로만 읽습니다"
					+ "(~, *, 따옴표, AND 같은 검색 문법은 쓰지 않습니다). 사업자등록번호(어떤 표기든)와 명칭의 초성(ㅎㅂㅂㅇㅋㄹ)으로도 "
					+ "찾습니다. 결과가 없으면 suggestion에 비슷한 검색어를 줍니다. 같은 패싯 안의 값은 '또는', 패싯끼리는 '그리고'로 "
					+ "묶입니다. 폐업한 조직은 나오지 않습니다.")
	@ApiResponse(responseCode = "200", description = "검색 결과")
	@ApiResponse(responseCode = "404", description = "없는 센터")
	SearchResponse search(
			@Parameter(description = "검색 범위 센터의 주소 이름(slug). 그 센터와 하위 센터의 조직을 찾습니다. 없으면 전체") @RequestParam(required = false) String scope,
			@Parameter(description = "검색어(낱말, 사업자등록번호 또는 초성)") @RequestParam(defaultValue = "") String q,
			@Parameter(description = "유효한 인증·지정 유형") @RequestParam(required = false) List<DesignationType> type,
			@Parameter(description = "시도") @RequestParam(required = false) List<String> sido,
			@Parameter(description = "'시도 시군구'") @RequestParam(required = false) List<String> region,
			@Parameter(description = "업종(한국표준산업분류 대분류)") @RequestParam(required = false) List<IndustrySection> industry,
			@Parameter(description = "사회적목적 실현 유형") @RequestParam(required = false) List<SocialPurpose> purpose,
			@Parameter(description = "소관 센터 번호") @RequestParam(required = false) List<Long> center,
			@Parameter(description = "정렬. 검색어가 있으면 RELEVANCE, 없으면 NAME이 기본") @RequestParam(required = false) Order sort,
			@Parameter(description = "0부터 세는 쪽 번호") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "쪽 크기(최대 100)") @RequestParam(defaultValue = "20") int size, Locale locale) {
		Set<Long> ids = scope == null || scope.isBlank()
				? centers.all().stream().map(CenterSummary::id).collect(Collectors.toSet())
				: centers.centerAndDescendantIds(centers.findBySlug(scope.strip())
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))
					.id());
		int pageSize = Math.min(Math.max(1, size), MAX_SIZE);
		SearchQuery query = new SearchQuery(q, type, sido, region, industry, purpose, center, sort, page);
		SearchResults results = search.search(ids, query, pageSize);
		Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
		for (Facet facet : results.facets()) {
			facets.put(facet.param(), facet.values().stream()
				.map(v -> new FacetCount(v.value(),
						v.labelKey() == null ? v.label() : messages.getMessage(v.labelKey(), null, v.value(), locale),
						v.count(), v.selected()))
				.toList());
		}
		return new SearchResponse(results.hits().getTotalElements(), query.page(), pageSize,
				results.hits().getContent().stream()
					.map(h -> new Item(h.id(), h.name(), h.sido(), h.sigungu(), h.status(), h.designations(), h.nameHtml(),
							h.snippetHtml()))
					.toList(),
				facets, results.suggestion());
	}
}
