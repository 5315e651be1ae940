package org.ieum.market.fairs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Pattern;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.rooms.Room;
import org.ieum.shared.rooms.RoomHold;
import org.ieum.shared.rooms.RoomReservations;
import org.ieum.shared.web.Refusal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Markets and fairs: staff of a center plan an event (a center room is booked for its time in the same transaction),
 * organizations' managers apply for a booth within the application period, staff select and give booth numbers, and
 * after the event the organization or staff record each booth's sales.
 */
@Service
@Transactional
public class Fairs {

	static final int MAX_BOOTHS = 500;

	private static final Pattern DIGITS = Pattern.compile("[0-9]{1,13}");

	private final FairRepository fairs;
	private final BoothApplicationRepository applications;
	private final RoomReservations rooms;
	private final EnterprisesApi enterprises;
	private final Clock clock;

	Fairs(FairRepository fairs, BoothApplicationRepository applications, RoomReservations rooms,
			EnterprisesApi enterprises, Clock clock) {
		this.fairs = fairs;
		this.applications = applications;
		this.rooms = rooms;
		this.enterprises = enterprises;
		this.clock = clock;
	}

	/**
	 * An event as staff plan it: a center room ({@code roomId}) or an outside place ({@code place}), the fee in whole
	 * won as typed.
	 */
	public record Plan(String title, LocalDate fairDate, LocalTime opensAt, LocalTime closesAt, Long roomId,
			String place, int booths, String feeWon, String conditions, LocalDate applyFrom, LocalDate applyUntil) {
	}

	public long plan(long centerId, Plan plan) {
		Authorities.requireCenterStaff(centerId);
		String title = plan.title() == null ? "" : plan.title().strip();
		if (title.isEmpty() || title.length() > 100) {
			throw new Refusal("market.fairs.error.title");
		}
		if (plan.fairDate() == null) {
			throw new Refusal("market.fairs.error.date");
		}
		if (plan.opensAt() == null || plan.closesAt() == null || !plan.closesAt().isAfter(plan.opensAt())) {
			throw new Refusal("market.fairs.error.time");
		}
		if (plan.booths() < 1 || plan.booths() > MAX_BOOTHS) {
			throw new Refusal("market.fairs.error.booths", MAX_BOOTHS);
		}
		long fee = won(plan.feeWon());
		String conditions = plan.conditions() == null ? null : plan.conditions().strip();
		if (conditions != null && conditions.length() > 2000) {
			throw new Refusal("market.fairs.error.conditions");
		}
		if (plan.applyFrom() == null || plan.applyUntil() == null || plan.applyUntil().isBefore(plan.applyFrom())
				|| !plan.applyUntil().isBefore(plan.fairDate())) {
			throw new Refusal("market.fairs.error.period");
		}
		String place;
		if (plan.roomId() != null) {
			Room room = rooms.roomsOf(centerId).stream().filter(r -> r.id() == plan.roomId()).findFirst()
				.orElseThrow(() -> new Refusal("market.fairs.error.room"));
			place = room.name();
		}
		else {
			place = plan.place() == null ? "" : plan.place().strip();
			if (place.isEmpty() || place.length() > 200) {
				throw new Refusal("market.fairs.error.place");
			}
		}
		Fair fair = fairs.save(new Fair(centerId, title, plan, place, fee,
				conditions == null || conditions.isEmpty() ? null : conditions, clock.instant()));
		if (plan.roomId() != null) {
			var day = plan.fairDate();
			fair.booked(rooms.hold(new RoomHold(plan.roomId(), centerId,
					day.atTime(plan.opensAt()).atZone(Seoul.ZONE).toInstant(),
					day.atTime(plan.closesAt()).atZone(Seoul.ZONE).toInstant(), title, plan.booths())));
		}
		return fair.getId();
	}

