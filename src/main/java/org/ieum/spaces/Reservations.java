package org.ieum.spaces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ieum.identity.CurrentUser;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.ieum.spaces.SpaceViews.ReservationView;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking, deciding, cancelling and closing reservations. Every rule ({@link ReservationRules}) is
 * checked here for a clear Korean message, and the database checks the one that matters most once more: two
 * live reservations of a space never overlap, whatever node the requests reach.
 */
@Service
class Reservations {

	/** The reason given for the dates of a series that were free but not booked because another date was not. */
	static final String SERIES_HELD_BACK = "spaces.series.heldBack";

	/** What the booker asked for; with {@code weeks > 1} the same time on the same weekday that many weeks. */
	record Request(long spaceId, LocalDate date, LocalTime start, LocalTime end, String purpose, int headcount,
			int weeks) {
	}

	/** One requested date and what became of it: a reservation or the reason it failed. */
	record Occurrence(LocalDate date, Long reservationId, ReservationStatus status, String messageKey, Object[] args) {

		public boolean booked() {
			return reservationId != null;
		}
	}

	private final SpaceRepository spaces;
	private final ReservationRepository reservations;
	private final OccupiedCells cells;
	private final SiteHours hours;
	private final NoShowRule noShows;
	private final ReservationMails mails;
	private final SpacesProperties properties;
	private final TransactionTemplate transactions;
	private final Clock clock;

