package org.ieum.enterprises.journey;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResponsibleStaffRepository extends JpaRepository<ResponsibleStaff, Long> {
}
