package org.ieum.incubation;

import jakarta.validation.Valid;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.StaffCenter;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff describe the offices of the centers they staff; another center's offices answer 403. */
@Controller
@RefusalsReturnTo("/admin/incubation")
@RequestMapping("/admin/incubation/offices")
class OfficeAdminController {

	private final OfficeCatalog catalog;
	private final Occupancy occupancy;
	private final CentersApi centers;

	OfficeAdminController(OfficeCatalog catalog, Occupancy occupancy, CentersApi centers) {
		this.catalog = catalog;
		this.occupancy = occupancy;
		this.centers = centers;
	}

	@GetMapping
	String offices(StaffCenter center, Model model) {
		// the service's staff check; the page shows the same offices with their seats taken
		catalog.officesOf(center.id());
		model.addAttribute("offices", occupancy.officesOf(center.id()));
		return "incubation/admin/offices";
	}

	@GetMapping("/new")
	String newOffice(StaffCenter center, Model model) {
		OfficeForm form = new OfficeForm();
		form.setSiteId(centers.sitesOf(center.id()).stream().findFirst().map(s -> s.id()).orElse(null));
		model.addAttribute("officeForm", form);
		return officePage(center.center(), null, model);
	}

	@PostMapping("/new")
	String createOffice(StaffCenter center, @Valid @ModelAttribute("officeForm") OfficeForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				catalog.create(center.id(), form.toTerms());
				redirect.addFlashAttribute("notice", "incubation.notice.officeSaved");
				return "redirect:/admin/incubation/offices?center=" + center.id();
			}
			catch (Refusal ex) {
				errors.reject(ex.messageKey(), ex.args(), null);
			}
		}
		return officePage(center.center(), null, model);
	}

	@GetMapping("/{id}")
	String editOffice(@PathVariable long id, StaffCenter center, Model model) {
		Office office = catalog.officeToManage(id);
		model.addAttribute("officeForm", OfficeForm.of(office));
		return officePage(centerOf(office, model), office, model);
	}

	@PostMapping("/{id}")
	String updateOffice(@PathVariable long id, StaffCenter center, @Valid @ModelAttribute("officeForm") OfficeForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Office office = catalog.officeToManage(id);
		CenterSummary c = centerOf(office, model);
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				catalog.revise(id, form.toTerms());
				redirect.addFlashAttribute("notice", "incubation.notice.officeSaved");
				return "redirect:/admin/incubation/offices?center=" + c.id();
			}
			catch (Refusal ex) {
				errors.reject(ex.messageKey(), ex.args(), null);
			}
			catch (ConcurrencyFailureException ex) {
				errors.reject("incubation.error.concurrent");
			}
		}
		return officePage(c, office, model);
	}

	@PostMapping("/{id}/delete")
	String deleteOffice(@PathVariable long id, RedirectAttributes redirect) {
		Office office = catalog.officeToManage(id);
		String target = "/admin/incubation/offices?center=" + office.getCenterId();
		return Actions.run(redirect, target, "incubation.notice.officeDeleted", "incubation.error.concurrent",
				() -> catalog.delete(id));
	}

	/** The office's page is about the office's center (which the service checked the user staffs). */
	private CenterSummary centerOf(Office office, Model model) {
		CenterSummary center = centers.findById(office.getCenterId())
			.orElseThrow(() -> Refusal.notFound("incubation.error.noOffice"));
		model.addAttribute("center", center);
		return center;
	}

	private String officePage(CenterSummary center, Office office, Model model) {
		model.addAttribute("office", office == null ? null : office.getId());
		model.addAttribute("officeName", office == null ? null : office.getName());
		model.addAttribute("sites", centers.sitesOf(center.id()));
		model.addAttribute("kinds", OfficeKind.values());
		return "incubation/admin/office";
	}
}