	Reservations(SpaceRepository spaces, ReservationRepository reservations, OccupiedCells cells, SiteHours hours,
			NoShowRule noShows, ReservationMails mails, SpacesProperties properties,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.spaces = spaces;
		this.reservations = reservations;
		this.cells = cells;
		this.hours = hours;
		this.noShows = noShows;
		this.mails = mails;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Books every occurrence of a request in one transaction: all of its dates or none. A
	 * weekly series saved in part would leave the booker holding dates they never heard
	 * about when the server stops half-way (docs/adr/0006, 2026-12-06). When a date cannot
	 * be booked, the answer says which and why, and that the others were not booked either.
	 */
	List<Occurrence> book(Request request, CurrentUser user) {
		if (request.weeks() < 1 || request.weeks() > properties.maxWeeks()) {
			throw new Refusal("spaces.error.weeks", properties.maxWeeks());
		}
		String series = request.weeks() > 1 ? UUID.randomUUID().toString() : null;
		List<LocalDate> dates = new ArrayList<>();
		for (int week = 0; week < request.weeks(); week++) {
			dates.add(request.date().plusWeeks(week));
		}
		LocalDate[] saving = new LocalDate[1];
		try {
			return transactions.execute(status -> {
				List<Occurrence> refused = new ArrayList<>();
				List<Checked> checked = new ArrayList<>();
				for (LocalDate date : dates) {
					try {
						checked.add(check(request, date, user));
					}
					catch (Refusal ex) {
						refused.add(new Occurrence(date, null, null, ex.messageKey(), ex.args()));
					}
				}
				if (!refused.isEmpty()) {
					status.setRollbackOnly();
					return noneBooked(dates, refused);
				}
				List<Occurrence> outcome = new ArrayList<>();
				// written as checked: a booking another node committed since is refused by the database
				for (int i = 0; i < dates.size(); i++) {
					saving[0] = dates.get(i);
					Reservation booked = save(checked.get(i), request, user, series);
					outcome.add(new Occurrence(dates.get(i), booked.getId(), booked.getStatus(), null, null));
				}
				return outcome;
			});
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			// the database saw a concurrent booking of the same time that the check above could not yet see
			// (a duplicate cell or the exclusion constraint; on H2 possibly a lock wait that timed out on it)
			return noneBooked(dates, List.of(new Occurrence(saving[0], null, null, "spaces.error.taken", new Object[0])));
		}
	}

	/** Every date of a request that was not booked: the refused ones with their reason, the rest as held back with them. */
	private static List<Occurrence> noneBooked(List<LocalDate> dates, List<Occurrence> refused) {
		List<Occurrence> outcome = new ArrayList<>();
		for (LocalDate date : dates) {
			outcome.add(refused.stream().filter(o -> date.equals(o.date())).findFirst()
				.orElseGet(() -> new Occurrence(date, null, null, SERIES_HELD_BACK, new Object[0])));
		}
		return outcome;
	}

	/** What one date of a request would book, after every rule that can refuse it. */
	private record Checked(Space space, Instant startsAt, Instant endsAt, Instant now) {
	}

	private Checked check(Request request, LocalDate date, CurrentUser user) {
		Space space = spaces.findById(request.spaceId())
			.filter(Space::isActive)
			.orElseThrow(() -> Refusal.notFound("spaces.error.noSpace"));
		ReservationRules.audience(space.getAudience(), space.getCenterId(), user);
		ReservationRules.partySize(request.headcount(), space.getCapacity());
		ReservationRules.purpose(request.purpose());
		LocalTime start = request.start();
		LocalTime end = request.end();
		ReservationRules.onTheGrid(start, end);
		ReservationRules.length(start, end, space.getMinMinutes(), space.getMaxMinutes());
		Instant now = clock.instant();
		Instant startsAt = date.atTime(start).atZone(Seoul.ZONE).toInstant();
		Instant endsAt = date.atTime(end).atZone(Seoul.ZONE).toInstant();
		ReservationRules.notPast(startsAt, now);
		ReservationRules.withinWindow(Seoul.today(clock), date, space.getMinDaysAhead(), space.getMaxDaysAhead());
		ReservationRules.withinOpeningHours(hours.fresh(space.getSiteId(), date), start, end);
		noShows.bannedUntil(user.accountId(), now).ifPresent(until -> {
			throw new Refusal("spaces.error.banned", Seoul.at(until).toLocalDate().toString());
		});
		Instant blockedUntil = ReservationRules.heldUntil(endsAt, space.getBufferMinutes());
		if (reservations.anyLiveOverlapping(space.getId(), startsAt, blockedUntil)) {
			throw new Refusal("spaces.error.taken");
		}
		return new Checked(space, startsAt, endsAt, now);
	}

	private Reservation save(Checked checked, Request request, CurrentUser user, String series) {
		Space space = checked.space();
		Reservation reservation = reservations.saveAndFlush(new Reservation(space, user.accountId(),
				user.displayName(), user.email(), checked.startsAt(), checked.endsAt(), request.purpose().strip(),
				request.headcount(), series, checked.now()));
		cells.occupy(reservation);
		mails.send(reservation.getStatus() == ReservationStatus.PENDING ? "requested" : "confirmed", reservation,
				space);
		return reservation;
	}

	/**
	 * The reservations a booking just made, for its confirmation page: the one asked for and
	 * the other dates of its weekly series. Only the booker sees them.
	 */
	@Transactional(readOnly = true)
	public List<ReservationView> confirmation(long reservationId, CurrentUser user) {
		Reservation first = reservations.findById(reservationId)
			.filter(r -> r.isBookedBy(user.accountId()))
			.orElseThrow(() -> Refusal.notFound("spaces.error.notFound"));
		Space space = spaces.findById(first.getSpaceId()).orElseThrow();
		List<Reservation> booked = first.getSeries() == null ? List.of(first)
				: reservations.findBySeriesOrderByStartsAt(first.getSeries());
		Instant now = clock.instant();
		return booked.stream()
			.filter(r -> r.isBookedBy(user.accountId()))
			.map(r -> ReservationView.of(r, space.getName(), r.getStatus().holdsTime() && !now.isAfter(
					r.getStartsAt().minus(Duration.ofHours(space.getCancelHoursBefore()))), false))
			.toList();
	}

	/** The booker withdraws; someone else's reservation is refused with a message, not a 403, and left alone. */
	@Transactional
	public void cancel(long reservationId, CurrentUser user) {
		Reservation reservation = reservations.findById(reservationId)
			.orElseThrow(() -> Refusal.notFound("spaces.error.notFound"));
		if (!reservation.isBookedBy(user.accountId())) {
			throw new Refusal("spaces.error.notYours");
		}
		Space space = spaces.findById(reservation.getSpaceId()).orElseThrow();
		Instant deadline = reservation.getStartsAt().minus(Duration.ofHours(space.getCancelHoursBefore()));
		reservation.cancel(deadline, clock.instant());
		cells.release(reservation);
		mails.send("cancelled", reservation, space);
	}

	@Transactional
	public void approve(long reservationId, long staffAccountId) {
		Reservation reservation = staffReservation(reservationId);
		reservation.approve(staffAccountId, clock.instant());
		mails.send("approved", reservation, spaces.findById(reservation.getSpaceId()).orElseThrow());
	}

	@Transactional
	public void reject(long reservationId, long staffAccountId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new Refusal("spaces.error.reason");
		}
		Reservation reservation = staffReservation(reservationId);
		reservation.reject(staffAccountId, reason.strip(), clock.instant());
		cells.release(reservation);
		mails.send("rejected", reservation, spaces.findById(reservation.getSpaceId()).orElseThrow());
	}

