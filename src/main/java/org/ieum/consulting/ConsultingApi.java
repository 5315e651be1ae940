package org.ieum.consulting;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.consulting.cases.ConsultingField;
import org.ieum.consulting.cases.ConsultingRequest;
import org.ieum.consulting.cases.ConsultingRequestRepository;
import org.ieum.consulting.cases.ConsultingSession;
import org.ieum.consulting.cases.ConsultingSessionRepository;
import org.ieum.consulting.cases.SessionStatus;
import org.ieum.shared.Seoul;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules (statistics) may read from consulting: aggregate figures, no personal data. */
@Service
@Transactional(readOnly = true)
public class ConsultingApi {

	private final ConsultingRequestRepository requests;
	private final ConsultingSessionRepository sessions;

	ConsultingApi(ConsultingRequestRepository requests, ConsultingSessionRepository sessions) {
		this.requests = requests;
		this.sessions = sessions;
	}

	/** Figures of requests made to these centers, for sessions held in {@code year} up to {@code until}. */
	public ConsultingFigures figures(Collection<Long> centerIds, int year, Instant until) {
		Map<Long, ConsultingRequest> byId = requests.findByCenterIdInOrderByCreatedAtDescIdDesc(centerIds).stream()
			.collect(Collectors.toMap(ConsultingRequest::getId, Function.identity()));
		if (byId.isEmpty()) {
			return new ConsultingFigures(0, 0, Map.of(), 0, 0);
		}
		List<ConsultingSession> held = sessions.findByRequestIdIn(byId.keySet()).stream()
			.filter(s -> s.getStatus() == SessionStatus.DONE && !s.getStartsAt().isAfter(until)
					&& Seoul.at(s.getStartsAt()).getYear() == year)
			.toList();
		Set<Long> served = held.stream().map(ConsultingSession::getRequestId).collect(Collectors.toSet());
		long people = served.stream().mapToLong(id -> Math.max(1, byId.get(id).getPeople())).sum();
		Map<String, Long> minutes = new LinkedHashMap<>();
		for (ConsultingField field : ConsultingField.values()) {
			long sum = held.stream().filter(s -> byId.get(s.getRequestId()).getField() == field)
				.mapToLong(ConsultingSession::getMinutes).sum();
			if (sum > 0) {
				minutes.put(field.name(), sum);
			}
		}
		List<Integer> ratings = byId.values().stream()
			.filter(r -> r.getRating() != null && r.getCompletedAt() != null
					&& Seoul.at(r.getCompletedAt()).getYear() == year)
			.map(ConsultingRequest::getRating).toList();
		long average = ratings.isEmpty() ? 0
				: Math.round(10.0 * ratings.stream().mapToInt(Integer::intValue).sum() / ratings.size());
		return new ConsultingFigures(held.size(), people, minutes, ratings.size(), average);
	}
}