	/**
	 * An organization applies for a booth: its manager within the application period, or staff of the fair's center
	 * for it at any time (an application on paper). An organization applies once per fair, even at the same moment.
	 */
	public long apply(long fairId, long organizationId, String note, Long accountId) {
		Fair fair = fairs.findById(fairId).orElseThrow(() -> Refusal.notFound("market.fairs.error.unknown"));
		boolean staff = Authorities.canManageCenter(fair.getCenterId());
		if (!staff && (accountId == null || !enterprises.isManager(organizationId, accountId))) {
			throw new AccessDeniedException("not a manager of the organization");
		}
		if (!staff && !fair.takesApplicationsOn(Seoul.today(clock))) {
			throw new Refusal("market.fairs.error.closed", fair.getApplyFrom(), fair.getApplyUntil());
		}
		OrganizationSummary organization = enterprises.findById(organizationId)
			.orElseThrow(() -> new Refusal("market.fairs.error.organization"));
		String text = note == null ? null : note.strip();
		if (text != null && text.length() > 500) {
			throw new Refusal("market.fairs.error.note");
		}
		if (applications.existsByFairIdAndOrganizationId(fairId, organizationId)) {
			throw new Refusal("market.fairs.error.appliedTwice", organization.name());
		}
		try {
			return applications.saveAndFlush(new BoothApplication(fairId, organizationId, organization.name(),
					text == null || text.isEmpty() ? null : text, accountId, clock.instant())).getId();
		}
		catch (DataIntegrityViolationException raced) {
			throw Refusal.because(raced, "market.fairs.error.appliedTwice", organization.name());
		}
	}

	/**
	 * Staff select an application and give it a booth number. A booth is given once and an application gets one
	 * booth, also when two staff members assign at the same moment: the unique booth number and the application's
	 * version refuse the second.
	 */
	public void assign(long applicationId, int booth) {
		BoothApplication application = toManage(applicationId);
		Fair fair = fairs.findById(application.getFairId()).orElseThrow();
		if (booth < 1 || booth > fair.getBooths()) {
			throw new Refusal("market.fairs.error.boothRange", fair.getBooths());
		}
		if (applications.existsByFairIdAndBoothNumber(fair.getId(), booth)) {
			throw new Refusal("market.fairs.error.boothTaken", booth);
		}
		application.assign(booth);
		try {
			applications.saveAndFlush(application);
		}
		catch (DataIntegrityViolationException raced) {
			throw Refusal.because(raced, "market.fairs.error.boothTaken", booth);
		}
		catch (OptimisticLockingFailureException raced) {
			throw Refusal.because(raced, "market.fairs.error.changedMeanwhile", application.getOrganizationName());
		}
	}

	/** Staff take a booth back (before any sales are recorded for it); the application waits again. */
	public void unassign(long applicationId) {
		toManage(applicationId).unassign();
	}

	public void decline(long applicationId) {
		toManage(applicationId).decline();
	}

	/** A booth's sales in whole won (zero allowed), from the event's day on, by its organization or staff. */
	public void recordSales(long applicationId, String won, Long accountId) {
		BoothApplication application = applications.findById(applicationId)
			.orElseThrow(() -> Refusal.notFound("market.fairs.error.unknownApplication"));
		Fair fair = fairs.findById(application.getFairId()).orElseThrow();
		if (!Authorities.canManageCenter(fair.getCenterId()) && (accountId == null
				|| !enterprises.isManager(application.getOrganizationId(), accountId))) {
			throw new AccessDeniedException("neither staff of the fair's center nor a manager of the organization");
		}
		if (!fair.heldBy(Seoul.today(clock))) {
			throw new Refusal("market.fairs.error.notYetHeld", fair.getFairDate());
		}
		application.recordSales(won(won), accountId, clock.instant());
	}

	private BoothApplication toManage(long applicationId) {
		BoothApplication application = applications.findById(applicationId)
			.orElseThrow(() -> Refusal.notFound("market.fairs.error.unknownApplication"));
		Authorities.requireCenterStaff(fairs.findById(application.getFairId()).orElseThrow().getCenterId());
		return application;
	}

	/** Whole won as typed ("30,000", "30000원"); zero allowed, never negative or with a decimal point. */
	static long won(String typed) {
		String digits = typed == null ? "" : typed.strip().replace(",", "").replace(" ", "");
		if (digits.endsWith("원")) {
			digits = digits.substring(0, digits.length() - 1);
		}
		if (!DIGITS.matcher(digits).matches()) {
			throw new Refusal("market.fairs.error.won", typed == null ? "" : typed.strip());
		}
		return Long.parseLong(digits);
	}
}
