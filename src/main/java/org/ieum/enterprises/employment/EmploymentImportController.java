package org.ieum.enterprises.employment;

import java.util.List;

import org.ieum.centers.CentersApi;
import org.ieum.identity.StaffTableImportController;
import org.ieum.shared.imports.ImportPage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Staff import a table of employment figures on the shared import pages. */
@Controller
@RequestMapping(EmploymentImportController.UPLOAD)
class EmploymentImportController extends StaffTableImportController {

	static final String UPLOAD = "/admin/organizations/employment/import";

	private static final ImportPage PAGE = new ImportPage(UPLOAD, "employment.import",
			List.of("employment.import.columns.number", "employment.import.columns.year",
					"employment.import.columns.employees", "employment.import.columns.vulnerable",
					"employment.import.columns.newHires"),
			List.of(new ImportPage.Link("/admin/organizations", "enterprises.menu.admin", false)),
			new ImportPage.Link("/admin/dashboard", "employment.import.done.dashboard", true), null, null);

	EmploymentImportController(EmploymentImports imports, CentersApi centers) {
		super(imports, PAGE, UPLOAD, centers);
	}
}
