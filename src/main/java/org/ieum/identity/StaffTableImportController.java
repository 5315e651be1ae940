package org.ieum.identity;

import org.ieum.centers.CentersApi;
import org.ieum.shared.imports.ImportPage;
import org.ieum.shared.imports.KeptTableImport;
import org.ieum.shared.imports.TableImportController;
import org.springframework.ui.Model;

/**
 * The shared import pages as staff pages: the center comes from the staff center chooser ({@link StaffCenter}) and
 * a kept upload's page shows the upload's center to its staff only. A module's import controller extends it with its
 * {@code @Controller}, its {@code @RequestMapping} and its import.
 */
public abstract class StaffTableImportController extends TableImportController<StaffCenter, CurrentUser> {

	private final CentersApi centers;

	protected StaffTableImportController(KeptTableImport<?> imports, ImportPage page, String leaveDone, CentersApi centers) {
		super(imports, page, leaveDone);
		this.centers = centers;
	}

	@Override
	protected long centerId(StaffCenter center) {
		return center.id();
	}

	@Override
	protected Long accountId(CurrentUser user) {
		return user.accountId();
	}

	@Override
	protected void showCenter(long centerId, CurrentUser user, Model model) {
		StaffCenters.show(centers, centerId, user, model);
	}
}
