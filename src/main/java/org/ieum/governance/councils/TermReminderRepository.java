package org.ieum.governance.councils;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;

interface TermReminderRepository extends JpaRepository<TermReminder, Long> {

	boolean existsByMemberIdAndTermEnd(long memberId, LocalDate termEnd);
}
