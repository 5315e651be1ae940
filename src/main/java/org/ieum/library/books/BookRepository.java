package org.ieum.library.books;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BookRepository extends JpaRepository<Book, Long> {

	Optional<Book> findByIdAndCenterId(long id, long centerId);

	Optional<Book> findByCenterIdAndIsbn(long centerId, String isbn);

	/** The latest title with this ISBN in another center's catalogue. */
	Optional<Book> findFirstByIsbnAndCenterIdNotOrderByIdDesc(String isbn, long centerId);

	Page<Book> findByCenterIdOrderByTitleAscIdAsc(long centerId, Pageable page);

	List<Book> findByIdIn(Collection<Long> ids);

	long countByCenterId(long centerId);
}
