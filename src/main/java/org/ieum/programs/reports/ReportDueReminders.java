package org.ieum.programs.reports;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.ieum.programs.call.Application;
import org.ieum.programs.call.ApplicationRepository;
import org.ieum.programs.call.CallRepository;
import org.ieum.programs.call.ProgramCall;
import org.ieum.programs.call.ProgramMails;
import org.ieum.programs.call.ProgramsProperties;
import org.ieum.shared.Seoul;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails each awardee once about a report coming due (within {@code reminder-days-before} days
 * of its due date in Seoul, or already late). The report remembers that its reminder was
 * queued, in the same transaction as the mail, so a re-run or a second node sends nothing twice;
 * the version column makes a concurrent run lose rather than double.
 */
@Component
public class ReportDueReminders {

	private static final Logger log = LoggerFactory.getLogger(ReportDueReminders.class);

	private final ReportRepository reports;
	private final ApplicationRepository applications;
	private final CallRepository calls;
	private final ProgramMails mails;
	private final ProgramsProperties properties;
	private final Clock clock;

	ReportDueReminders(ReportRepository reports, ApplicationRepository applications, CallRepository calls,
			ProgramMails mails, ProgramsProperties properties, Clock clock) {
		this.reports = reports;
		this.applications = applications;
		this.calls = calls;
		this.mails = mails;
		this.properties = properties;
		this.clock = clock;
	}

	@SchedulerLock(name = "programs-report-reminders")
	@Scheduled(initialDelayString = "${ieum.programs.reminder-initial-delay:2m}",
			fixedDelayString = "${ieum.programs.reminder-interval:1h}")
	@Transactional
	public void scheduled() {
		int queued = queueDue();
		if (queued > 0) {
			log.info("Report reminders queued: {}", queued);
		}
	}

	@Transactional
	public int queueDue() {
		LocalDate horizon = Seoul.today(clock).plusDays(properties.reminderDaysBefore());
		int queued = 0;
		for (Report report : reports.findByStatusAndReminderQueuedAtIsNullAndDueOnLessThanEqualOrderByIdAsc(
				ReportStatus.DUE, horizon)) {
			if (!report.markReminded(clock.instant())) {
				continue;
			}
			Application application = applications.findById(report.getApplicationId()).orElseThrow();
			ProgramCall call = calls.findById(application.getCallId()).orElseThrow();
			mails.reportDue(application, call, report.getId(), report.getDueOn());
			queued++;
		}
		return queued;
	}
}
