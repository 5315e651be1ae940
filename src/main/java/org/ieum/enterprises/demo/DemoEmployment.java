package org.ieum.enterprises.demo;

import java.time.Clock;
import java.util.List;

import org.ieum.enterprises.employment.Employment;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.shared.Seoul;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organizations' employment over the last three years, so the dashboard's "N개 조직이 만든 새 일자리" has
 * records to count: each sample organization's paid workers (its profile's, where it has one, in the latest year),
 * those from vulnerable groups and the year's new hires, made up the same way on every start. A year already on file
 * is left alone.
 */
@Component
@Order(39)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoEmployment implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoEmployment.class);

	static final int YEARS = 3;

	private final Employment employment;
	private final OrganizationRepository organizations;
	private final Clock clock;

	DemoEmployment(Employment employment, OrganizationRepository organizations, Clock clock) {
		this.employment = employment;
		this.organizations = organizations;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int lastYear = Seoul.today(clock).getYear() - 1;
		int entered = 0;
		for (int i = 0; i < DemoOrganizations.sampleCount(); i++) {
			List<Organization> found = organizations
				.findByBusinessNumberOrderByIdAsc(DemoOrganizations.demoNumber(i).digits());
			if (found.isEmpty() || found.get(0).isFoundingTeam()) {
				continue;
			}
			Organization organization = found.get(0);
			int latest = organization.getEmployees() != null && organization.getEmployees() > 0
					? organization.getEmployees() : 4 + (i * 7) % 23;
			for (int back = 0; back < YEARS; back++) {
				// a workforce that grew towards the latest year: a worker or two fewer each year back
				int employees = Math.max(1, latest - back * (1 + i % 2));
				int vulnerable = Math.min(employees, organization.getVulnerableEmployees() != null && back == 0
						? organization.getVulnerableEmployees() : employees * (30 + (i * 11) % 40) / 100);
				int newHires = Math.min(employees, 1 + (i + back) % 4);
				if (employment.seedDemo(organization.getId(), lastYear - back, employees, vulnerable, newHires)) {
					entered++;
				}
			}
		}
		if (entered > 0) {
			log.info("Demo data: {} yearly employment records", entered);
		}
	}
}
