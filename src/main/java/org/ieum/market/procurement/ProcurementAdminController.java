package org.ieum.market.procurement;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.ieum.identity.CurrentUser;
import org.ieum.identity.StaffCenter;
import org.ieum.market.catalog.Categories;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of public procurement: the buyer register with targets, purchase records, and the figures. */
@Controller
@RefusalsReturnTo("/admin/market/procurement")
@RequestMapping("/admin/market")
class ProcurementAdminController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Buyers buyers;
	private final Purchases purchases;
	private final ProcurementQueries queries;
	private final ProcurementWorkbook workbook;
	private final Categories categories;

	ProcurementAdminController(Buyers buyers, Purchases purchases, ProcurementQueries queries,
			ProcurementWorkbook workbook, Categories categories) {
		this.buyers = buyers;
		this.purchases = purchases;
		this.queries = queries;
		this.workbook = workbook;
		this.categories = categories;
	}

	@GetMapping("/procurement")
	String figures(StaffCenter center, @RequestParam(required = false) Integer year, Model model) {
		int chosen = year == null ? queries.today().getYear() : year;
		model.addAttribute("year", chosen);
		model.addAttribute("years", queries.years(center.id()));
		model.addAttribute("report", queries.report(center.id(), chosen));
		return "market/admin/procurement";
	}

	@GetMapping("/procurement.xlsx")
	ResponseEntity<byte[]> download(StaffCenter center, Locale locale) {
		byte[] body = workbook.write(center.id(), locale);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("ieum-procurement-" + queries.today() + ".xlsx", StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(body);
	}

	@GetMapping("/buyers")
	String buyers(StaffCenter center, Model model) {
		model.addAttribute("form", new BuyerForm());
		return buyersPage(center, model);
	}

	@PostMapping("/buyers")
	String register(StaffCenter center, @ModelAttribute("form") BuyerForm form, Model model,
			RedirectAttributes redirect) {
		try {
			long id = buyers.register(center.id(), form.terms());
			redirect.addFlashAttribute(Actions.NOTICE, "market.notice.buyerAdded");
			return "redirect:/admin/market/buyers/" + id + "?center=" + center.id();
		}
		catch (Refusal ex) {
			Actions.error(model.asMap(), ex);
			return buyersPage(center, model);
		}
	}

	@GetMapping("/buyers/{id}")
	String buyer(StaffCenter center, @PathVariable long id, Model model) {
		Buyers.View view = buyers.view(id);
		model.addAttribute("form", BuyerForm.of(view));
		return buyerPage(view, model);
	}

	@PostMapping("/buyers/{id}")
	String describe(StaffCenter center, @PathVariable long id, @ModelAttribute("form") BuyerForm form, Model model,
			RedirectAttributes redirect) {
		try {
			buyers.describe(id, form.terms());
			redirect.addFlashAttribute(Actions.NOTICE, "market.notice.buyerSaved");
			return "redirect:/admin/market/buyers/" + id + "?center=" + center.id();
		}
		catch (Refusal ex) {
			if (ex.notFound()) {
				throw ex;
			}
			Actions.error(model.asMap(), ex);
			return buyerPage(buyers.view(id), model);
		}
	}

	@PostMapping("/buyers/{id}/targets")
	String setTarget(StaffCenter center, @PathVariable long id, @RequestParam int year, @RequestParam String won,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/market/buyers/" + id + "?center=" + center.id(),
				"market.notice.targetSaved", () -> buyers.setTarget(id, year, won));
	}

	@GetMapping("/purchases")
	String purchases(StaffCenter center, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("form", new PurchaseForm());
		return purchasesPage(center, year, page, model);
	}

	@PostMapping("/purchases")
	String record(StaffCenter center, @ModelAttribute("form") PurchaseForm form, CurrentUser me, Model model,
			RedirectAttributes redirect) {
		try {
			Purchases.Terms terms = form.terms();
			purchases.record(terms, me.accountId());
			redirect.addFlashAttribute(Actions.NOTICE, "market.notice.purchaseAdded");
			return "redirect:/admin/market/purchases?center=" + center.id() + "&year=" + terms.contractDate().getYear();
		}
		catch (Refusal ex) {
			if (ex.notFound()) {
				throw ex;
			}
			Actions.error(model.asMap(), ex);
			return purchasesPage(center, null, 0, model);
		}
	}

	@PostMapping("/purchases/{id}/delete")
	String remove(StaffCenter center, @PathVariable long id, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/market/purchases?center=" + center.id(), "market.notice.purchaseRemoved",
				() -> purchases.remove(id));
	}

	private String buyersPage(StaffCenter center, Model model) {
		int year = queries.today().getYear();
		model.addAttribute("year", year);
		model.addAttribute("report", queries.report(center.id(), year));
		model.addAttribute("kinds", BuyerKind.values());
		return "market/admin/buyers";
	}

	private String buyerPage(Buyers.View view, Model model) {
		model.addAttribute("buyer", view);
		model.addAttribute("kinds", BuyerKind.values());
		model.addAttribute("thisYear", queries.today().getYear());
		return "market/admin/buyer";
	}

	private String purchasesPage(StaffCenter center, Integer year, int page, Model model) {
		int chosen = year == null ? queries.today().getYear() : year;
		model.addAttribute("year", chosen);
		model.addAttribute("years", queries.years(center.id()));
		model.addAttribute("rows", queries.purchases(center.id(), chosen, page));
		model.addAttribute("buyers", buyers.of(center.id()));
		model.addAttribute("categories", categories.tree());
		model.addAttribute("methods", Arrays.asList(ContractMethod.values()));
		model.addAttribute("today", queries.today());
		return "market/admin/purchases";
	}
}
