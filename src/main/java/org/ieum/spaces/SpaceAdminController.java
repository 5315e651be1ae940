package org.ieum.spaces;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.validation.Valid;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.StaffCenter;
import org.ieum.identity.StaffCenters;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.ieum.shared.web.RefusalsReturnTo;
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
 * Staff pages for the spaces of the centers they staff: the spaces, their terms and photos.
 * The reservations of those spaces are on {@link ReservationAdminController}'s pages.
 * Another center's pages answer 403.
 */
@Controller
@RefusalsReturnTo("/admin/spaces")
@RequestMapping("/admin/spaces")
class SpaceAdminController {

	private final SpaceCatalog catalog;
	private final Reservations bookings;
	private final SpacePhotos photos;
	private final CentersApi centers;

	SpaceAdminController(SpaceCatalog catalog, Reservations bookings, SpacePhotos photos, CentersApi centers) {
		this.catalog = catalog;
		this.bookings = bookings;
		this.photos = photos;
		this.centers = centers;
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
	String create(StaffCenter center, @Valid @ModelAttribute("spaceForm") SpaceForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		CenterSummary c = center.center();
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

	private String formPage(CenterSummary center, Space space, Model model) {
		model.addAttribute("space", space == null ? null : catalog.view(space));
		model.addAttribute("photos", space == null ? List.of() : photos.of(space.getId()));
		model.addAttribute("sites", centers.sitesOf(center.id()));
		model.addAttribute("kinds", SpaceKind.values());
		model.addAttribute("audiences", BookingAudience.values());
		return "spaces/admin/form";
	}
}
