package org.ieum.stats;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ieum.centers.CentersApi;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Open data: the published figures as JSON, each report stamped with its reference date. */
@RestController
@RequestMapping("/api/v1/stats")
@Tag(name = "statistics", description = "센터와 네트워크의 사회적경제 통계 (공개)")
class StatisticsRestController {

	private final Statistics statistics;
	private final CentersApi centers;

	StatisticsRestController(Statistics statistics, CentersApi centers) {
		this.statistics = statistics;
		this.centers = centers;
	}

	@GetMapping("/network")
	@Operation(summary = "네트워크 전체 통계", description = "모든 센터의 기업과 인증·지정 현황. referenceDate가 기준일자입니다.")
	StatisticsReport network(Locale locale) {
		return statistics.network(locale);
	}

	@GetMapping("/centers/{slug}")
	@Operation(summary = "센터 통계", description = "센터와 그 아래 센터를 합한 기업과 인증·지정 현황. referenceDate가 기준일자입니다.")
	StatisticsReport center(@PathVariable String slug, Locale locale) {
		return statistics.center(centers.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
				locale);
	}
}
