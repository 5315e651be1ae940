package org.ieum.market.inquiries;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InquiryRepository extends JpaRepository<Inquiry, Long> {

	Optional<Inquiry> findByToken(String token);

	List<Inquiry> findByOrganizationIdInOrderByReceivedAtDesc(Collection<Long> organizationIds);

	/** A center's inquiries: the unanswered first (oldest first, as they wait longest), then the answered, newest first. */
	@Query(value = "select i from Inquiry i where i.centerId in :centers"
			+ " order by case when i.answeredAt is null then 0 else 1 end, case when i.answeredAt is null then i.receivedAt end asc,"
			+ " i.receivedAt desc, i.id desc",
			countQuery = "select count(i) from Inquiry i where i.centerId in :centers")
	Page<Inquiry> ofCenters(Collection<Long> centers, Pageable page);

	/** Contacts whose time is up: answered before the cut, or never answered and received before the other cut. */
	@Query("select i from Inquiry i where i.contactsErasedAt is null and"
			+ " ((i.answeredAt is not null and i.answeredAt < :answeredBefore) or (i.answeredAt is null and i.receivedAt < :receivedBefore))")
	List<Inquiry> contactsToErase(Instant answeredBefore, Instant receivedBefore);
}
