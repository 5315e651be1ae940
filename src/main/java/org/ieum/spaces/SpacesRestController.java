package org.ieum.spaces;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Refusal;
import org.ieum.spaces.SpaceViews.ReservationView;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The booking API for kiosks and integrations, with exactly the rules of the pages.
 * Availability is public; booking, listing and cancelling act as the token's owner.
 */
@RestController
@RequestMapping("/api/v1/spaces")
@Tag(name = "공간 예약", description = "공간 예약 현황 조회, 예약, 취소")
class SpacesRestController {

	static final int MAX_PERIOD_DAYS = 62;

	record SlotJson(LocalTime start, LocalTime end, Slots.State state) {
	}

	record DayJson(LocalDate date, boolean open, LocalTime opens, LocalTime closes, List<SlotJson> slots) {
	}

	record AvailabilityJson(long spaceId, String name, int capacity, List<DayJson> days) {
	}

	/** A booking request; {@code weeks} (default 1) repeats it weekly. */
	record BookingJson(LocalDate date, LocalTime start, LocalTime end, String purpose, Integer headcount,
			Integer weeks) {
	}

	record OccurrenceJson(LocalDate date, Long reservationId, ReservationStatus status, String error) {
	}

	private final SpaceCatalog catalog;
	private final Slots slots;
	private final Reservations bookings;
	private final CalendarFeeds feeds;
	private final MessageSource messages;

	SpacesRestController(SpaceCatalog catalog, Slots slots, Reservations bookings, CalendarFeeds feeds,
			MessageSource messages) {
		this.catalog = catalog;
		this.slots = slots;
		this.bookings = bookings;
		this.feeds = feeds;
		this.messages = messages;
	}

	@GetMapping("/{id}/availability")
	@Operation(summary = "공간 예약 가능 시간",
			description = "기간(최대 62일)의 날짜별 운영시간과 30분 단위 칸의 상태(FREE 예약 가능, TAKEN 예약됨, UNAVAILABLE 지난 시간·예약 기간 밖)를 돌려줍니다. 토큰이 필요 없습니다.")
	@ApiResponse(responseCode = "200", description = "예약 현황")
	@ApiResponse(responseCode = "400", description = "잘못된 기간")
	@ApiResponse(responseCode = "404", description = "없는 공간")
	AvailabilityJson availability(@Parameter(description = "공간 번호") @PathVariable long id,
			@Parameter(description = "시작일 (yyyy-MM-dd)") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "종료일 (포함)") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Space space = activeSpace(id);
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
			throw new Refusal("spaces.error.period", MAX_PERIOD_DAYS);
		}
		List<DayJson> days = slots.days(space, from, to).stream()
			.map(d -> new DayJson(d.date(), d.open(), d.opens(), d.closes(),
					d.slots().stream().map(s -> new SlotJson(s.start(), s.end(), s.state())).toList()))
			.toList();
		return new AvailabilityJson(space.getId(), space.getName(), space.getCapacity(), days);
	}

	@PostMapping("/{id}/reservations")
	@Operation(summary = "예약하기",
			description = "날짜·시작·종료(30분 단위)·목적·인원으로 예약합니다. weeks가 2 이상이면 매주 같은 시간으로 반복합니다. 모든 날짜가 함께 예약되거나 하나도 예약되지 않으며, 예약되면 각 날짜의 예약 번호를, 안 되면 막은 날짜의 한국어 문제 설명(problem+json)을 돌려줍니다.")
	@ApiResponse(responseCode = "201", description = "모든 날짜가 예약됨")
	@ApiResponse(responseCode = "409", description = "이미 예약된 시간 등 예약할 수 없음")
	ResponseEntity<List<OccurrenceJson>> book(@PathVariable long id, @RequestBody BookingJson body, CurrentUser user,
			Locale locale) {
		// an unknown or retired space is refused by the booking itself (one look-up, not two)
		if (body.date() == null || body.start() == null || body.end() == null || body.headcount() == null) {
			throw new Refusal("spaces.error.incomplete");
		}
		var request = new Reservations.Request(id, body.date(), body.start(), body.end(), body.purpose(),
				body.headcount(), body.weeks() == null ? 1 : body.weeks());
		List<Reservations.Occurrence> outcome = bookings.book(request, user);
		if (outcome.stream().noneMatch(Reservations.Occurrence::booked)) {
			// a series is booked whole or not at all: the answer names the first date that stopped it
			Reservations.Occurrence first = outcome.stream().filter(o -> !Reservations.SERIES_HELD_BACK.equals(o.messageKey()))
				.findFirst().orElse(outcome.get(0));
			throw new Refusal(first.messageKey(), first.args());
		}
		List<OccurrenceJson> json = outcome.stream()
			.map(o -> new OccurrenceJson(o.date(), o.reservationId(), o.status(),
					o.booked() ? null : messages.getMessage(o.messageKey(), o.args(), locale)))
			.toList();
		return ResponseEntity.created(URI.create("/api/v1/spaces/reservations")).body(json);
	}

	@GetMapping("/reservations")
	@Operation(summary = "내 예약 목록", description = "토큰 주인의 예약을 최근 것부터 돌려줍니다.")
	List<ReservationView> mine(CurrentUser user) {
		return bookings.reservationsOf(user.accountId());
	}

	@PostMapping("/reservations/{reservationId}/cancel")
	@Operation(summary = "예약 취소", description = "본인의 예약을 공간의 취소 기한까지 취소합니다.")
	@ApiResponse(responseCode = "204", description = "취소됨")
	@ApiResponse(responseCode = "409", description = "다른 사람의 예약, 기한 지남 등")
	ResponseEntity<Void> cancel(@PathVariable long reservationId, CurrentUser user) {
		bookings.cancel(reservationId, user);
		return ResponseEntity.noContent().build();
	}

	@GetMapping(value = "/reservations/calendar.ics", produces = "text/calendar")
	@Operation(summary = "내 예약 iCal", description = "토큰 주인의 예약을 RFC 5545 달력으로 돌려줍니다.")
	ResponseEntity<String> calendar(CurrentUser user) {
		return IcsResponses.of(feeds.ofPerson(user.accountId()), "my-reservations.ics");
	}

	@ExceptionHandler(Refusal.class)
	ProblemDetail refused(Refusal ex, Locale locale) {
		HttpStatus status = switch (ex.messageKey()) {
			case "spaces.error.noSpace", "spaces.error.notFound" -> HttpStatus.NOT_FOUND;
			case "spaces.error.period", "spaces.error.incomplete" -> HttpStatus.BAD_REQUEST;
			default -> HttpStatus.CONFLICT;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(ex.messageKey(), ex.args(), locale));
		problem.setTitle(messages.getMessage("spaces.api.refused", null, locale));
		return problem;
	}

	/** A double submit or a decision by staff at the same moment: the other request won. */
	@ExceptionHandler({ ConcurrencyFailureException.class, DataIntegrityViolationException.class })
	ProblemDetail raced(RuntimeException ex, Locale locale) {
		return refused(new Refusal("spaces.error.state"), locale);
	}

	private Space activeSpace(long id) {
		Space space = catalog.find(id);
		if (!space.isActive()) {
			throw Refusal.notFound("spaces.error.noSpace");
		}
		return space;
	}
}
