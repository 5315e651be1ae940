package org.ieum.centers;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/centers")
@Tag(name = "센터", description = "사회적경제지원센터 네트워크의 공개 정보")
class CentersRestController {

	private final CentersApi centers;

	CentersRestController(CentersApi centers) {
		this.centers = centers;
	}

	@GetMapping
	@Operation(summary = "센터 목록", description = "모든 센터를 상위 센터 다음에 하위 센터 순서로 돌려줍니다.")
	List<CenterSummary> all() {
		return centers.all();
	}

	@GetMapping("/{slug}")
	@Operation(summary = "센터 정보", description = "센터의 연락처, 운영기관, 거점별 주간 운영시간을 돌려줍니다.")
	CenterProfile one(@PathVariable String slug) {
		return centers.profile(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
