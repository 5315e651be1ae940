package org.ieum.centers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Valid;

import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The back office for a center's profile, contacts, sites, weekly hours, exceptions and closures. */
@Controller
@RequestMapping("/admin/centers")
class CenterAdminController {

	private final CenterAdministration administration;
	private final CenterDirectory directory;
	private final OpeningHoursCalendar hours;
	private final Clock clock;

	CenterAdminController(CenterAdministration administration, CenterDirectory directory, OpeningHoursCalendar hours,
			Clock clock) {
		this.administration = administration;
		this.directory = directory;
		this.hours = hours;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("centers", administration.manageableCenters().stream()
			.map(c -> new CenterRow(c.getId(), c.getSlug(), c.getName(), c.getRegion(), c.getParentId() != null, c.isDemo()))
			.toList());
		model.addAttribute("canCreate", Authorities.isSystemAdmin());
		return "centers/admin/list";
	}

	@GetMapping("/new")
	String newCenter(Model model) {
		Authorities.requireSystemAdmin();
		model.addAttribute("centerForm", new CenterForm());
		model.addAttribute("parents", parents(null));
		return "centers/admin/new";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("centerForm") CenterForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Authorities.requireSystemAdmin();
		if (form.getSlug() == null || form.getSlug().isBlank()) {
			errors.rejectValue("slug", "centers.error.required");
		}
		else if (administration.slugTaken(form.getSlug())) {
			errors.rejectValue("slug", "centers.error.slugTaken");
		}
		checkContract(form, errors);
		if (form.getParentId() != null && !administration.exists(form.getParentId())) {
			errors.rejectValue("parentId", "centers.error.parentUnknown");
		}
		if (errors.hasErrors()) {
			model.addAttribute("parents", parents(null));
			return "centers/admin/new";
		}
		long id = administration.open(form.getSlug(), form.getParentId(), form.toChange());
		redirect.addFlashAttribute("notice", "centers.notice.created");
		return "redirect:/admin/centers/" + id;
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Center center = administration.centerToManage(id);
		model.addAttribute("centerForm", CenterForm.of(center));
		model.addAttribute("contactForm", new ContactForm());
		model.addAttribute("siteForm", new SiteForm());
		return editPage(center, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("centerForm") CenterForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Center center = administration.centerToManage(id);
		checkContract(form, errors);
		boolean moves = Authorities.isSystemAdmin() && !Objects.equals(form.getParentId(), center.getParentId());
		if (moves && form.getParentId() != null && !administration.exists(form.getParentId())) {
			errors.rejectValue("parentId", "centers.error.parentUnknown");
		}
		else if (moves && form.getParentId() != null && administration.wouldCreateCycle(id, form.getParentId())) {
			errors.rejectValue("parentId", "centers.error.parentCycle");
		}
		if (errors.hasErrors()) {
			model.addAttribute("contactForm", new ContactForm());
			model.addAttribute("siteForm", new SiteForm());
			return editPage(center, model);
		}
		administration.revise(id, form.toChange(), moves, form.getParentId());
		redirect.addFlashAttribute("notice", "common.saved");
		return "redirect:/admin/centers/" + id;
	}

	/** A week has seven days: a crafted form with a huge list index must be a binding error, not a 500. */
	@InitBinder("hoursForm")
	void limitWeek(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(7);
	}

	@PostMapping("/{id}/contacts")
	String addContact(@PathVariable long id, @Valid @ModelAttribute("contactForm") ContactForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Center center = administration.centerToManage(id);
		if (errors.hasErrors()) {
			model.addAttribute("centerForm", CenterForm.of(center));
			model.addAttribute("siteForm", new SiteForm());
			return editPage(center, model);
		}
		administration.addContact(id, form.getTeam().strip(), form.getDuty().strip(), CenterForm.blankToNull(form.getPhone()));
		redirect.addFlashAttribute("notice", "centers.notice.contactAdded");
		return "redirect:/admin/centers/" + id + "#contacts";
	}

	@PostMapping("/{id}/contacts/{contactId}/delete")
	String removeContact(@PathVariable long id, @PathVariable long contactId, RedirectAttributes redirect) {
		administration.removeContact(id, contactId);
		redirect.addFlashAttribute("notice", "centers.notice.contactRemoved");
		return "redirect:/admin/centers/" + id + "#contacts";
	}

	@PostMapping("/{id}/sites")
	String addSite(@PathVariable long id, @Valid @ModelAttribute("siteForm") SiteForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Center center = administration.centerToManage(id);
		if (errors.hasErrors()) {
			model.addAttribute("centerForm", CenterForm.of(center));
			model.addAttribute("contactForm", new ContactForm());
			return editPage(center, model);
		}
		long siteId = administration.addSite(id, form.getName().strip(), form.getAddress().strip(),
				CenterForm.blankToNull(form.getPhone()));
		redirect.addFlashAttribute("notice", "centers.notice.siteAdded");
		return "redirect:/admin/centers/" + id + "/sites/" + siteId;
	}

	@GetMapping("/{id}/sites/{siteId}")
	String site(@PathVariable long id, @PathVariable long siteId, Model model) {
		Site site = administration.siteToManage(id, siteId);
		model.addAttribute("siteForm", SiteForm.of(site));
		model.addAttribute("hoursForm", WeeklyHoursForm.of(hours.weekly(siteId)));
		model.addAttribute("exceptionForm", new ExceptionForm());
		return sitePage(id, site, model);
	}

	@PostMapping("/{id}/sites/{siteId}")
	String updateSite(@PathVariable long id, @PathVariable long siteId,
			@Valid @ModelAttribute("siteForm") SiteForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Site site = administration.siteToManage(id, siteId);
		if (errors.hasErrors()) {
			model.addAttribute("hoursForm", WeeklyHoursForm.of(hours.weekly(siteId)));
			model.addAttribute("exceptionForm", new ExceptionForm());
			return sitePage(id, site, model);
		}
		administration.reviseSite(id, siteId, form.getName().strip(), form.getAddress().strip(),
				CenterForm.blankToNull(form.getPhone()), form.isMain());
		redirect.addFlashAttribute("notice", "common.saved");
		return "redirect:/admin/centers/" + id + "/sites/" + siteId;
	}

	@PostMapping("/{id}/sites/{siteId}/hours")
	String updateHours(@PathVariable long id, @PathVariable long siteId,
			@ModelAttribute("hoursForm") WeeklyHoursForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Site site = administration.siteToManage(id, siteId);
		if (!errors.hasErrors()) {
			form.check(errors);
		}
		if (errors.hasErrors()) {
			model.addAttribute("siteForm", SiteForm.of(site));
			model.addAttribute("exceptionForm", new ExceptionForm());
			return sitePage(id, site, model);
		}
		administration.setWeeklyHours(id, siteId, form.openDays());
		redirect.addFlashAttribute("notice", "centers.notice.hoursSaved");
		return "redirect:/admin/centers/" + id + "/sites/" + siteId;
	}

	@PostMapping("/{id}/sites/{siteId}/exceptions")
	String addException(@PathVariable long id, @PathVariable long siteId,
			@Valid @ModelAttribute("exceptionForm") ExceptionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Site site = administration.siteToManage(id, siteId);
		form.check(errors);
		if (errors.hasErrors()) {
			model.addAttribute("siteForm", SiteForm.of(site));
			model.addAttribute("hoursForm", WeeklyHoursForm.of(hours.weekly(siteId)));
			return sitePage(id, site, model);
		}
		if (form.isClosed()) {
			administration.addClosure(id, siteId, form.getStartsOn(), form.lastDay(), form.getNote().strip());
		}
		else {
			administration.addSpecialHours(id, siteId, form.getStartsOn(), form.lastDay(), form.getOpens(),
					form.getCloses(), form.getNote().strip());
		}
		redirect.addFlashAttribute("notice", "centers.notice.exceptionAdded");
		return "redirect:/admin/centers/" + id + "/sites/" + siteId + "#exceptions";
	}

	@PostMapping("/{id}/sites/{siteId}/exceptions/{exceptionId}/delete")
	String removeException(@PathVariable long id, @PathVariable long siteId, @PathVariable long exceptionId,
			RedirectAttributes redirect) {
		administration.removeException(id, siteId, exceptionId);
		redirect.addFlashAttribute("notice", "centers.notice.exceptionRemoved");
		return "redirect:/admin/centers/" + id + "/sites/" + siteId + "#exceptions";
	}

	private String editPage(Center center, Model model) {
		model.addAttribute("center", new CenterRow(center.getId(), center.getSlug(), center.getName(), center.getRegion(),
				center.getParentId() != null, center.isDemo()));
		model.addAttribute("canMove", Authorities.isSystemAdmin());
		model.addAttribute("parents", parents(center.getId()));
		model.addAttribute("contacts", directory.contactsOf(center.getId()).stream()
			.map(c -> new ContactRow(c.getId(), c.getTeam(), c.getDuty(), c.getPhone()))
			.toList());
		model.addAttribute("sites", directory.sitesOf(center.getId()).stream().map(Site::summary).toList());
		return "centers/admin/edit";
	}

	private String sitePage(long centerId, Site site, Model model) {
		Center center = administration.centerToManage(centerId);
		model.addAttribute("center", new CenterRow(center.getId(), center.getSlug(), center.getName(), center.getRegion(),
				center.getParentId() != null, center.isDemo()));
		model.addAttribute("site", site.summary());
		model.addAttribute("exceptions", hours.upcomingExceptions(site.getId(), Seoul.today(clock)).stream()
			.map(e -> new ExceptionRow(e.getId(), e.getStartsOn(), e.getEndsOn(), e.isClosed(), e.getOpensAt(),
					e.getClosesAt(), e.getNote()))
			.toList());
		return "centers/admin/site";
	}

	/** Centers that may be chosen as the parent: not the center itself nor one below it. */
	private List<CenterSummary> parents(Long centerId) {
		var excluded = centerId == null ? Set.<Long>of() : directory.centerAndDescendantIds(centerId);
		return directory.hierarchy().stream().filter(c -> !excluded.contains(c.getId())).map(Center::summary).toList();
	}

	private static void checkContract(CenterForm form, BindingResult errors) {
		if (form.contractEndsBeforeStart()) {
			errors.rejectValue("contractEnd", "centers.error.endsBeforeStarts");
		}
	}

	record CenterRow(long id, String slug, String name, String region, boolean child, boolean demo) {
	}

	record ContactRow(long id, String team, String duty, String phone) {
	}

	record ExceptionRow(long id, LocalDate startsOn, LocalDate endsOn, boolean closed,
			LocalTime opens, LocalTime closes, String note) {
	}
}
