package org.ieum.spaces;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.ieum.spaces.SpaceViews.SpaceView;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The portal's 공간 예약 pages: the spaces, a space's month and week views with the booking form, today's board. */
@Controller
@RequestMapping("/c/{slug}/spaces")
class SpacesPortalController {

	/** A requested date turned into what the result page shows. */
	record OccurrenceView(LocalDate date, boolean booked, ReservationStatus status, String message) {
	}

	private final SpaceCatalog catalog;
	private final Slots slots;
	private final Reservations bookings;
	private final TodayBoard board;
	private final CalendarFeeds feeds;
	private final SpacePhotos photos;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final SpacesProperties properties;
	private final MessageSource messages;
	private final Clock clock;

	SpacesPortalController(SpaceCatalog catalog, Slots slots, Reservations bookings, TodayBoard board, CalendarFeeds feeds, SpacePhotos photos, CentersApi centers,
			IdentityApi identity, SpacesProperties properties, MessageSource messages, Clock clock) {
		this.catalog = catalog;
		this.slots = slots;
		this.bookings = bookings;
		this.board = board;
		this.feeds = feeds;
		this.photos = photos;
		this.centers = centers;
		this.identity = identity;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@PathVariable String slug, Model model) {
		CenterSummary center = center(slug);
		model.addAttribute("center", center);
		model.addAttribute("spaces", catalog.offeredBy(center.id()));
		return "spaces/list";
	}

	@GetMapping("/today")
	String today(@PathVariable String slug, Model model) {
		CenterSummary center = center(slug);
		model.addAttribute("center", center);
		model.addAttribute("today", Seoul.today(clock));
		model.addAttribute("board", board.of(center.id(), Seoul.today(clock)));
		return "spaces/today";
	}

	/**
	 * The space page. {@code start} and {@code end} come from a free time's link and fill the
	 * form; without them the form starts at the day's first free time (not at midnight).
	 */
	@GetMapping("/{id}")
	String space(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime start,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime end, Model model) {
		Space space = spaceOf(slug, id);
		ReservationForm form = new ReservationForm();
		LocalDate day = date != null ? date : Seoul.today(clock).plusDays(space.getMinDaysAhead());
		form.setDate(day);
		model.addAttribute("bookingForm", form);
		String page = spacePage(slug, space, day, model);
		Slots.Day selected = (Slots.Day) model.getAttribute("selected");
		LocalTime from = start != null ? start : defaultStart(selected);
		form.setStart(from);
		form.setEnd(end != null && end.isAfter(from) ? end : defaultEnd(space, selected, from));
		return page;
	}

	/** The day's first free time, else its opening time, else 10:00 (a closed day: the person picks another day). */
	private static LocalTime defaultStart(Slots.Day day) {
		if (day.firstFree() != null) {
			return day.firstFree().start();
		}
		return day.open() ? day.opens() : LocalTime.of(10, 0);
	}

	/** The shortest booking the space allows, at least an hour, ending by closing time. */
	private static LocalTime defaultEnd(Space space, Slots.Day day, LocalTime start) {
		int minutes = Math.max(60, space.getMinMinutes());
		minutes = (minutes + Slots.STEP_MINUTES - 1) / Slots.STEP_MINUTES * Slots.STEP_MINUTES;
		LocalTime end = start.plusMinutes(minutes);
		if (day.open() && (end.isAfter(day.closes()) || end.isBefore(start))) {
			end = day.closes();
		}
		return end.isAfter(start) ? end : start.plusMinutes(Slots.STEP_MINUTES);
	}

	@PostMapping("/{id}")
	String book(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("bookingForm") ReservationForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		Space space = spaceOf(slug, id);
		CurrentUser user = identity.currentUser().orElse(null);
		if (user == null) {
			return "redirect:/login";
		}
		LocalDate day = form.getDate() != null ? form.getDate() : Seoul.today(clock);
		if (errors.hasErrors()) {
			return spacePage(slug, space, day, model);
		}
		List<Reservations.Occurrence> outcome;
		try {
			outcome = bookings.book(form.toRequest(id), user);
		}
		catch (Refusal ex) {
			errors.reject(ex.messageKey(), ex.args(), null);
			return spacePage(slug, space, day, model);
		}
		if (outcome.size() == 1 && !outcome.get(0).booked()) {
			errors.reject(outcome.get(0).messageKey(), outcome.get(0).args(), null);
			return spacePage(slug, space, day, model);
		}
		if (outcome.stream().allMatch(Reservations.Occurrence::booked)) {
			boolean pending = outcome.stream().anyMatch(o -> o.status() == ReservationStatus.PENDING);
			redirect.addFlashAttribute("notice", pending ? "spaces.notice.requested" : "spaces.notice.confirmed");
			return "redirect:/c/" + slug + "/spaces/reservations/" + outcome.get(0).reservationId();
		}
		List<OccurrenceView> views = new ArrayList<>();
		for (Reservations.Occurrence o : outcome) {
			String text = o.booked() ? messages.getMessage("spaces.status." + o.status(), null, locale)
					: messages.getMessage(o.messageKey(), o.args(), locale);
			views.add(new OccurrenceView(o.date(), o.booked(), o.status(), text));
		}
		model.addAttribute("center", center(slug));
		model.addAttribute("space", catalog.view(space));
		model.addAttribute("outcome", views);
		return "spaces/outcome";
	}

