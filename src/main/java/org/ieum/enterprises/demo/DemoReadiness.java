package org.ieum.enterprises.demo;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.enterprises.readiness.Readiness;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.identity.IdentityApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's readiness checklist: the demo member's organization has its social enterprise checklist started, with
 * the organization form (a PDF) and the paid workers met and the revenue ratio to be improved, so both the staff
 * page and My page show a share met; so has the first organization on 김해's list alone.
 */
@Component
@Order(38)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoReadiness implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReadiness.class);

	private static final byte[] REGISTER = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private final Readiness readiness;
	private final EnterprisesApi enterprises;
	private final IdentityApi identity;
	private final CentersApi centers;
	private final OrganizationRepository organizations;

	DemoReadiness(Readiness readiness, EnterprisesApi enterprises, IdentityApi identity, CentersApi centers,
			OrganizationRepository organizations) {
		this.centers = centers;
		this.organizations = organizations;
		this.readiness = readiness;
		this.enterprises = enterprises;
		this.identity = identity;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Optional<Long> member = identity.findAccountIdByEmail(DemoOrganizations.MEMBER_EMAIL);
		int started = 0;
		if (member.isPresent()) {
			for (OrganizationSummary o : enterprises.managedBy(member.get())) {
				if (readiness.seedDemo(o.id(), REGISTER, "법인등기부등본.pdf")) {
					started++;
				}
			}
		}
		// the first organization on 김해's list alone, so staff of 김해 have a checklist to show
		Optional<Long> gimhae = centers.findBySlug("gimhae").map(CenterSummary::id);
		if (gimhae.isPresent()) {
			Optional<Organization> first = organizations
				.findAll(OrganizationRepository.ownedByAnyOf(Set.of(gimhae.get())), Sort.by("id")).stream()
				.filter(o -> o.getCenterIds().equals(Set.of(gimhae.get())))
				.findFirst();
			if (first.isPresent() && readiness.seedDemo(first.get().getId(), REGISTER, "법인등기부등본.pdf")) {
				started++;
			}
		}
		if (started > 0) {
			log.info("Demo data: {} readiness checklists started", started);
		}
	}
}
