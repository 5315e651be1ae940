package org.ieum.community.exchange;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExchangePostRepository extends JpaRepository<ExchangePost, Long> {

	Page<ExchangePost> findByCenterIdAndHiddenAtIsNullOrderByPostedAtDescIdDesc(long centerId, Pageable page);

	Page<ExchangePost> findByCenterIdAndCategoryAndHiddenAtIsNullOrderByPostedAtDescIdDesc(long centerId,
			ExchangeCategory category, Pageable page);

	List<ExchangePost> findTop100ByCenterIdOrderByPostedAtDescIdDesc(long centerId);

	List<ExchangePost> findByAuthorAccountIdOrderByPostedAtDescIdDesc(long accountId);

	List<ExchangePost> findByIdIn(Collection<Long> ids);

	long countByCenterId(long centerId);
}
