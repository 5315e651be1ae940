package org.ieum.market.administration;

import org.ieum.identity.StaffCenter;
import org.ieum.market.catalog.Categories;
import org.ieum.market.catalog.ListingRefresh;
import org.ieum.market.catalog.Listings;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of the showcase: a center's products with their details and featuring, and the category tree. */
@Controller
@RefusalsReturnTo("/admin/market")
@RequestMapping("/admin/market")
class MarketAdminController {

	private final ShowcaseAdministration administration;
	private final Listings listings;
	private final Categories categories;
	private final ListingRefresh refresh;

	MarketAdminController(ShowcaseAdministration administration, Listings listings, Categories categories,
			ListingRefresh refresh) {
		this.administration = administration;
		this.listings = listings;
		this.categories = categories;
		this.refresh = refresh;
	}

	@GetMapping
	String products(StaffCenter center, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("rows", administration.rows(center.id(), page));
		return "market/admin/products";
	}

	/** Takes the organizations' newest products now instead of at the next look a few minutes later. */
	@PostMapping("/refresh")
	String refresh(StaffCenter center, RedirectAttributes redirect) {
		refresh.refresh();
		redirect.addFlashAttribute(Actions.NOTICE, "market.notice.refreshed");
		return "redirect:/admin/market?center=" + center.id();
	}

	@GetMapping("/products/{id}")
	String product(@PathVariable long id, Model model) {
		ShowcaseAdministration.Edit edit = administration.edit(id);
		model.addAttribute("form", edit.form());
		return productPage(edit.row(), edit.description(), model);
	}

	@PostMapping("/products/{id}")
	String saveProduct(@PathVariable long id, @ModelAttribute("form") ListingForm form, Model model,
			RedirectAttributes redirect) {
		try {
			listings.describe(id, form.details());
			redirect.addFlashAttribute(Actions.NOTICE, "market.notice.productSaved");
			return "redirect:/admin/market/products/" + id;
		}
		catch (Refusal ex) {
			if (ex.notFound()) {
				throw ex;
			}
			model.addAttribute(Actions.ERROR, ex.messageKey());
			model.addAttribute(Actions.ERROR_ARGS, ex.args());
			ShowcaseAdministration.Edit edit = administration.edit(id);
			return productPage(edit.row(), edit.description(), model);
		}
	}

	@PostMapping("/products/{id}/featured")
	String feature(@PathVariable long id, @RequestParam boolean featured, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/market/products/" + id,
				featured ? "market.notice.featured" : "market.notice.unfeatured", () -> listings.feature(id, featured));
	}

	@GetMapping("/categories")
	String categories(StaffCenter center, Model model) {
		model.addAttribute("categories", categories.tree());
		return "market/admin/categories";
	}

	@PostMapping("/categories")
	String addCategory(StaffCenter center, @RequestParam(required = false) Long parentId, @RequestParam String name,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/market/categories?center=" + center.id(), "market.notice.categoryAdded",
				"market.error.categoryTaken", () -> categories.add(parentId, name));
	}

	@PostMapping("/categories/{id}")
	String renameCategory(StaffCenter center, @PathVariable long id, @RequestParam String name,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/market/categories?center=" + center.id(), "market.notice.categoryRenamed",
				() -> categories.rename(id, name));
	}

	@PostMapping("/categories/{id}/delete")
	String removeCategory(StaffCenter center, @PathVariable long id, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/market/categories?center=" + center.id(), "market.notice.categoryRemoved",
				() -> categories.remove(id));
	}

	private String productPage(ShowcaseAdministration.Row row, String description, Model model) {
		model.addAttribute("product", row);
		model.addAttribute("description", description);
		model.addAttribute("categories", categories.tree());
		return "market/admin/product";
	}
}
