package org.ieum.enterprises.employment;

import java.time.Clock;

import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.shared.Seoul;
import org.ieum.shared.imports.KeptTableImport;
import org.ieum.shared.imports.KeptUploads;
import org.ieum.shared.imports.RowImport;
import org.ieum.shared.imports.TableImports;
import org.springframework.stereotype.Service;

/**
 * A table of employment figures (CSV or XLSX) imported into a center's organizations, with the shared upload,
 * preview and confirmation of {@link KeptTableImport}; the rows follow {@link EmploymentImport}.
 */
@Service
public class EmploymentImports extends KeptTableImport<EmploymentImport.Line> {

	/** Which import a kept upload is for. */
	static final String PURPOSE = "employment";

	private final OrganizationRepository organizations;
	private final EmploymentRecordRepository records;
	private final Clock clock;

	EmploymentImports(KeptUploads kept, TableImports imports, OrganizationRepository organizations,
			EmploymentRecordRepository records, Clock clock) {
		super(kept, imports, PURPOSE);
		this.organizations = organizations;
		this.records = records;
		this.clock = clock;
	}

	@Override
	protected RowImport<EmploymentImport.Line> rules(long centerId, Long enteredBy) {
		return new EmploymentImport(centerId, Seoul.today(clock).getYear(), organizations, records, enteredBy,
				clock.instant());
	}

	@Override
	protected RowImport<EmploymentImport.Line> headerRules() {
		return new EmploymentImport(0, 0, null, null, null, null);
	}
}
