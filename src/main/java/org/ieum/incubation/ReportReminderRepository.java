package org.ieum.incubation;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportReminderRepository extends JpaRepository<ReportReminder, ReportReminder.Key> {
}
