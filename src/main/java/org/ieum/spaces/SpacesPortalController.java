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
import org.ieum.shared.MenuEntry;
import org.ieum.shared.MenuGroup;
import org.ieum.shared.Seoul;
import org.ieum.spaces.SpaceViews.SpaceView;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
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

/** The portal's 공간대관 pages: the spaces, a space's month and week views with the booking form, today's board. */
@Controller
@RequestMapping("/c/{slug}/spaces")
class SpacesPortalController {

	/** A requested date turned into what the result page shows. */
	record OccurrenceView(LocalDate date, boolean booked, ReservationStatus status, String message) {
	}

	private final SpaceCatalog catalog;
	private final Slots slots;
	private final Bookings bookings;
	private final TodayBoard board;
	private final CalendarFeeds feeds;
	private final SpacePhotos photos;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final SpacesProperties properties;
	private final MessageSource messages;
	private final Clock clock;

	SpacesPortalController(SpaceCatalog catalog, Slots slots, Bookings bookings, TodayBoard board, CalendarFeeds feeds, SpacePhotos photos, CentersApi centers,
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

	@Bean
	static MenuEntry spacesMenuEntry() {
		return MenuEntry.portal(MenuGroup.SPACES, "spaces.menu.portal", "spaces", 10);
	}

	@Bean
	static MenuEntry spacesTodayMenuEntry() {
		return MenuEntry.portal(MenuGroup.SPACES, "spaces.menu.today", "spaces/today", 20);
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

	@GetMapping("/{id}")
	String space(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		Space space = spaceOf(slug, id);
		BookingForm form = new BookingForm();
		LocalDate day = date != null ? date : Seoul.today(clock).plusDays(space.getMinDaysAhead());
		form.setDate(day);
		model.addAttribute("bookingForm", form);
		return spacePage(slug, space, day, model);
	}

	@PostMapping("/{id}")
	String book(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("bookingForm") BookingForm form,
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
		List<Bookings.Occurrence> outcome;
		try {
			outcome = bookings.book(form.toRequest(id), user);
		}
		catch (SpacesException ex) {
			errors.reject(ex.messageKey(), ex.args(), null);
			return spacePage(slug, space, day, model);
		}
		if (outcome.size() == 1 && !outcome.get(0).booked()) {
			errors.reject(outcome.get(0).messageKey(), outcome.get(0).args(), null);
			return spacePage(slug, space, day, model);
		}
		if (outcome.stream().allMatch(Bookings.Occurrence::booked)) {
			boolean pending = outcome.stream().anyMatch(o -> o.status() == ReservationStatus.PENDING);
			redirect.addFlashAttribute("notice", pending ? "spaces.notice.requested" : "spaces.notice.confirmed");
			return "redirect:/my/reservations";
		}
		List<OccurrenceView> views = new ArrayList<>();
		for (Bookings.Occurrence o : outcome) {
			String text = o.booked() ? messages.getMessage("spaces.status." + o.status(), null, locale)
					: messages.getMessage(o.messageKey(), o.args(), locale);
			views.add(new OccurrenceView(o.date(), o.booked(), o.status(), text));
		}
		model.addAttribute("center", center(slug));
		model.addAttribute("space", catalog.view(space));
		model.addAttribute("outcome", views);
		return "spaces/outcome";
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
		model.addAttribute("leadingBlanks", (int) ChronoUnit.DAYS.between(gridStart, monthStart));
		model.addAttribute("monthDays", monthDays);
		model.addAttribute("week", slots.days(space, weekStart, weekStart.plusDays(6)));
		model.addAttribute("weekStart", weekStart);
		model.addAttribute("selected", monthDays.stream().filter(d -> d.date().equals(day)).findFirst()
			.orElseGet(() -> slots.days(space, day, day).get(0)));
		model.addAttribute("times", times());
		model.addAttribute("maxWeeks", properties.maxWeeks());
		model.addAttribute("signedIn", identity.currentUser().isPresent());
		return "spaces/space";
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
		catch (SpacesException ex) {
			space = Optional.empty();
		}
		return space.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
