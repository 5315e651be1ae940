package org.ieum.market.needs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the need pages show: staff's list and a need with its matching organizations and responses, My page's open
 * needs and my organizations' responses, and the portal's public list. Needs name the buyer but never its contacts,
 * and responses are organizations' offers, so nothing here is personal data for the access log.
 */
@Service
@Transactional(readOnly = true)
public class NeedQueries {

	private final NeedRepository needs;
	private final NeedResponseRepository responses;
	private final NeedNoticeRepository notices;
	private final NeedMatches matches;
	private final EnterprisesApi enterprises;
	private final NeedFiles files;
	private final Clock clock;

	NeedQueries(NeedRepository needs, NeedResponseRepository responses, NeedNoticeRepository notices,
			NeedMatches matches, EnterprisesApi enterprises, NeedFiles files, Clock clock) {
		this.needs = needs;
		this.responses = responses;
		this.notices = notices;
		this.matches = matches;
		this.enterprises = enterprises;
		this.files = files;
		this.clock = clock;
	}

	/** A need as pages show it; {@code takesResponses} when organizations may still respond today. */
	public record NeedView(long id, long centerId, String buyerName, String categoryLabel, String title,
			String description, String quantity, Long budgetWon, LocalDate deadline, String deliveryRegion,
			boolean shownPublicly, String status, boolean takesResponses) {
	}

	public record NeedLine(NeedView need, long responses) {
	}

	public record MatchRow(long organizationId, String organizationName, List<String> products, LocalDateTime notifiedAt) {
	}

	public record ResponseRow(long id, long needId, long organizationId, String organizationName, long priceWon,
			String quantity, String note, String fileName, LocalDateTime respondedAt, String decision) {
	}

	public record NeedDetail(NeedView need, List<MatchRow> matches, List<ResponseRow> responses) {

		public long notified() {
			return matches.stream().filter(m -> m.notifiedAt() != null).count();
		}
	}

	/** An open need on My page, with which of my organizations it matched and which may still respond. */
	public record OpenNeed(NeedView need, List<String> matchedMine, List<OrganizationSummary> mayRespond) {
	}

	public record MyResponse(ResponseRow response, NeedView need) {
	}

	public record MyNeeds(List<OrganizationSummary> organizations, List<OpenNeed> open, List<MyResponse> responses) {
	}

	public record Download(String name, String type, byte[] bytes) {
	}

	public LocalDate today() {
		return Seoul.today(clock);
	}

	public List<NeedLine> ofCenter(long centerId) {
		Authorities.requireCenterStaff(centerId);
		LocalDate today = today();
		return needs.findByCenterIdOrderByStatusDescDeadlineAscIdAsc(centerId).stream()
			.map(n -> new NeedLine(view(n, today), responses.findByNeedIdOrderByRespondedAtAscIdAsc(n.getId()).size()))
			.toList();
	}

	/** A need of this center for its staff; another center's need is not found. */
	public NeedDetail forStaff(long centerId, long needId) {
		Authorities.requireCenterStaff(centerId);
		Need need = needs.findById(needId).filter(n -> n.getCenterId() == centerId)
			.orElseThrow(() -> Refusal.notFound("market.needs.error.unknown"));
		Map<Long, Instant> told = notices.findByNeedId(needId).stream()
			.collect(Collectors.toMap(NeedNotice::getOrganizationId, NeedNotice::getNotifiedAt));
		List<MatchRow> rows = matches.of(need).stream()
			.map(m -> new MatchRow(m.organizationId(), m.organizationName(), m.products(), local(told.get(m.organizationId()))))
			.toList();
		return new NeedDetail(view(need, today()), rows,
				responses.findByNeedIdOrderByRespondedAtAscIdAsc(needId).stream().map(NeedQueries::row).toList());
	}

