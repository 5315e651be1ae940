package org.ieum.programs.portal;

import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ieum.centers.CentersApi;
import org.ieum.programs.CallKind;
import org.ieum.programs.call.ApplicantType;
import org.ieum.programs.call.CallStatus;
import org.ieum.programs.call.CallViews;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A center's calls as JSON: public facts only, never anything about applicants. */
@RestController
@RequestMapping("/api/v1/programs")
@Tag(name = "지원사업", description = "지원사업·입주기업 모집 공고")
class ProgramsRestController {

	/** Times are Asia/Seoul local times. */
	record CallJson(long id, String center, String title, CallKind kind, CallStatus status, ApplicantType applicantType,
			LocalDateTime opensAt, LocalDateTime closesAt, long budgetWon, int awardCount, String url) {
	}

	private final CallViews calls;
	private final CentersApi centers;

	ProgramsRestController(CallViews calls, CentersApi centers) {
		this.calls = calls;
		this.centers = centers;
	}

	@GetMapping
	@Operation(summary = "센터의 공모 목록", description = "접수 기간(서울 시각)과 상태(UPCOMING, OPEN, CLOSED, REVIEW, RESULTS)를 돌려줍니다.")
	List<CallJson> list(@Parameter(description = "센터 주소 이름, 예: busan") @RequestParam String center) {
		long centerId = centers.findBySlug(center).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).id();
		return calls.callsOf(centerId).stream()
			.map(c -> new CallJson(c.id(), c.centerSlug(), c.title(), c.kind(), c.status(), c.applicantType(), c.opensAt(),
					c.closesAt(), c.budgetWon(), c.awardCount(), "/c/" + c.centerSlug() + "/programs/" + c.id()))
			.toList();
	}
}
