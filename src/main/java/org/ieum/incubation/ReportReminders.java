package org.ieum.incubation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.Notifier;
import org.ieum.shared.Seoul;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails tenants about reports that are due soon or overdue, once a day. Each reminder is a
 * row keyed by (tenancy, period, kind) written in the transaction that queues its mail, so a
 * re-run the same day, a restart or a second node sends nothing twice. Periods that are
 * overdue together (a tenancy entered after the fact) share one mail.
 */
@Component
class ReportReminders {

	private static final Logger log = LoggerFactory.getLogger(ReportReminders.class);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final TenancyRepository tenancies;
	private final TenantReportRepository reports;
	private final ReportReminderRepository reminders;
	private final TenantReports periods;
	private final Notifier notifier;
	private final MessageSource messages;
	private final IncubationProperties properties;
	private final TransactionTemplate tx;
	private final String baseUrl;
	private final Clock clock;

	ReportReminders(TenancyRepository tenancies, TenantReportRepository reports, ReportReminderRepository reminders,
			TenantReports periods, Notifier notifier, MessageSource messages, IncubationProperties properties,
			TransactionTemplate tx, @Value("${ieum.base-url}") String baseUrl, Clock clock) {
		this.tenancies = tenancies;
		this.reports = reports;
		this.reminders = reminders;
		this.periods = periods;
		this.notifier = notifier;
		this.messages = messages;
		this.properties = properties;
		this.tx = tx;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	@SchedulerLock(name = "incubation-report-reminders", lockAtLeastFor = "PT1M")
	@Scheduled(cron = "${ieum.incubation.reminder-cron:0 0 9 * * *}", zone = "Asia/Seoul")
	void run() {
		int sent = sendDue();
		if (sent > 0) {
			log.info("Queued {} incubation report reminders", sent);
		}
	}

	/** Queues every reminder that is due today and was not sent before; returns how many. */
	int sendDue() {
		int sent = 0;
		for (Tenancy active : tenancies.findByStatus(TenancyStatus.ACTIVE)) {
			if (active.getContactEmail() == null) {
				continue;
			}
			try {
				Integer count = tx.execute(s -> remind(active.getId()));
				sent += count == null ? 0 : count;
			}
			catch (DataIntegrityViolationException ex) {
				// another node sent this tenancy's reminders at the same moment
				log.info("Reminders of tenancy {} were sent elsewhere", active.getId());
			}
		}
		return sent;
	}

	private int remind(long tenancyId) {
		Tenancy tenancy = tenancies.findById(tenancyId).orElse(null);
		if (tenancy == null || tenancy.getStatus() != TenancyStatus.ACTIVE || tenancy.getContactEmail() == null) {
			return 0;
		}
		LocalDate today = Seoul.today(clock);
		Set<Integer> reported = reports.findByTenancyIdOrderByPeriodNoAsc(tenancyId).stream()
			.map(TenantReport::getPeriodNo)
			.collect(Collectors.toSet());
		int sent = 0;
		List<ReportPeriod> overdue = new ArrayList<>();
		for (ReportPeriod period : periods.periodsOf(tenancy)) {
			if (reported.contains(period.number()) || today.isBefore(period.due().minusDays(properties.reminderDaysBefore()))) {
				continue;
			}
			ReportReminder.Kind kind = today.isAfter(period.due()) ? ReportReminder.Kind.OVERDUE : ReportReminder.Kind.SOON;
			ReportReminder reminder = new ReportReminder(tenancyId, period.number(), kind, clock.instant());
			if (reminders.existsById(reminder.getKey())) {
				continue;
			}
			reminders.saveAndFlush(reminder);
			if (kind == ReportReminder.Kind.OVERDUE) {
				overdue.add(period);
				continue;
			}
			mail(tenancy, "soon", periodArgs(tenancy, period));
			sent++;
		}
		// a tenancy entered after the fact can have several overdue periods at once: one mail names them all
		if (overdue.size() == 1) {
			mail(tenancy, "overdue", periodArgs(tenancy, overdue.get(0)));
			sent++;
		}
		else if (overdue.size() > 1) {
			String list = overdue.stream()
				.map(p -> messages.getMessage("incubation.mail.reminder.overdueMany.line",
						new Object[] { p.number(), DATE.format(p.start()), DATE.format(p.end()), DATE.format(p.due()) },
						Locale.KOREAN))
				.collect(Collectors.joining("\n"));
			mail(tenancy, "overdueMany", new Object[] { tenancy.getTenantName(), overdue.size(), list,
					baseUrl + "/my/incubation" });
			sent++;
		}
		return sent;
	}

	private Object[] periodArgs(Tenancy tenancy, ReportPeriod period) {
		return new Object[] { tenancy.getTenantName(), period.number(), DATE.format(period.start()),
				DATE.format(period.end()), DATE.format(period.due()), baseUrl + "/my/incubation" };
	}

	/** {@code step} names the message pair incubation.mail.reminder.{step}.subject and .body. */
	private void mail(Tenancy tenancy, String step, Object[] args) {
		String key = "incubation.mail.reminder." + step;
		notifier.send(Notification.to(tenancy.getContactEmail(), NotificationKind.TENANT_REPORT_DUE,
				tenancy.getCenterId(), messages.getMessage(key + ".subject", args, Locale.KOREAN),
				messages.getMessage(key + ".body", args, Locale.KOREAN), "/my/incubation"));
	}
}
