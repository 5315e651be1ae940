package org.ieum.library.books;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface CopyRepository extends JpaRepository<Copy, Long> {

	List<Copy> findByBookIdOrderByIdAsc(long bookId);

	List<Copy> findByBookIdIn(Collection<Long> bookIds);

	Optional<Copy> findByCenterIdAndBarcode(long centerId, String barcode);

	/** The copy, locked until the transaction ends: two desks scanning it at once take turns. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Copy> findLockedByCenterIdAndBarcode(long centerId, String barcode);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Copy> findLockedById(long id);

	long countByBookId(long bookId);

	boolean existsByBookIdAndState(long bookId, CopyState state);
}
