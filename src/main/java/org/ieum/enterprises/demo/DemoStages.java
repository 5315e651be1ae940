package org.ieum.enterprises.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.DesignationRepository;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.enterprises.stages.Stage;
import org.ieum.enterprises.stages.Stages;
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
 * The demo organizations' stages, read from their designations: certified social enterprises are certified (every
 * fourth growing), pre-social enterprises designated or preparing for certification, village enterprises and
 * cooperatives designated, self-sufficiency enterprises founded; each since its latest designation. An organization
 * that has a stage keeps it.
 */
@Component
@Order(37)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoStages implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoStages.class);

	private final Stages stages;
	private final OrganizationRepository organizations;
	private final DesignationRepository designations;
	private final Clock clock;

	DemoStages(Stages stages, OrganizationRepository organizations, DesignationRepository designations, Clock clock) {
		this.stages = stages;
		this.organizations = organizations;
		this.designations = designations;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		LocalDate today = Seoul.today(clock);
		int placed = 0;
		for (int i = 0; i < DemoOrganizations.sampleCount(); i++) {
			List<Organization> found = organizations
				.findByBusinessNumberOrderByIdAsc(DemoOrganizations.demoNumber(i).digits());
			if (found.isEmpty()) {
				continue;
			}
			Organization organization = found.get(0);
			List<Designation> held = designations.findByOrganizationIdOrderByDesignatedOnDescIdDesc(organization.getId());
			List<DesignationType> types = held.stream().map(Designation::getType).toList();
			LocalDate since = held.stream().map(Designation::getDesignatedOn).filter(Objects::nonNull)
				.max(Comparator.naturalOrder())
				.orElse(organization.getFoundedOn() != null ? organization.getFoundedOn() : today.minusYears(1));
			Stage stage;
			if (types.contains(DesignationType.SOCIAL_ENTERPRISE)) {
				stage = i % 4 == 0 ? Stage.GROWING : Stage.CERTIFIED;
			}
			else if (types.contains(DesignationType.PRE_SOCIAL_REGIONAL) || types.contains(DesignationType.PRE_SOCIAL_MINISTRY)) {
				stage = i % 2 == 1 ? Stage.PREPARING_CERTIFICATION : Stage.DESIGNATED;
			}
			else if (types.contains(DesignationType.SELF_SUFFICIENCY) || types.isEmpty()) {
				stage = Stage.FOUNDED;
			}
			else {
				stage = Stage.DESIGNATED;
			}
			if (since.isAfter(today)) {
				since = today;
			}
			if (stages.seedDemo(organization.getId(), stage, since)) {
				placed++;
			}
		}
		if (placed > 0) {
			log.info("Demo data: {} organizations placed on a stage", placed);
		}
	}
}
