package org.ieum.enterprises.administration;

import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.DesignationStatus;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.IndustrySection;
import org.ieum.enterprises.OrganizationStatus;
import org.ieum.enterprises.SocialPurpose;
import org.ieum.enterprises.VillageStage;
import org.ieum.enterprises.stages.Stage;
import org.ieum.enterprises.directory.OrganizationDirectory;
import org.ieum.enterprises.records.ManagementClaim;
import org.ieum.enterprises.membership.ManagementClaims;
import org.ieum.enterprises.records.ChangeHistory;
import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationAccess;
import org.ieum.enterprises.records.OrganizationForm;
import org.ieum.enterprises.records.OrganizationViews;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.enterprises.records.OrganizationViews.ClaimRow;
import org.ieum.enterprises.records.OrganizationViews.ExpiringRow;
import org.ieum.enterprises.records.OrganizationViews.OrganizationRow;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.PageRequests;
import org.ieum.shared.web.Refusal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff back office for organizations, their designations, merges, expiries and management claims. */
@Controller
@RequestMapping("/admin/organizations")
public class OrganizationAdminController {

	private final OrganizationAdministration administration;
	private final OrganizationDirectory directory;
	private final ManagementClaims claims;
	private final ChangeHistory history;
	private final OrganizationAccess access;
	private final CentersApi centers;
	private final Clock clock;
	private final HistoryWording wording;

	public OrganizationAdminController(OrganizationAdministration administration, OrganizationDirectory directory,
			ManagementClaims claims, ChangeHistory history, OrganizationAccess access,
			CentersApi centers, Clock clock, HistoryWording wording) {
		this.wording = wording;
		this.administration = administration;
		this.directory = directory;
		this.claims = claims;
		this.history = history;
		this.access = access;
		this.centers = centers;
		this.clock = clock;
	}

	@GetMapping
	public String list(@RequestParam(required = false) Long center, @RequestParam(required = false) DesignationType type,
			@RequestParam(required = false) OrganizationStatus status, @RequestParam(required = false) Stage stage,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("organizations", directory.rows(administration.search(center, type, status, stage, q.strip(),
				PageRequests.of(page, 30, Sort.by("name", "id")))));
		model.addAttribute("center", center);
		model.addAttribute("type", type);
		model.addAttribute("status", status);
		model.addAttribute("q", q.strip());
		model.addAttribute("centers", access.staffCenters());
		model.addAttribute("types", DesignationType.values());
		model.addAttribute("statuses", OrganizationStatus.values());
		model.addAttribute("stage", stage);
		model.addAttribute("stages", Stage.values());
		return "enterprises/admin/list";
	}

	@GetMapping("/new")
	public String newOrganization(Model model) {
		OrganizationForm form = new OrganizationForm();
		List<CenterSummary> mine = access.staffCenters();
		if (mine.size() == 1) {
			form.setCenterIds(List.of(mine.get(0).id()));
		}
		model.addAttribute("organizationForm", form);
		return newPage(model);
	}

	@PostMapping("/new")
	public String create(@Valid @ModelAttribute("organizationForm") OrganizationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		form.checkForStaff(errors);
		if (!errors.hasErrors() && !form.isAllowDuplicate()
				&& administration.numberTaken(BusinessNumber.parse(form.getBusinessNumber()).orElseThrow())) {
			errors.rejectValue("businessNumber", "enterprises.error.duplicateNumber");
		}
		if (errors.hasErrors()) {
			return newPage(model);
		}
		long id;
		try {
			id = administration.register(form.getBusinessNumber(), form.centerIdSet(), form.toProfile(),
					form.isAllowDuplicate());
		}
		catch (Refusal ex) {
			errors.reject(ex.messageKey());
			return newPage(model);
		}
		redirect.addFlashAttribute("notice", "enterprises.notice.created");
		return "redirect:/admin/organizations/" + id;
	}

	@GetMapping("/{id}")
	public String edit(@PathVariable long id, Model model) {
		Organization organization = administration.openForStaff(id);
		model.addAttribute("organizationForm", OrganizationForm.of(organization));
		model.addAttribute("designationForm", new DesignationForm());
		return editPage(organization, model);
	}

