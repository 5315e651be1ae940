package org.ieum.enterprises.journey;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ieum.enterprises.DesignationType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An organization's obligations as JSON, for its managers (and its center's staff) with an API token. */
@RestController
@Tag(name = "조직 의무", description = "인증·지정에 따른 보고·만료 등 의무와 처리 상태")
class ObligationsRestController {

	record ObligationJson(String key, ObligationKind kind, String title, DesignationType designationType,
			String designationNumber, LocalDate dueOn, long daysLeft, ObligationView.State state, List<Integer> remindersSent) {
	}

	private final Obligations obligations;

	ObligationsRestController(Obligations obligations) {
		this.obligations = obligations;
	}

	@GetMapping("/api/v1/organizations/{id}/obligations")
	@Operation(summary = "조직의 의무", description = "조직 관리자(또는 소속 센터 직원)의 토큰으로 지난 1년부터 앞으로 1년까지의 의무를 돌려줍니다. "
			+ "다른 조직은 403입니다.")
	List<ObligationJson> obligations(@PathVariable long id) {
		return obligations.ofOrganization(id).stream()
			.map(v -> new ObligationJson(v.key(), v.kind(), v.title(), v.designationType(), v.designationNumber(),
					v.dueOn(), v.daysLeft(), v.state(), v.remindersSent()))
			.toList();
	}
}