	/**
	 * Slots and the overlap check treat a no-show as not holding time, so its cells must go too
	 * or the rest of the slot looks free but cannot be booked. Only the cells from the next cell
	 * boundary on are released: the time already gone cannot be booked anyway.
	 */
	@Transactional
	public void markNoShow(long reservationId, long staffAccountId) {
		Reservation reservation = staffReservation(reservationId);
		Instant now = clock.instant();
		reservation.markNoShow(staffAccountId, now);
		cells.releaseFrom(reservation, now);
		mails.send("noShow", reservation, spaces.findById(reservation.getSpaceId()).orElseThrow());
	}

	/** Requests nobody decided expire shortly before they would start and free their time. */
	@Transactional
	public int expireUndecided() {
		Instant now = clock.instant();
		List<Reservation> due = reservations.findByStatusAndStartsAtBefore(ReservationStatus.PENDING,
				now.plus(properties.pendingExpiresBefore()));
		for (Reservation reservation : due) {
			reservation.expire(now);
			cells.release(reservation);
			mails.send("expired", reservation, spaces.findById(reservation.getSpaceId()).orElseThrow());
		}
		return due.size();
	}

	/** The person's reservations, newest first, with whether each may still be cancelled. */
	@Transactional(readOnly = true)
	public List<ReservationView> reservationsOf(long accountId) {
		Instant now = clock.instant();
		List<Reservation> list = reservations.findByAccountIdOrderByStartsAtDesc(accountId, PageRequest.of(0, 200))
			.getContent();
		Map<Long, Space> byId = spaces.findAllById(list.stream().map(Reservation::getSpaceId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Space::getId, s -> s));
		return list.stream().map(r -> {
			Space space = byId.get(r.getSpaceId());
			boolean cancellable = r.getStatus().holdsTime() && !now.isAfter(
					r.getStartsAt().minus(Duration.ofHours(space.getCancelHoursBefore())));
			return ReservationView.of(r, space.getName(), cancellable, false);
		}).toList();
	}

	/** Undecided requests for the spaces of a center, soonest first. */
	@Transactional(readOnly = true)
	public List<ReservationView> pendingFor(long centerId) {
		Authorities.requireCenterStaff(centerId);
		Map<Long, Space> byId = spaces.findByCenterIdOrderByName(centerId).stream()
			.collect(Collectors.toMap(Space::getId, s -> s));
		if (byId.isEmpty()) {
			return List.of();
		}
		return reservations.findBySpaceIdInAndStatusOrderByStartsAt(byId.keySet(), ReservationStatus.PENDING)
			.stream()
			.map(r -> ReservationView.of(r, byId.get(r.getSpaceId()).getName(), false, false))
			.toList();
	}

	private Reservation staffReservation(long reservationId) {
		Reservation reservation = reservations.findById(reservationId)
			.orElseThrow(() -> Refusal.notFound("spaces.error.notFound"));
		Space space = spaces.findById(reservation.getSpaceId()).orElseThrow();
		Authorities.requireCenterStaff(space.getCenterId());
		return reservation;
	}
}
