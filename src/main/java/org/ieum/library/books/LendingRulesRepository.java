package org.ieum.library.books;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LendingRulesRepository extends JpaRepository<LendingRules, Long> {

	default LendingRules of(long centerId) {
		return findById(centerId).orElseGet(() -> LendingRules.defaults(centerId));
	}
}
