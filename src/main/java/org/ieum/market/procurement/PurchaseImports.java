package org.ieum.market.procurement;

import java.time.Clock;
import java.util.List;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.market.catalog.Categories;
import org.ieum.shared.Seoul;
import org.ieum.shared.imports.KeptTableImport;
import org.ieum.shared.imports.KeptUploads;
import org.ieum.shared.imports.RowImport;
import org.ieum.shared.imports.TableImports;
import org.springframework.stereotype.Service;

/**
 * A buyer's table of purchases (CSV or XLSX) imported into a center's purchase records, with the shared upload,
 * preview and confirmation of {@link KeptTableImport}; the rows follow {@link PurchaseImport}, and imported records
 * wait for their sellers' confirmation.
 */
@Service
public class PurchaseImports extends KeptTableImport<PurchaseImport.Line> {

	/** Which import a kept upload is for. */
	static final String PURPOSE = "purchases";

	private final BuyerRepository buyers;
	private final PurchaseRepository purchases;
	private final Categories categories;
	private final EnterprisesApi enterprises;
	private final Clock clock;

	PurchaseImports(KeptUploads kept, TableImports imports, BuyerRepository buyers, PurchaseRepository purchases,
			Categories categories, EnterprisesApi enterprises, Clock clock) {
		super(kept, imports, PURPOSE);
		this.buyers = buyers;
		this.purchases = purchases;
		this.categories = categories;
		this.enterprises = enterprises;
		this.clock = clock;
	}

	@Override
	protected RowImport<PurchaseImport.Line> rules(long centerId, Long enteredBy) {
		return new PurchaseImport(buyers.findByCenterIdInOrderByNameAscIdAsc(List.of(centerId)), categories.tree(),
				enterprises, purchases, clock, Seoul.today(clock), enteredBy);
	}

	@Override
	protected RowImport<PurchaseImport.Line> headerRules() {
		return new PurchaseImport(List.of(), List.of(), null, null, null, null, null);
	}
}
