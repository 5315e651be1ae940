package org.ieum.governance.partners;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MouRepository extends JpaRepository<Mou, Long> {

	List<Mou> findByPartnerIdInOrderByEndsOnDescIdDesc(Collection<Long> partnerIds);

	List<Mou> findByEndsOnBetween(LocalDate from, LocalDate until);
}
