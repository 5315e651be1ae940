package org.ieum.market.fairs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.rooms.Room;
import org.ieum.shared.rooms.RoomReservations;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the fair pages show: staff's list and event page with the applications and totals, the portal's event pages
 * with booths and participants, and My page's open events and applications. Organization names are public facts,
 * and applications hold no personal data, so nothing here is written to the access log.
 */
@Service
@Transactional(readOnly = true)
public class FairQueries {

	private final FairRepository fairs;
	private final BoothApplicationRepository applications;
	private final EnterprisesApi enterprises;
	private final RoomReservations rooms;
	private final Clock clock;

	FairQueries(FairRepository fairs, BoothApplicationRepository applications, EnterprisesApi enterprises,
			RoomReservations rooms, Clock clock) {
		this.fairs = fairs;
		this.applications = applications;
		this.enterprises = enterprises;
		this.rooms = rooms;
		this.clock = clock;
	}

	public record FairView(long id, long centerId, String title, LocalDate date, LocalTime opensAt, LocalTime closesAt,
			String place, boolean centerRoom, int booths, long feeWon, String conditions, LocalDate applyFrom,
			LocalDate applyUntil, boolean open, boolean held) {
	}

	public record BoothRow(long id, long organizationId, String organizationName, String note, BoothStatus status,
			Integer boothNumber, Long salesWon) {
	}

	/** A fair with its applications and totals: booths given, booths with sales recorded, and their sum. */
	public record FairDetail(FairView fair, List<BoothRow> rows, long assigned, long withSales, long salesWon) {

		public List<BoothRow> booths() {
			return rows.stream().filter(r -> r.boothNumber() != null)
				.sorted(Comparator.comparing(BoothRow::boothNumber)).toList();
		}
	}

	public record FairLine(FairView fair, long applied, long assigned, long salesWon) {
	}

	public record MyApplication(BoothRow booth, FairView fair) {
	}

	public record MyFairs(List<FairView> open, List<OrganizationSummary> organizations,
			List<MyApplication> applications) {
	}

	public LocalDate today() {
		return Seoul.today(clock);
	}

	public List<Room> rooms(long centerId) {
		return rooms.roomsOf(centerId);
	}

	public List<FairLine> ofCenter(long centerId) {
		Authorities.requireCenterStaff(centerId);
		return fairs.findByCenterIdInOrderByFairDateDescIdDesc(Set.of(centerId)).stream().map(f -> {
			List<BoothApplication> list = applications.findByFairIdOrderByAppliedAtAscIdAsc(f.getId());
			return new FairLine(view(f), list.size(), list.stream().filter(a -> a.getBoothNumber() != null).count(),
					list.stream().map(BoothApplication::getSalesWon).filter(Objects::nonNull).mapToLong(Long::longValue)
						.sum());
		}).toList();
	}

	/** A fair for staff of its center; another center's fair is not found. */
	public FairDetail forStaff(long centerId, long fairId) {
		Authorities.requireCenterStaff(centerId);
		Fair fair = fairs.findById(fairId).filter(f -> f.getCenterId() == centerId)
			.orElseThrow(() -> Refusal.notFound("market.fairs.error.unknown"));
		return detail(fair);
	}

	public List<FairView> shownIn(Set<Long> centerIds) {
		return fairs.findByCenterIdInOrderByFairDateDescIdDesc(centerIds).stream().map(this::view).toList();
	}

	/** A fair on a portal that shows these centers; any other is not found. */
	public FairDetail shownIn(Set<Long> centerIds, long fairId) {
		Fair fair = fairs.findById(fairId).filter(f -> centerIds.contains(f.getCenterId()))
			.orElseThrow(() -> Refusal.notFound("market.fairs.error.unknown"));
		return detail(fair);
	}

	public MyFairs mine(long accountId) {
		List<OrganizationSummary> organizations = enterprises.managedBy(accountId);
		LocalDate today = today();
		List<FairView> open = fairs.findByApplyFromLessThanEqualAndApplyUntilGreaterThanEqualOrderByApplyUntilAscIdAsc(
				today, today).stream().map(this::view).toList();
		if (organizations.isEmpty()) {
			return new MyFairs(open, organizations, List.of());
		}
		List<BoothApplication> list = applications.findByOrganizationIdInOrderByAppliedAtDescIdDesc(
				organizations.stream().map(OrganizationSummary::id).toList());
		Map<Long, FairView> views = fairs.findAllById(list.stream().map(BoothApplication::getFairId).distinct().toList())
			.stream().map(this::view).collect(Collectors.toMap(FairView::id, Function.identity()));
		return new MyFairs(open, organizations,
				list.stream().map(a -> new MyApplication(row(a), views.get(a.getFairId()))).toList());
	}

	private FairDetail detail(Fair fair) {
		List<BoothRow> rows = applications.findByFairIdOrderByAppliedAtAscIdAsc(fair.getId()).stream().map(FairQueries::row)
			.toList();
		return new FairDetail(view(fair), rows, rows.stream().filter(r -> r.boothNumber() != null).count(),
				rows.stream().filter(r -> r.salesWon() != null).count(),
				rows.stream().map(BoothRow::salesWon).filter(Objects::nonNull).mapToLong(Long::longValue).sum());
	}

	private static BoothRow row(BoothApplication a) {
		return new BoothRow(a.getId(), a.getOrganizationId(), a.getOrganizationName(), a.getNote(), a.getStatus(),
				a.getBoothNumber(), a.getSalesWon());
	}

	private FairView view(Fair f) {
		LocalDate today = today();
		return new FairView(f.getId(), f.getCenterId(), f.getTitle(), f.getFairDate(), f.getOpensAt(), f.getClosesAt(),
				f.getPlace(), f.getRoomId() != null, f.getBooths(), f.getFeeWon(), f.getConditions(), f.getApplyFrom(),
				f.getApplyUntil(), f.takesApplicationsOn(today), f.heldBy(today));
	}
}
