package org.ieum.market.showcase;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.enterprises.DesignationType;
import org.ieum.market.PriceRange;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The showcase as JSON, with the same search, filters and facet counts as the pages; public, no token. */
@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "제품·서비스", description = "사회적경제 조직의 제품·서비스 소개(판로지원)")
class ProductsRestController {

	record ProductsJson(long total, int page, int pageSize, List<ShowcaseItem> items,
			List<ShowcaseSearch.Facet<Long>> categories, List<ShowcaseSearch.Facet<String>> regions,
			List<ShowcaseSearch.Facet<DesignationType>> types, List<ShowcaseSearch.Facet<PriceRange>> prices) {
	}

	private final ShowcaseSearch search;
	private final CentersApi centers;

	ProductsRestController(ShowcaseSearch search, CentersApi centers) {
		this.search = search;
		this.centers = centers;
	}

	@GetMapping
	@Operation(summary = "제품·서비스 검색",
			description = "검색어(한국어 형태소 분석)와 분류·지역·조직 유형·가격대로 좁힌 제품·서비스 한 쪽(12개)과 "
					+ "각 선택지에 남는 개수를 돌려줍니다. center를 주면 그 센터(와 하위 센터)의 조직만 찾습니다.")
	@ApiResponse(responseCode = "404", description = "없는 센터")
	ProductsJson list(@Parameter(description = "센터 주소 이름, 예: busan (없으면 전체 네트워크)") @RequestParam(required = false) String center,
			@Parameter(description = "검색어") @RequestParam(defaultValue = "") String q,
			@Parameter(description = "분류 번호 (하위 분류 포함)") @RequestParam(required = false) Long category,
			@Parameter(description = "판매 조직의 시도, 예: 부산광역시") @RequestParam(required = false) String sido,
			@Parameter(description = "조직 유형(지정·인증)") @RequestParam(required = false) DesignationType type,
			@Parameter(description = "가격대 (QUOTE는 견적)") @RequestParam(required = false) PriceRange price,
			@Parameter(description = "0부터 세는 쪽 번호") @RequestParam(defaultValue = "0") int page) {
		Set<Long> scope = center == null || center.isBlank() ? null : centers.centerAndDescendantIds(centers
			.findBySlug(center).map(CenterSummary::id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		ShowcaseSearch.Results results = search.search(scope, new ShowcaseQuery(q, category, sido, type, price, page));
		return new ProductsJson(results.page().getTotalElements(), results.page().getNumber(), results.page().getSize(),
				results.page().getContent(), results.categories(), results.regions(), results.types(), results.prices());
	}

	@GetMapping("/{id}")
	@Operation(summary = "제품·서비스 하나")
	@ApiResponse(responseCode = "404", description = "쇼케이스에 없는 제품")
	ShowcaseItem one(@PathVariable long id) {
		return search.product(null, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
