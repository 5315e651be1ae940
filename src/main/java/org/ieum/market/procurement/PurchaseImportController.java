package org.ieum.market.procurement;

import java.util.List;

import org.ieum.centers.CentersApi;
import org.ieum.identity.StaffTableImportController;
import org.ieum.shared.imports.ImportPage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Staff import a buyer's table of purchases on the shared import pages; the records wait for their sellers' confirmation. */
@Controller
@RequestMapping(PurchaseImportController.UPLOAD)
class PurchaseImportController extends StaffTableImportController {

	static final String UPLOAD = "/admin/market/purchases/import";

	private static final String PURCHASES = "/admin/market/purchases";

	private static final ImportPage PAGE = new ImportPage(UPLOAD, "market.import",
			List.of("market.import.columns.buyer", "market.import.columns.seller", "market.import.columns.category",
					"market.import.columns.amount", "market.import.columns.date", "market.import.columns.method"),
			List.of(new ImportPage.Link("/admin/market/procurement", "market.menu.procurement", true),
					new ImportPage.Link(PURCHASES, "market.procurement.purchases", true)),
			new ImportPage.Link(PURCHASES, "market.procurement.purchases", true), "market.import.done.lead", null);

	PurchaseImportController(PurchaseImports imports, CentersApi centers) {
		super(imports, PAGE, PURCHASES, centers);
	}
}
