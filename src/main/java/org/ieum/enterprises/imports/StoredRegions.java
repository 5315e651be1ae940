package org.ieum.enterprises.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.ieum.enterprises.records.ChangeHistory;
import org.ieum.enterprises.records.FieldChange;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the 시도 and 시군구 of organizations on file to the official names at start-up: earlier
 * imports stored the labor ministry's 지역 column ("경상", "부산") as the 시도 and left the 시군구
 * empty, which split statistics and facets. Only records whose 시도 is missing or unofficial, or
 * whose 시군구 is missing, are read, so once done a start costs one small query. A 시도 that
 * neither the address nor the stored value pins down ("경상" without an address) is cleared
 * rather than kept unofficial. Each change is written to the organization's history.
 */
@Component
class StoredRegions {

	private static final Logger log = LoggerFactory.getLogger(StoredRegions.class);

	private static final int PAGE = 200;

	private final EntityManager entityManager;
	private final ChangeHistory history;
	private final TransactionTemplate transactions;
	private final Clock clock;

	StoredRegions(EntityManager entityManager, ChangeHistory history, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.entityManager = entityManager;
		this.history = history;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart(ApplicationReadyEvent event) {
		if (event.getSpringApplication().getWebApplicationType() == WebApplicationType.NONE) {
			// a command changes only what it is asked to; the server normalizes at its start
			return;
		}
		int changed = normalize();
		if (changed > 0) {
			log.info("Regions of {} organizations brought to the official 시도 and 시군구 names", changed);
		}
	}

	/** Returns how many organizations changed. */
	int normalize() {
		int changed = 0;
		long after = 0;
		while (true) {
			long from = after;
			Page page = transactions.execute(tx -> normalizePage(from));
			changed += page.changed();
			if (page.lastId() == null) {
				return changed;
			}
			after = page.lastId();
		}
	}

	private record Page(Long lastId, int changed) {
	}

	private Page normalizePage(long after) {
		List<Organization> candidates = entityManager
			.createQuery("select o from Organization o where o.id > :after and (o.sido is null or o.sigungu is null"
					+ " or o.sido not in :official) order by o.id", Organization.class)
			.setParameter("after", after)
			.setParameter("official", Regions.KOREA.officialNames())
			.setMaxResults(PAGE)
			.getResultList();
		if (candidates.isEmpty()) {
			return new Page(null, 0);
		}
		int changed = 0;
		for (Organization o : candidates) {
			Regions.Region region = Regions.KOREA.of(o.getRoadAddress(), o.getSido(), o.getSigungu());
			String sido = region.sido();
			String sigungu = region.sigungu() != null ? region.sigungu() : o.getSigungu();
			if (sido == null && Regions.KOREA.official(o.getSido())) {
				sido = o.getSido();
			}
			OrganizationProfile p = o.profile();
			List<FieldChange> changes = new ArrayList<>(o.describe(new OrganizationProfile(p.name(), p.corporateNumber(),
					p.representative(), sido, sigungu, p.roadAddress(), p.phone(), p.homepage(), p.socialChannels(),
					p.industry(), p.mainBusiness(), p.foundedOn(), p.employees(), p.vulnerableEmployees(),
					p.socialPurpose(), p.socialServiceField()), clock.instant()));
			if (!changes.isEmpty()) {
				history.record(o.getId(), changes);
				changed++;
			}
		}
		return new Page(candidates.get(candidates.size() - 1).getId(), changed);
	}
}
