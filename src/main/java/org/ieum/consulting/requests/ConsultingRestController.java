package org.ieum.consulting.requests;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ieum.consulting.cases.CaseViews;
import org.ieum.consulting.cases.ConsultingField;
import org.ieum.consulting.cases.ConsultingRequest;
import org.ieum.consulting.cases.RequestKind;
import org.ieum.consulting.cases.RequestStatus;
import org.ieum.consulting.cases.SessionMode;
import org.ieum.consulting.cases.SessionStatus;
import org.ieum.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A client's own consulting requests as JSON; anyone else's answers 404. */
@RestController
@RequestMapping("/api/v1/consulting")
@Tag(name = "컨설팅", description = "내 컨설팅·멘토링 신청과 상담 기록")
public class ConsultingRestController {

	public record SessionJson(Instant startsAt, int minutes, SessionMode mode, SessionStatus status, String content,
			String nextSteps) {
	}

	public record RequestJson(long id, String center, RequestKind kind, ConsultingField field, String title,
			RequestStatus status, String expert, Instant createdAt, Integer rating, List<SessionJson> sessions) {
	}

	private final ClientRequests requests;
	private final CaseViews views;

	public ConsultingRestController(ClientRequests requests, CaseViews views) {
		this.requests = requests;
		this.views = views;
	}

	@GetMapping("/requests")
	@Operation(summary = "내 신청 목록", description = "토큰 소유자가 낸 신청만 돌려줍니다.")
	public List<RequestJson> mine(CurrentUser me) {
		return requests.mine(me).stream().map(this::json).toList();
	}

	@GetMapping("/requests/{id}")
	@Operation(summary = "내 신청 하나", description = "다른 사람의 신청은 404입니다.")
	public RequestJson one(@PathVariable long id, CurrentUser me) {
		return json(requests.requestOf(id, me));
	}

	private RequestJson json(ConsultingRequest r) {
		var view = views.detail(r);
		return new RequestJson(view.id(), view.centerName(), view.kind(), view.field(), view.title(), view.status(),
				view.expertName(), view.createdAt(), view.rating(), view.sessions().stream()
					.map(s -> new SessionJson(s.startsAt(), s.minutes(), s.mode(), s.status(), s.content(), s.nextSteps()))
					.toList());
	}
}