	@PostMapping("/{id}")
	public String update(@PathVariable long id, @Valid @ModelAttribute("organizationForm") OrganizationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Organization organization = administration.openForStaff(id);
		form.checkForStaff(errors, organization.getBusinessNumber() != null);
		if (!errors.hasErrors()) {
			try {
				administration.revise(id, form.getBusinessNumber(), form.centerIdSet(), form.toProfile());
			}
			catch (Refusal ex) {
				errors.reject(ex.messageKey());
			}
		}
		if (errors.hasErrors()) {
			model.addAttribute("designationForm", new DesignationForm());
			return editPage(organization, model);
		}
		redirect.addFlashAttribute("notice", "common.saved");
		return "redirect:/admin/organizations/" + id;
	}

	@PostMapping("/{id}/status")
	public String changeStatus(@PathVariable long id, @RequestParam OrganizationStatus status, RedirectAttributes redirect) {
		administration.changeStatus(id, status);
		redirect.addFlashAttribute("notice", "enterprises.notice.status");
		return "redirect:/admin/organizations/" + id;
	}

	@PostMapping("/{id}/designations")
	public String addDesignation(@PathVariable long id, @Valid @ModelAttribute("designationForm") DesignationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Organization organization = administration.openForStaff(id);
		form.check(errors);
		if (errors.hasErrors()) {
			model.addAttribute("organizationForm", OrganizationForm.of(organization));
			return editPage(organization, model);
		}
		administration.addDesignation(id, form.toTerms());
		redirect.addFlashAttribute("notice", "enterprises.notice.designationAdded");
		return "redirect:/admin/organizations/" + id + "#designations";
	}

	@GetMapping("/{id}/designations/{designationId}")
	public String editDesignation(@PathVariable long id, @PathVariable long designationId, Model model) {
		Designation designation = administration.designationToManage(id, designationId);
		model.addAttribute("designationForm", DesignationForm.of(designation));
		return designationPage(id, designation, model);
	}

	@PostMapping("/{id}/designations/{designationId}")
	public String updateDesignation(@PathVariable long id, @PathVariable long designationId,
			@Valid @ModelAttribute("designationForm") DesignationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Designation designation = administration.designationToManage(id, designationId);
		form.check(errors);
		if (errors.hasErrors()) {
			return designationPage(id, designation, model);
		}
		administration.reviseDesignation(id, designationId, form.toTerms());
		redirect.addFlashAttribute("notice", "common.saved");
		return "redirect:/admin/organizations/" + id + "#designations";
	}

	@PostMapping("/{id}/designations/{designationId}/cancel")
	public String cancelDesignation(@PathVariable long id, @PathVariable long designationId, RedirectAttributes redirect) {
		administration.cancelDesignation(id, designationId);
		redirect.addFlashAttribute("notice", "enterprises.notice.designationCancelled");
		return "redirect:/admin/organizations/" + id + "#designations";
	}

	@PostMapping("/{id}/merge")
	public String merge(@PathVariable long id, @RequestParam long duplicateId, RedirectAttributes redirect) {
		try {
			administration.merge(id, duplicateId);
			redirect.addFlashAttribute("notice", "enterprises.notice.merged");
		}
		catch (Refusal ex) {
			Actions.refused(redirect, ex);
		}
		return "redirect:/admin/organizations/" + id;
	}

	@GetMapping("/expiring")
	public String expiring(Model model) {
		var today = Seoul.today(clock);
		List<Designation> soon = administration.expiringSoon();
		Map<Long, String> names = names(soon.stream().map(Designation::getOrganizationId).collect(Collectors.toSet()));
		model.addAttribute("today", today);
		model.addAttribute("days", OrganizationAdministration.EXPIRY_WARNING_DAYS);
		model.addAttribute("rows", soon.stream()
			.map(d -> new ExpiringRow(d.getOrganizationId(), names.get(d.getOrganizationId()), d.getType(), d.getNumber(),
					d.getValidUntil(), ChronoUnit.DAYS.between(today, d.getValidUntil())))
			.toList());
		return "enterprises/admin/expiring";
	}