	/** What a booking just made, in the center's own portal; only the booker may see it. */
	@GetMapping("/reservations/{reservationId}")
	String booked(@PathVariable String slug, @PathVariable long reservationId, CurrentUser me, Model model) {
		CenterSummary center = center(slug);
		List<SpaceViews.ReservationView> booked;
		try {
			booked = bookings.confirmation(reservationId, me);
		}
		catch (Refusal ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Space space = catalog.find(booked.get(0).spaceId());
		if (space.getCenterId() != center.id()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("center", center);
		model.addAttribute("space", catalog.view(space));
		model.addAttribute("reservations", booked);
		return "spaces/booked";
	}

	@GetMapping("/{id}/calendar.ics")
	ResponseEntity<String> calendar(@PathVariable String slug, @PathVariable long id) {
		Space space = spaceOf(slug, id);
		return IcsResponses.of(feeds.ofSpace(space), "space-" + id + ".ics");
	}

	@GetMapping("/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable String slug, @PathVariable long photoId) {
		center(slug);
		SpacePhotos.PhotoFile file = photos.read(photoId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		// stored names never change, and a replaced photo gets a new id: safe to cache for a day
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header("Cache-Control", "public, max-age=86400")
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

	private String spacePage(String slug, Space space, LocalDate day, Model model) {
		SpaceView view = catalog.view(space);
		YearMonth month = YearMonth.from(day);
		LocalDate monthStart = month.atDay(1);
		LocalDate gridStart = monthStart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate weekStart = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<Slots.Day> monthDays = slots.days(space, monthStart, month.atEndOfMonth());
		model.addAttribute("center", center(slug));
		model.addAttribute("space", view);
		model.addAttribute("photos", photos.of(space.getId()));
		model.addAttribute("day", day);
		model.addAttribute("today", Seoul.today(clock));
		model.addAttribute("month", month);
		model.addAttribute("monthWeeks", weeksOf(monthDays, (int) ChronoUnit.DAYS.between(gridStart, monthStart)));
		model.addAttribute("weekdays", List.of(DayOfWeek.values()));
		model.addAttribute("week", slots.days(space, weekStart, weekStart.plusDays(6)));
		model.addAttribute("weekStart", weekStart);
		model.addAttribute("selected", monthDays.stream().filter(d -> d.date().equals(day)).findFirst()
			.orElseGet(() -> slots.days(space, day, day).get(0)));
		model.addAttribute("times", times());
		model.addAttribute("maxWeeks", properties.maxWeeks());
		model.addAttribute("signedIn", identity.currentUser().isPresent());
		return "spaces/space";
	}

	/** The month in rows of seven from Monday, with null where a row runs into the month before or after. */
	private static List<List<Slots.Day>> weeksOf(List<Slots.Day> days, int leadingBlanks) {
		List<Slots.Day> cells = new ArrayList<>();
		for (int i = 0; i < leadingBlanks; i++) {
			cells.add(null);
		}
		cells.addAll(days);
		while (cells.size() % 7 != 0) {
			cells.add(null);
		}
		List<List<Slots.Day>> weeks = new ArrayList<>();
		for (int i = 0; i < cells.size(); i += 7) {
			weeks.add(new ArrayList<>(cells.subList(i, i + 7)));
		}
		return weeks;
	}

	/** Every half hour of a day, for the start and end choices. */
	private static List<LocalTime> times() {
		List<LocalTime> times = new ArrayList<>();
		for (int m = 0; m < 24 * 60; m += Slots.STEP_MINUTES) {
			times.add(LocalTime.of(m / 60, m % 60));
		}
		return times;
	}

	private CenterSummary center(String slug) {
		return centers.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Space spaceOf(String slug, long id) {
		CenterSummary center = center(slug);
		Optional<Space> space;
		try {
			space = Optional.of(catalog.find(id)).filter(s -> s.getCenterId() == center.id() && s.isActive());
		}
		catch (Refusal ex) {
			space = Optional.empty();
		}
		return space.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
