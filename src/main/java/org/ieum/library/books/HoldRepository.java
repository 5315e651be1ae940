package org.ieum.library.books;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HoldRepository extends JpaRepository<Hold, Long> {

	List<Hold> findByBookIdAndStatusOrderByPlacedAtAscIdAsc(long bookId, HoldStatus status);

	boolean existsByBookIdAndStatus(long bookId, HoldStatus status);

	Optional<Hold> findByBookIdAndOpenAccountId(long bookId, long accountId);

	List<Hold> findByAccountIdAndStatusInOrderByPlacedAtAsc(long accountId, Collection<HoldStatus> statuses);

	List<Hold> findByStatusAndPickupByBefore(HoldStatus status, LocalDate day);

	List<Hold> findByCenterIdAndStatusOrderByPickupByAsc(long centerId, HoldStatus status);
}
