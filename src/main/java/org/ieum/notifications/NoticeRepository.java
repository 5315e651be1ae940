package org.ieum.notifications;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long> {

	/** The bell: one count on the (account, read) index; a text to a number is no in-app notice. */
	@Query("select count(n) from Notice n where n.accountId = :accountId and n.readAt is null and n.phone is null")
	long countByAccountIdAndReadAtIsNull(long accountId);

	@Query("select n from Notice n where n.accountId = :accountId and n.phone is null order by n.createdAt desc, n.id desc")
	Page<Notice> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId, Pageable page);

	Page<Notice> findByCenterIdOrderByCreatedAtDescIdDesc(long centerId, Pageable page);

	@Modifying
	@Query("update Notice n set n.readAt = :now where n.accountId = :accountId and n.readAt is null and n.phone is null")
	int markAllRead(long accountId, Instant now);

	List<Notice> findByAccountId(long accountId);
}
