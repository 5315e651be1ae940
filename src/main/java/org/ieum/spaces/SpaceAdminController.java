package org.ieum.spaces;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import jakarta.validation.Valid;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.identity.StaffCenter;
import org.ieum.identity.StaffCenters;
import org.ieum.shared.Authorities;
import org.ieum.shared.MenuEntry;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.ieum.shared.web.RefusalsReturnTo;
import org.ieum.spaces.SpaceViews.ReservationView;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages for the spaces of the centers they staff: the spaces and their terms, the
 * approval queue, a week calendar of every space with no-show marking, monthly usage.
 * Another center's pages answer 403.
 */
@Controller
@RefusalsReturnTo("/admin/spaces")
@RequestMapping("/admin/spaces")
class SpaceAdminController {

	private final SpaceCatalog catalog;
	private final Bookings bookings;
	private final TodayBoard board;
	private final SpacesApi api;
	private final SpacePhotos photos;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final Clock clock;

	SpaceAdminController(SpaceCatalog catalog, Bookings bookings, TodayBoard board, SpacesApi api, SpacePhotos photos, CentersApi centers,
			IdentityApi identity, Clock clock) {
		this.catalog = catalog;
		this.bookings = bookings;
		this.board = board;
		this.api = api;
		this.photos = photos;
		this.centers = centers;
		this.identity = identity;
		this.clock = clock;
	}

	@Bean
	static MenuEntry spacesAdminMenuEntry() {
		return MenuEntry.admin("spaces.menu.admin", "/admin/spaces", 40, Authorities.CENTER_STAFF);
	}

	@GetMapping
	String list(StaffCenter center, CurrentUser user, Model model) {
		CenterSummary c = center.center();
		model.addAttribute("spaces", catalog.allOf(c.id()));
		model.addAttribute("pendingCount", bookings.pendingFor(c.id()).size());
		return "spaces/admin/list";
	}

	@GetMapping("/new")
	String newSpace(StaffCenter center, CurrentUser user, Model model) {
		CenterSummary c = center.center();
		SpaceForm form = new SpaceForm();
		form.setSiteId(centers.sitesOf(c.id()).stream().findFirst().map(s -> s.id()).orElse(null));
		model.addAttribute("spaceForm", form);
		return formPage(c, null, model);
	}

	@PostMapping("/new")
	String create(@RequestParam long center, CurrentUser user, @Valid @ModelAttribute("spaceForm") SpaceForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		CenterSummary c = StaffCenters.show(centers, center, user, model).center();
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				catalog.create(c.id(), form.getSiteId(), form.toTerms());
			}
			catch (Refusal ex) {
				errors.rejectValue("siteId", ex.messageKey());
			}
		}
		if (errors.hasErrors()) {
			return formPage(c, null, model);
		}
		redirect.addFlashAttribute("notice", "common.saved");
		return "redirect:/admin/spaces?center=" + c.id();
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, CurrentUser user, Model model) {
		Space space = catalog.toManage(id);
		CenterSummary c = StaffCenters.show(centers, space.getCenterId(), user, model).center();
		model.addAttribute("spaceForm", SpaceForm.of(space));
		return formPage(c, space, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, CurrentUser user, @Valid @ModelAttribute("spaceForm") SpaceForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Space space = catalog.toManage(id);
		CenterSummary c = StaffCenters.show(centers, space.getCenterId(), user, model).center();
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				catalog.revise(id, form.getSiteId(), form.toTerms());
			}
			catch (Refusal ex) {
				errors.rejectValue("siteId", ex.messageKey());
			}
		}
		if (errors.hasErrors()) {
			return formPage(c, space, model);
		}
		redirect.addFlashAttribute("notice", "common.saved");
		return "redirect:/admin/spaces?center=" + c.id();
	}

	@PostMapping("/{id}/photos")
	String addPhoto(@PathVariable long id, @RequestParam(required = false) MultipartFile photo,
			@RequestParam(defaultValue = "") String altText, RedirectAttributes redirect) {
		catalog.toManage(id);
		try {
			photos.add(id, photo == null ? new byte[0] : photo.getBytes(), altText);
			redirect.addFlashAttribute("notice", "spaces.notice.photoAdded");
		}
		catch (Refusal ex) {
			Actions.refused(redirect, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "redirect:/admin/spaces/" + id + "#photos";
	}

	@PostMapping("/{id}/photos/{photoId}/delete")
	String removePhoto(@PathVariable long id, @PathVariable long photoId, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/spaces/" + id + "#photos", "spaces.notice.photoRemoved",
				"spaces.error.state", () -> photos.remove(id, photoId));
	}

	@GetMapping("/queue")
	String queue(StaffCenter center, CurrentUser user, Model model) {
		CenterSummary c = center.center();
		List<ReservationView> pending = bookings.pendingFor(c.id());
		if (!pending.isEmpty()) {
			// the queue shows each booker's name and email
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST,
					"space reservation requests awaiting approval (center " + c.id() + "), " + pending.size() + " rows",
					null);
		}
		model.addAttribute("pending", pending);
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
			CurrentUser user, Model model) {
		CenterSummary c = center.center();
		LocalDate day = date != null ? date : Seoul.today(clock);
		LocalDate weekStart = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		model.addAttribute("weekStart", weekStart);
		model.addAttribute("weekEnd", weekStart.plusDays(6));
		model.addAttribute("previousWeek", weekStart.minusWeeks(1));
		model.addAttribute("nextWeek", weekStart.plusWeeks(1));
		List<TodayBoard.SpaceDay> week = board.forStaff(c.id(), weekStart, weekStart.plusDays(6));
		long shown = week.stream().mapToLong(d -> d.reservations().size()).sum();
		if (shown > 0) {
			// the calendar shows each booker's name
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST, "space reservation calendar (center "
					+ c.id() + ", week of " + weekStart + "), " + shown + " reservations", null);
		}
		model.addAttribute("board", week);
		return "spaces/admin/calendar";
	}

	@GetMapping("/usage")
	String usage(StaffCenter center,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, CurrentUser user,
			Model model) {
		CenterSummary c = center.center();
		YearMonth m = month != null ? month : YearMonth.from(Seoul.today(clock));
		model.addAttribute("month", m);
		model.addAttribute("previousMonth", m.minusMonths(1));
		model.addAttribute("nextMonth", m.plusMonths(1));
		model.addAttribute("usage", api.usageOf(c.id(), m));
		return "spaces/admin/usage";
	}

	private String formPage(CenterSummary center, Space space, Model model) {
		model.addAttribute("space", space == null ? null : catalog.view(space));
		model.addAttribute("photos", space == null ? List.of() : photos.of(space.getId()));
		model.addAttribute("sites", centers.sitesOf(center.id()));
		model.addAttribute("kinds", SpaceKind.values());
		model.addAttribute("audiences", BookingAudience.values());
		return "spaces/admin/form";
	}

}
