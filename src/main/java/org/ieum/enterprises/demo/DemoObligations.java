package org.ieum.enterprises.demo;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.journey.Obligations;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.records.DesignationRepository;
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
 * The demo's obligations: the demo member's organization (Busan) and the first organization of Gimhae alone each
 * have their latest overdue report recorded as done with a note and a PDF, by their center's staff member, who
 * becomes responsible for them. The other obligations stay open, so the dashboard shows overdue ones.
 */
@Component
@Order(36)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoObligations implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoObligations.class);

	/** A one-page PDF is enough to show an evidence download. */
	private static final byte[] EVIDENCE = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private final Obligations obligations;
	private final EnterprisesApi enterprises;
	private final OrganizationRepository organizations;
	private final DesignationRepository designations;
	private final CentersApi centers;
	private final IdentityApi identity;

	DemoObligations(Obligations obligations, EnterprisesApi enterprises, OrganizationRepository organizations,
			DesignationRepository designations, CentersApi centers, IdentityApi identity) {
		this.designations = designations;
		this.obligations = obligations;
		this.enterprises = enterprises;
		this.organizations = organizations;
		this.centers = centers;
		this.identity = identity;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int seeded = 0;
		Optional<Long> busanStaff = identity.findAccountIdByEmail("staff.busan@ieum.example");
		Optional<Long> member = identity.findAccountIdByEmail(DemoOrganizations.MEMBER_EMAIL);
		if (busanStaff.isPresent() && member.isPresent()) {
			for (OrganizationSummary o : enterprises.managedBy(member.get())) {
				if (seed(o.id(), busanStaff.get())) {
					seeded++;
				}
			}
		}
		Optional<Long> gimhae = centers.findBySlug("gimhae").map(CenterSummary::id);
		Optional<Long> gimhaeStaff = identity.findAccountIdByEmail("staff.gimhae@ieum.example");
		if (gimhae.isPresent() && gimhaeStaff.isPresent()) {
			for (Organization o : organizations.findAll(OrganizationRepository.ownedByAnyOf(Set.of(gimhae.get())),
					Sort.by("id"))) {
				boolean certified = designations.findByOrganizationIdOrderByDesignatedOnDescIdDesc(o.getId()).stream()
					.anyMatch(d -> d.getType() == DesignationType.SOCIAL_ENTERPRISE);
				if (o.getCenterIds().equals(Set.of(gimhae.get())) && certified) {
					// the first one only, also on a later start when it was seeded before
					seeded += seed(o.getId(), gimhaeStaff.get()) ? 1 : 0;
					break;
				}
			}
		}
		if (seeded > 0) {
			log.info("Demo data: {} obligations recorded as done", seeded);
		}
	}

	private boolean seed(long organizationId, long staff) {
		return obligations.seedDemo(organizationId, staff, "고용노동부 사회적기업 통합정보시스템(SEIS) 제출을 확인했습니다.", EVIDENCE,
				"사업보고서_제출확인.pdf");
	}
}