	@GetMapping("/claims")
	public String claims(Model model) {
		List<ManagementClaim> pending = claims.pendingForStaff();
		Map<Long, Organization> organizations = pending.stream().map(ManagementClaim::getOrganizationId).distinct()
			.map(directory::find).flatMap(Optional::stream)
			.collect(Collectors.toMap(Organization::getId, Function.identity()));
		model.addAttribute("claims", pending.stream()
			.map(c -> new ClaimRow(c.getId(), c.getOrganizationId(), organizations.get(c.getOrganizationId()).getName(),
					new BusinessNumber(c.getBusinessNumber()).formatted(), c.getClaimantName(), c.getClaimantEmail(),
					c.getNote(), c.getStatus(), c.getCreatedAt(), c.getDecisionNote()))
			.toList());
		return "enterprises/admin/claims";
	}

	@PostMapping("/claims/{claimId}/approve")
	public String approve(@PathVariable long claimId, @RequestParam(defaultValue = "") String decisionNote,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/organizations/claims", "enterprises.notice.claimApproved",
				"enterprises.error.claimDecided",
				() -> claims.approve(claimId, OrganizationForm.blankToNull(cut(decisionNote))));
	}

	@PostMapping("/claims/{claimId}/reject")
	public String reject(@PathVariable long claimId, @RequestParam(defaultValue = "") String decisionNote,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/organizations/claims", "enterprises.notice.claimRejected",
				"enterprises.error.claimDecided",
				() -> claims.reject(claimId, OrganizationForm.blankToNull(cut(decisionNote))));
	}

	private static String cut(String text) {
		return text.length() > 500 ? text.substring(0, 500) : text;
	}

	private String newPage(Model model) {
		model.addAttribute("centers", access.staffCenters().stream().map(c -> new CenterChoice(c.id(), c.name(), true)).toList());
		addChoices(model);
		return "enterprises/admin/new";
	}

	private String editPage(Organization organization, Model model) {
		long id = organization.getId();
		model.addAttribute("organization", new OrganizationRow(id, organization.getName(),
				organization.formattedNumber(), organization.getSido(), organization.getSigungu(),
				organization.getStatus(), List.of()));
		model.addAttribute("centers", editableCenters(organization));
		model.addAttribute("designations", directory.designationsOf(id));
		model.addAttribute("products", directory.productsOf(id));
		model.addAttribute("history", wording.of(history.of(id), LocaleContextHolder.getLocale()));
		model.addAttribute("duplicates", administration.sameNumberAs(organization).stream()
			.map(o -> new OrganizationRow(o.getId(), o.getName(), o.formattedNumber(), o.getSido(), o.getSigungu(),
					o.getStatus(), List.of()))
			.toList());
		model.addAttribute("statuses", OrganizationStatus.values());
		model.addAttribute("publicSlug", organization.getCenterIds().stream().sorted().findFirst()
			.flatMap(centers::findById).map(CenterSummary::slug).orElse(null));
		addChoices(model);
		return "enterprises/admin/edit";
	}

	private String designationPage(long organizationId, Designation designation, Model model) {
		Organization organization = administration.organizationToManage(organizationId);
		model.addAttribute("organization", new OrganizationRow(organizationId, organization.getName(),
				organization.formattedNumber(), organization.getSido(), organization.getSigungu(),
				organization.getStatus(), List.of()));
		model.addAttribute("designation", OrganizationViews.DesignationView.of(designation, Seoul.today(clock)));
		addChoices(model);
		return "enterprises/admin/designation";
	}

	private void addChoices(Model model) {
		model.addAttribute("industries", IndustrySection.values());
		model.addAttribute("purposes", SocialPurpose.values());
		model.addAttribute("types", DesignationType.values());
		model.addAttribute("stages", VillageStage.values());
		model.addAttribute("designationStatuses", DesignationStatus.values());
	}


	/** My centers plus the organization's other centers, which stay ticked and cannot be removed by me. */
	private List<CenterChoice> editableCenters(Organization organization) {
		Set<Long> mine = access.staffCenterIds();
		return centers.all().stream()
			.filter(c -> mine.contains(c.id()) || organization.getCenterIds().contains(c.id()))
			.map(c -> new CenterChoice(c.id(), c.name(), mine.contains(c.id())))
			.toList();
	}

	private Map<Long, String> names(Set<Long> organizationIds) {
		return organizationIds.stream().map(directory::find).flatMap(Optional::stream)
			.collect(Collectors.toMap(Organization::getId, Organization::getName));
	}

	public record CenterChoice(long id, String name, boolean mine) {
	}
}