	/** A response's file, for staff of the need's center. */
	public Download file(long centerId, long needId, long responseId) {
		Authorities.requireCenterStaff(centerId);
		NeedResponse response = responses.findById(responseId)
			.filter(r -> r.getNeedId() == needId && r.getStoredFile() != null)
			.filter(r -> needs.findById(needId).map(Need::getCenterId).orElse(-1L) == centerId)
			.orElseThrow(() -> Refusal.notFound("market.needs.error.unknownResponse"));
		byte[] bytes = files.read(response.getStoredFile())
			.orElseThrow(() -> Refusal.notFound("market.needs.error.unknownResponse"));
		return new Download(response.getFileName(), response.getFileType(), bytes);
	}

	/**
	 * My page: every need of the network that takes responses, those matching my organizations first, and my
	 * organizations' responses with the buyer's decisions.
	 */
	public MyNeeds mine(long accountId) {
		List<OrganizationSummary> mine = enterprises.managedBy(accountId);
		Set<Long> ids = mine.stream().map(OrganizationSummary::id).collect(Collectors.toSet());
		Map<Long, OrganizationSummary> byId = mine.stream()
			.collect(Collectors.toMap(OrganizationSummary::id, Function.identity()));
		LocalDate today = today();
		List<NeedResponse> answered = ids.isEmpty() ? List.of()
				: responses.findByOrganizationIdInOrderByRespondedAtDescIdDesc(ids);
		Map<Long, List<Long>> toldByNeed = ids.isEmpty() ? Map.of()
				: notices.findByOrganizationIdIn(ids).stream().collect(Collectors.groupingBy(
						NeedNotice::getNeedId, Collectors.mapping(NeedNotice::getOrganizationId, Collectors.toList())));
		List<OpenNeed> open = needs.findByStatusOrderByDeadlineAscIdAsc(NeedStatus.OPEN).stream()
			.filter(n -> n.takesResponsesOn(today))
			.map(n -> {
				Set<Long> responded = answered.stream().filter(r -> r.getNeedId() == n.getId())
					.map(NeedResponse::getOrganizationId).collect(Collectors.toSet());
				List<String> matched = toldByNeed.getOrDefault(n.getId(), List.of()).stream()
					.map(id -> byId.get(id).name()).sorted().toList();
				List<OrganizationSummary> may = mine.stream().filter(o -> !responded.contains(o.id())).toList();
				return new OpenNeed(view(n, today), matched, may);
			})
			.sorted(Comparator.comparing((OpenNeed o) -> o.matchedMine().isEmpty()))
			.toList();
		Map<Long, Need> answeredNeeds = needs.findAllById(answered.stream().map(NeedResponse::getNeedId).distinct().toList())
			.stream().collect(Collectors.toMap(Need::getId, Function.identity()));
		List<MyResponse> rows = answered.stream()
			.map(r -> new MyResponse(row(r), view(answeredNeeds.get(r.getNeedId()), today)))
			.toList();
		return new MyNeeds(mine, open, rows);
	}

	/** The portal's list: open needs of these centers that staff chose to show publicly, until their deadline. */
	public List<NeedView> shownIn(Collection<Long> centerIds) {
		LocalDate today = today();
		return needs.findByCenterIdInAndStatusAndShownPubliclyTrueOrderByDeadlineAscIdAsc(centerIds, NeedStatus.OPEN)
			.stream().filter(n -> n.takesResponsesOn(today)).map(n -> view(n, today)).toList();
	}

	private static LocalDateTime local(Instant instant) {
		return instant == null ? null : Seoul.at(instant).toLocalDateTime().withNano(0);
	}

	static NeedView view(Need n, LocalDate today) {
		return new NeedView(n.getId(), n.getCenterId(), n.getBuyerName(), n.getCategoryLabel(), n.getTitle(),
				n.getDescription(), n.getQuantity(), n.getBudgetWon(), n.getDeadline(), n.getDeliveryRegion(),
				n.isShownPublicly(), n.getStatus().name(), n.takesResponsesOn(today));
	}

	static ResponseRow row(NeedResponse r) {
		return new ResponseRow(r.getId(), r.getNeedId(), r.getOrganizationId(), r.getOrganizationName(), r.getPriceWon(),
				r.getQuantity(), r.getNote(), r.getFileName(), local(r.getRespondedAt()),
				r.getDecision() == null ? null : r.getDecision().name());
	}
}
