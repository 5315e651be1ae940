package org.ieum.consulting.experts;

import java.util.Set;

import org.ieum.consulting.cases.Expert;
import org.ieum.consulting.cases.ExpertRepository;
import org.ieum.enterprises.ReadinessReferences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consultant assigned to a readiness checklist item: an active expert in the pool one of the organization's centers
 * may use (its own or one shared with it by an agreement); the checklist shows the expert's name and staff page.
 */
@Component
class ExpertReferences implements ReadinessReferences {

	private final ExpertRepository experts;
	private final ExpertPool pool;

	ExpertReferences(ExpertRepository experts, ExpertPool pool) {
		this.experts = experts;
		this.pool = pool;
	}

	@Override
	public Kind kind() {
		return Kind.CONSULTANT;
	}

	@Override
	@Transactional(readOnly = true)
	public Reference lookUp(Set<Long> centerIds, long id) {
		Expert expert = experts.findById(id).orElse(null);
		if (expert == null) {
			return Reference.unknown();
		}
		boolean usable = centerIds.stream().anyMatch(center -> pool.usable(expert, center));
		return new Reference(usable ? Standing.USABLE : Standing.ELSEWHERE, expert.getName(),
				"/admin/consulting/experts/" + id, null);
	}
}
