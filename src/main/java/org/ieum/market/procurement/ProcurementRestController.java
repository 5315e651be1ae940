package org.ieum.market.procurement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.shared.Seoul;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Public procurement figures as open data: public bodies' targets and confirmed purchases; public, no token. */
@RestController
@RequestMapping("/api/v1/public/procurement")
@Tag(name = "공공구매", description = "공공기관의 사회적경제 기업 제품 우선구매 목표와 실적")
class ProcurementRestController {

	/**
	 * @param referenceDate 기준일자: purchases contracted up to this day (Asia/Seoul) are counted
	 * @param ratePercent achievement in percent with one decimal, null without a target
	 */
	record BuyerJson(String name, BuyerKind kind, String sido, Long targetWon, long actualWon, Double ratePercent) {
	}

	record AmountJson(String label, long won) {
	}

	record ProcurementJson(LocalDate referenceDate, String center, int year, long targetWon, long actualWon,
			Double ratePercent, List<BuyerJson> buyers, List<AmountJson> byRegion, List<AmountJson> byCategory) {
	}

	private final ProcurementReports reports;
	private final CentersApi centers;
	private final Clock clock;

	ProcurementRestController(ProcurementReports reports, CentersApi centers, Clock clock) {
		this.reports = reports;
		this.centers = centers;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "공공구매 목표와 실적",
			description = "공공기관별 구매목표액, 구매실적액(판매 조직이 확인한 계약만), 달성률과 지역·분류별 실적. "
					+ "referenceDate가 기준일자입니다. center를 주면 그 센터(와 하위 센터)가 관리하는 공공기관만 셉니다.")
	@ApiResponse(responseCode = "404", description = "없는 센터")
	@ApiResponse(responseCode = "400", description = "2000년부터 올해까지가 아닌 연도")
	ProcurementJson figures(
			@Parameter(description = "센터 주소 이름, 예: busan (없으면 전체 네트워크)") @RequestParam(required = false) String center,
			@Parameter(description = "연도 (없으면 올해)") @RequestParam(required = false) Integer year) {
		LocalDate today = Seoul.today(clock);
		int chosen = year == null ? today.getYear() : year;
		if (chosen < 2000 || chosen > today.getYear()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		Set<Long> scope;
		String slug = null;
		if (center == null || center.isBlank()) {
			scope = centers.all().stream().map(CenterSummary::id).collect(Collectors.toSet());
		}
		else {
			CenterSummary c = centers.findBySlug(center)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			scope = centers.centerAndDescendantIds(c.id());
			slug = c.slug();
		}
		ProcurementReports.Report r = reports.report(scope, chosen, today);
		return new ProcurementJson(today, slug, chosen, r.targetWon(), r.actualWon(), percent(r.rateTenths()),
				r.buyers().stream()
					.map(b -> new BuyerJson(b.name(), b.kind(), b.sido(), b.targetWon(), b.actualWon(),
							percent(b.rateTenths())))
					.toList(),
				r.byRegion().stream().map(a -> new AmountJson(a.label(), a.won())).toList(),
				r.byCategory().stream().map(a -> new AmountJson(a.label(), a.won())).toList());
	}

	private static Double percent(Long tenths) {
		return tenths == null ? null : tenths / 10.0;
	}
}
