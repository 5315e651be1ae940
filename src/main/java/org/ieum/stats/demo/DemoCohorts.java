package org.ieum.stats.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationMilestones;
import org.ieum.stats.cohorts.Cohort;
import org.ieum.stats.cohorts.CohortMember;
import org.ieum.stats.cohorts.CohortMemberRepository;
import org.ieum.stats.cohorts.CohortRepository;
import org.ieum.stats.cohorts.CohortSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two example cohorts whose organizations already have stage histories and designations: Gimhae's 2019 incubation
 * intake and the organizations of the first round of Busan's founding academy in 2019, both from before Ieum, so
 * they name the centers' organizations by hand (the demo's tenancies and courses name none). Added only while there
 * are none.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoCohorts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCohorts.class);

	private static final LocalDate START = LocalDate.of(2019, 3, 4);

	private final CohortRepository cohorts;
	private final CohortMemberRepository members;
	private final CentersApi centers;
	private final EnterprisesApi enterprises;
	private final Clock clock;

	DemoCohorts(CohortRepository cohorts, CohortMemberRepository members, CentersApi centers,
			EnterprisesApi enterprises, Clock clock) {
		this.cohorts = cohorts;
		this.members = members;
		this.centers = centers;
		this.enterprises = enterprises;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (cohorts.count() > 0) {
			return;
		}
		centers.findBySlug("gimhae")
			.ifPresent(c -> cohort(c, "(예시) 2019년 창업보육센터 입주 기수", CohortSource.INTAKE, (long) START.getYear()));
		centers.findBySlug("busan")
			.ifPresent(c -> cohort(c, "(예시) 2019 사회적경제 창업 아카데미 1기 수료 조직", CohortSource.HAND, null));
		log.info("Demo cohorts loaded: {}", cohorts.count());
	}

	/** The center's organizations that were founded, up to eight: some before the start, most after it. */
	private void cohort(CenterSummary center, String name, CohortSource source, Long sourceRef) {
		List<Long> ids = enterprises.organizationIdsOf(center.id());
		Map<Long, OrganizationMilestones> milestones = enterprises.milestones(ids);
		List<Long> chosen = ids.stream()
			.filter(id -> milestones.containsKey(id) && milestones.get(id).founded() != null)
			.limit(8)
			.toList();
		if (chosen.isEmpty()) {
			return;
		}
		Cohort cohort = cohorts.save(new Cohort(center.id(), name, source, sourceRef, START, null, clock.instant()));
		chosen.forEach(id -> members.save(new CohortMember(cohort.getId(), id, clock.instant())));
	}
}
