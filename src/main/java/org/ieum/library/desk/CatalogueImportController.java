package org.ieum.library.desk;

import java.util.List;
import java.util.Locale;

import org.ieum.centers.CentersApi;
import org.ieum.identity.StaffCenter;
import org.ieum.identity.StaffTableImportController;
import org.ieum.shared.export.ExportFormat;
import org.ieum.shared.imports.ImportPage;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff import a catalogue table on the shared import pages, and download its template. */
@Controller
@RequestMapping(CatalogueImportController.UPLOAD)
class CatalogueImportController extends StaffTableImportController {

	static final String UPLOAD = "/admin/library/import";

	private static final String CATALOGUE = "/admin/library";

	private static final ImportPage PAGE = new ImportPage(UPLOAD, "library.import",
			CatalogueImports.TEMPLATE_COLUMNS.stream().map(column -> "library.import.columns." + column).toList(),
			List.of(new ImportPage.Link("/admin/library/desk", "library.menu.admin", true),
					new ImportPage.Link(CATALOGUE, "library.admin.catalogue", true)),
			new ImportPage.Link(CATALOGUE, "library.admin.catalogue", true), null,
			new ImportPage.Link(UPLOAD + "/template?format=xlsx", "library.import.template", true));

	private final CatalogueImports imports;

	CatalogueImportController(CatalogueImports imports, CentersApi centers) {
		super(imports, PAGE, UPLOAD, centers);
		this.imports = imports;
	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template(StaffCenter center, @RequestParam(defaultValue = "xlsx") String format,
			Locale locale) {
		ExportFormat chosen = "csv".equalsIgnoreCase(format) ? ExportFormat.CSV : ExportFormat.XLSX;
		return chosen.download("catalogue-template", imports.template(chosen, locale));
	}
}
