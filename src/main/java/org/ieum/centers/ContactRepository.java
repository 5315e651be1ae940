package org.ieum.centers;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactRepository extends JpaRepository<Contact, Long> {

	List<Contact> findByCenterIdOrderByPositionAscIdAsc(Long centerId);
}
