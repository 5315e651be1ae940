package org.ieum.spaces;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

import org.ieum.identity.CurrentUser;
import org.ieum.identity.StaffCenter;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages for the reservations of the spaces of the centers they staff: the approval queue,
 * a week calendar of every space with no-show marking, monthly usage. Another center's pages answer 403.
 */
@Controller
@RefusalsReturnTo("/admin/spaces")
@RequestMapping("/admin/spaces")
class ReservationAdminController {

	private final Reservations bookings;
	private final StaffReservations staffReservations;
	private final SpacesApi api;
	private final Clock clock;

	ReservationAdminController(Reservations bookings, StaffReservations staffReservations, SpacesApi api, Clock clock) {
		this.bookings = bookings;
		this.staffReservations = staffReservations;
		this.api = api;
		this.clock = clock;
	}

	@GetMapping("/queue")
	String queue(StaffCenter center, Model model) {
		model.addAttribute("pending", staffReservations.queue(center.id()));
		return "spaces/admin/queue";
	}

	@PostMapping("/reservations/{id}/approve")
	String approve(@PathVariable long id, @RequestParam long center, CurrentUser user, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/spaces/queue?center=" + center, "spaces.notice.approved",
				"spaces.error.state", () -> bookings.approve(id, user.accountId()));
	}

	@PostMapping("/reservations/{id}/reject")
	String reject(@PathVariable long id, @RequestParam long center, @RequestParam(defaultValue = "") String reason,
			CurrentUser user, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/spaces/queue?center=" + center, "spaces.notice.rejected",
				"spaces.error.state", () -> bookings.reject(id, user.accountId(), reason));
	}

	@PostMapping("/reservations/{id}/no-show")
	String noShow(@PathVariable long id, @RequestParam long center,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			CurrentUser user, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/spaces/calendar?center=" + center + (date == null ? "" : "&date=" + date),
				"spaces.notice.noShow", "spaces.error.state", () -> bookings.markNoShow(id, user.accountId()));
	}

	@GetMapping("/calendar")
	String calendar(StaffCenter center,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		LocalDate day = date != null ? date : Seoul.today(clock);
		LocalDate weekStart = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		model.addAttribute("weekStart", weekStart);
		model.addAttribute("weekEnd", weekStart.plusDays(6));
		model.addAttribute("previousWeek", weekStart.minusWeeks(1));
		model.addAttribute("nextWeek", weekStart.plusWeeks(1));
		model.addAttribute("board", staffReservations.week(center.id(), weekStart));
		return "spaces/admin/calendar";
	}

	@GetMapping("/usage")
	String usage(StaffCenter center,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
		YearMonth m = month != null ? month : YearMonth.from(Seoul.today(clock));
		model.addAttribute("month", m);
		model.addAttribute("previousMonth", m.minusMonths(1));
		model.addAttribute("nextMonth", m.plusMonths(1));
		model.addAttribute("usage", api.usageOf(center.id(), m));
		return "spaces/admin/usage";
	}
}
