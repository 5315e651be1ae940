package org.ieum.library.books;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LibraryCardRepository extends JpaRepository<LibraryCard, Long> {

	Optional<LibraryCard> findByCenterIdAndCardNumber(long centerId, String cardNumber);

	Optional<LibraryCard> findByCenterIdAndAccountId(long centerId, long accountId);

	List<LibraryCard> findByCenterIdOrderByIssuedAtDescIdDesc(long centerId);

	List<LibraryCard> findByAccountIdOrderByIdAsc(long accountId);
}
