package org.ieum.enterprises.stages;

import org.ieum.enterprises.records.Organization;
import org.springframework.data.jpa.domain.Specification;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/** Narrows a list of organizations to those at one stage, for the staff directory's filter. */
public final class StageFilter {

	private StageFilter() {
	}

	/** Organizations at this stage now; no filter when the stage is null. */
	public static Specification<Organization> at(Stage stage) {
		return (root, query, cb) -> {
			if (stage == null) {
				return cb.conjunction();
			}
			Subquery<Long> at = query.subquery(Long.class);
			Root<CurrentStage> s = at.from(CurrentStage.class);
			at.select(s.get("organizationId"))
				.where(cb.equal(s.get("organizationId"), root.get("id")), cb.equal(s.get("stage"), stage));
			return cb.exists(at);
		};
	}
}
