package org.ieum.shared.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

	@Query("select m.id from OutboxMessage m where m.status = 'PENDING' and m.nextAttemptAt <= ?1 order by m.id")
	List<Long> findDueIds(Instant now, Pageable page);

	@Query("select m.status, count(m) from OutboxMessage m where m.tag = ?1 group by m.status")
	List<Object[]> countByStatus(String tag);

	Page<OutboxMessage> findAllByOrderByIdDesc(Pageable page);

	List<OutboxMessage> findByRecipientIgnoreCase(String recipient);

	Page<OutboxMessage> findByRecipientContainingIgnoreCaseOrderByIdDesc(String recipient, Pageable page);
}
