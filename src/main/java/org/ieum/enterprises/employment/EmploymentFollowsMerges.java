package org.ieum.enterprises.employment;

import org.ieum.enterprises.records.OrganizationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When staff merge a duplicate organization into the kept one, the duplicate's employment years move over; a year the
 * kept organization has on file already keeps its own figures and the duplicate's is removed, so no year counts twice.
 */
@Component
class EmploymentFollowsMerges {

	private final EmploymentRecordRepository records;

	EmploymentFollowsMerges(EmploymentRecordRepository records) {
		this.records = records;
	}

	@EventListener
	void on(OrganizationsMerged merged) {
		for (EmploymentRecord record : records.findByOrganizationIdOrderByYearDesc(merged.duplicateId())) {
			if (records.findByOrganizationIdAndYear(merged.keptId(), record.getYear()).isPresent()) {
				records.delete(record);
			}
			else {
				record.moveTo(merged.keptId());
			}
		}
		records.flush();
	}
}
