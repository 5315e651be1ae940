package org.ieum.enterprises.membership;

import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.IndustrySection;
import org.ieum.enterprises.SocialPurpose;
import org.ieum.enterprises.directory.OrganizationDirectory;
import org.ieum.enterprises.records.ManagementClaim;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationForm;
import org.ieum.enterprises.records.Product;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.ieum.enterprises.records.OrganizationViews.ClaimRow;
import org.ieum.enterprises.records.OrganizationViews.OrganizationRow;
import org.ieum.enterprises.records.OrganizationViews.ProductView;
import org.ieum.shared.web.Refusal;
import org.springframework.data.domain.PageImpl;
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
 * Member self-service: ask to manage an organization, then keep its profile and products
 * up to date. Designations change only through staff.
 */
@Controller
@RequestMapping("/my/organizations")
public class MyOrganizationsController {

	private final OrganizationProfiles profiles;
	private final ManagementClaims claims;
	private final OrganizationDirectory directory;

	public MyOrganizationsController(OrganizationProfiles profiles, ManagementClaims claims, OrganizationDirectory directory) {
		this.profiles = profiles;
		this.claims = claims;
		this.directory = directory;
	}

	@GetMapping
	public String overview(Model model) {
		model.addAttribute("claimForm", new ClaimForm());
		return overviewPage(model);
	}

	@PostMapping("/claims")
	public String ask(@Valid @ModelAttribute("claimForm") ClaimForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors() && BusinessNumber.parse(form.getBusinessNumber()).isEmpty()) {
			errors.rejectValue("businessNumber", "enterprises.error.businessNumber");
		}
		if (!errors.hasErrors()) {
			try {
				claims.ask(form.getBusinessNumber(), form.getNote().strip());
			}
			catch (Refusal ex) {
				errors.rejectValue("businessNumber", ex.messageKey());
			}
		}
		if (errors.hasErrors()) {
			return overviewPage(model);
		}
		redirect.addFlashAttribute("notice", "enterprises.notice.claimed");
		return "redirect:/my/organizations";
	}

	@GetMapping("/{id}")
	public String edit(@PathVariable long id, Model model) {
		Organization organization = profiles.organizationToEdit(id);
		model.addAttribute("organizationForm", OrganizationForm.of(organization));
		model.addAttribute("productForm", new ProductForm());
		return editPage(organization, model);
	}

	@PostMapping("/{id}")
	public String update(@PathVariable long id, @Valid @ModelAttribute("organizationForm") OrganizationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Organization organization = profiles.organizationToEdit(id);
		form.check(errors);
		if (errors.hasErrors()) {
			model.addAttribute("productForm", new ProductForm());
			return editPage(organization, model);
		}
		profiles.reviseProfile(id, form.toProfile());
		redirect.addFlashAttribute("notice", "common.saved");
		return "redirect:/my/organizations/" + id;
	}

	@PostMapping("/{id}/products")
	public String addProduct(@PathVariable long id, @Valid @ModelAttribute("productForm") ProductForm form,
			BindingResult errors, @RequestParam(required = false) MultipartFile photo, Model model,
			RedirectAttributes redirect) {
		Organization organization = profiles.organizationToEdit(id);
		if (!errors.hasErrors()) {
			try {
				profiles.addProduct(id, form.getName().strip(), OrganizationForm.blankToNull(form.getDescription()),
						form.getPriceWon(), bytes(photo));
			}
			catch (Refusal ex) {
				errors.rejectValue("name", ex.messageKey());
			}
		}
		if (errors.hasErrors()) {
			model.addAttribute("organizationForm", OrganizationForm.of(organization));
			return editPage(organization, model);
		}
		redirect.addFlashAttribute("notice", "enterprises.notice.productAdded");
		return "redirect:/my/organizations/" + id + "#products";
	}

	@GetMapping("/{id}/products/{productId}")
	public String editProduct(@PathVariable long id, @PathVariable long productId, Model model) {
		Product product = profiles.productToEdit(id, productId);
		model.addAttribute("productForm", ProductForm.of(product));
		return productPage(id, product, model);
	}

	@PostMapping("/{id}/products/{productId}")
	public String updateProduct(@PathVariable long id, @PathVariable long productId,
			@Valid @ModelAttribute("productForm") ProductForm form, BindingResult errors,
			@RequestParam(required = false) MultipartFile photo, Model model, RedirectAttributes redirect) {
		Product product = profiles.productToEdit(id, productId);
		if (!errors.hasErrors()) {
			try {
				profiles.reviseProduct(id, productId, form.getName().strip(),
						OrganizationForm.blankToNull(form.getDescription()), form.getPriceWon(), bytes(photo));
			}
			catch (Refusal ex) {
				errors.rejectValue("name", ex.messageKey());
			}
		}
		if (errors.hasErrors()) {
			return productPage(id, product, model);
		}
		redirect.addFlashAttribute("notice", "common.saved");
		return "redirect:/my/organizations/" + id + "#products";
	}

	@PostMapping("/{id}/products/{productId}/delete")
	public String removeProduct(@PathVariable long id, @PathVariable long productId, RedirectAttributes redirect) {
		profiles.removeProduct(id, productId);
		redirect.addFlashAttribute("notice", "enterprises.notice.productRemoved");
		return "redirect:/my/organizations/" + id + "#products";
	}

	private static byte[] bytes(MultipartFile photo) {
		if (photo == null || photo.isEmpty()) {
			return null;
		}
		try {
			return photo.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String overviewPage(Model model) {
		List<Organization> managed = profiles.managedByMe();
		model.addAttribute("managed", directory.rows(new PageImpl<>(managed)).getContent());
		List<ManagementClaim> mine = claims.mine();
		Map<Long, Organization> organizations = mine.stream().map(ManagementClaim::getOrganizationId).distinct()
			.map(directory::find).flatMap(Optional::stream)
			.collect(Collectors.toMap(Organization::getId, Function.identity()));
		model.addAttribute("claims", mine.stream()
			.map(c -> new ClaimRow(c.getId(), c.getOrganizationId(),
					organizations.containsKey(c.getOrganizationId()) ? organizations.get(c.getOrganizationId()).getName() : "-",
					new BusinessNumber(c.getBusinessNumber()).formatted(), c.getClaimantName(), null, c.getNote(),
					c.getStatus(), c.getCreatedAt(), c.getDecisionNote()))
			.toList());
		return "enterprises/my/overview";
	}

	private String editPage(Organization organization, Model model) {
		long id = organization.getId();
		model.addAttribute("organization", row(organization));
		model.addAttribute("designations", directory.designationsOf(id));
		model.addAttribute("products", profiles.productsOf(id).stream().map(ProductView::of).toList());
		model.addAttribute("industries", IndustrySection.values());
		model.addAttribute("purposes", SocialPurpose.values());
		return "enterprises/my/edit";
	}

	private String productPage(long organizationId, Product product, Model model) {
		model.addAttribute("organization", row(profiles.organizationToEdit(organizationId)));
		model.addAttribute("product", ProductView.of(product));
		return "enterprises/my/product";
	}

	private static OrganizationRow row(Organization o) {
		return new OrganizationRow(o.getId(), o.getName(), o.formattedNumber(), o.getSido(), o.getSigungu(),
				o.getStatus(), List.of());
	}
}
