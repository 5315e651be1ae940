package org.ieum.library.books;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LoanRepository extends JpaRepository<Loan, Long> {

	Optional<Loan> findByOpenCopyId(long copyId);

	List<Loan> findByOpenCopyIdIn(Collection<Long> copyIds);

	List<Loan> findByAccountIdAndReturnedAtIsNullOrderByDueOnAscIdAsc(long accountId);

	long countByCenterIdAndAccountIdAndReturnedAtIsNull(long centerId, long accountId);

	boolean existsByCenterIdAndAccountIdAndReturnedAtIsNullAndDueOnBefore(long centerId, long accountId, LocalDate day);

	boolean existsByBookIdAndAccountIdAndReturnedAtIsNull(long bookId, long accountId);

	List<Loan> findByCenterIdAndReturnedAtIsNullAndDueOnBeforeOrderByDueOnAscIdAsc(long centerId, LocalDate day);

	List<Loan> findByReturnedAtIsNullAndDueOnBefore(LocalDate day);

	List<Loan> findByCenterIdAndReturnedAtGreaterThanEqualAndReturnedAtLessThanOrderByReturnedAtDesc(long centerId,
			Instant from, Instant until);

	List<Loan> findByCenterIdInAndBorrowedAtGreaterThanEqualAndBorrowedAtLessThan(Collection<Long> centerIds,
			Instant from, Instant until);

	/** Counts a reminder as sent only if no one else counted it first: 1 when this call did. */
	@Modifying
	@Query("update Loan l set l.remindersSent = :sent where l.id = :id and l.remindersSent = :sent - 1 and l.returnedAt is null")
	int countReminder(@Param("id") long id, @Param("sent") int sent);
}
