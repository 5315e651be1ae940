package org.ieum.enterprises.journey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.ieum.centers.CenterProfile;
import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationManager;
import org.ieum.enterprises.records.OrganizationManagerRepository;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.identity.IdentityApi;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds an organization's managers and its responsible staff member of an open obligation 30 days and 7 days
 * before it is due, once each. Each reminder is recorded in the transaction that queues its mails, under a unique
 * key: a second run, or a second node at the same moment, finds it or loses on the key and queues nothing. An
 * obligation first seen within 7 days gets only the 7-day reminder.
 */
@Component
public class ObligationReminders {

	static final int FIRST = 30;
	static final int LAST = 7;

	private static final Logger log = LoggerFactory.getLogger(ObligationReminders.class);
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final Obligations obligations;
	private final ObligationReminderRepository reminders;
	private final OrganizationRepository organizations;
	private final OrganizationManagerRepository managers;
	private final IdentityApi identity;
	private final CentersApi centers;
	private final Notifier notifier;
	private final MessageSource messages;
	private final TransactionTemplate tx;
	private final Clock clock;
	private final String baseUrl;

	ObligationReminders(Obligations obligations, ObligationReminderRepository reminders,
			OrganizationRepository organizations, OrganizationManagerRepository managers, IdentityApi identity,
			CentersApi centers, Notifier notifier, MessageSource messages, PlatformTransactionManager transactions,
			Clock clock, @Value("${ieum.base-url}") String baseUrl) {
		this.obligations = obligations;
		this.reminders = reminders;
		this.organizations = organizations;
		this.managers = managers;
		this.identity = identity;
		this.centers = centers;
		this.notifier = notifier;
		this.messages = messages;
		this.tx = new TransactionTemplate(transactions);
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@SchedulerLock(name = "enterprises-obligation-reminders", lockAtLeastFor = "PT1M")
	@Scheduled(cron = "${ieum.enterprises.obligation-reminder-cron:0 0 8 * * *}", zone = "Asia/Seoul")
	public void scheduled() {
		int queued = sendAsOf(Seoul.today(clock));
		if (queued > 0) {
			log.info("Obligation reminders queued: {}", queued);
		}
	}

	/** Queues the reminders due on this Seoul day; returns how many obligations were reminded. */
	public int sendAsOf(LocalDate today) {
		int queued = 0;
		for (DueObligation obligation : obligations.openDueWithin(today, FIRST)) {
			long days = ChronoUnit.DAYS.between(today, obligation.dueOn());
			int lead = days <= LAST ? LAST : FIRST;
			try {
				Boolean sent = tx.execute(s -> remind(obligation, lead, days));
				if (Boolean.TRUE.equals(sent)) {
					queued++;
				}
			}
			catch (DataIntegrityViolationException raced) {
				// another run recorded this reminder first and queued its mails
			}
		}
		return queued;
	}

	private boolean remind(DueObligation obligation, int lead, long days) {
		if (reminders.sent(obligation.key(), lead)) {
			return false;
		}
		Organization organization = organizations.findById(obligation.organizationId()).orElse(null);
		if (organization == null) {
			return false;
		}
		Set<String> to = new LinkedHashSet<>();
		for (OrganizationManager m : managers.findByOrganizationIdOrderByIdAsc(organization.getId())) {
			identity.verifiedEmailOf(m.getAccountId()).ifPresent(to::add);
		}
		obligations.responsibleStaffOf(organization.getId())
			.flatMap(identity::verifiedEmailOf)
			.ifPresentOrElse(to::add, () -> centerAddress(organization).ifPresent(to::add));
		String what = obligation.kind() == ObligationKind.DUTY ? obligation.title()
				: messages.getMessage("journey.kind." + obligation.kind(), null, Locale.KOREAN);
		String subject = messages.getMessage("journey.mail.subject",
				new Object[] { organization.getName(), what, days }, Locale.KOREAN);
		String body = messages.getMessage("journey.mail.body", new Object[] { organization.getName(), what,
				DATE.format(obligation.dueOn()), days, baseUrl + "/my/organizations/" + organization.getId() + "/obligations" },
				Locale.KOREAN);
		Long center = organization.getCenterIds().stream().sorted().findFirst().orElse(null);
		String link = "/my/organizations/" + organization.getId() + "/obligations";
		for (String address : to) {
			notifier.send(Notification.to(address, NotificationKind.OBLIGATION_DUE, center, subject, body, link));
		}
		reminders.saveAndFlush(new ObligationReminder(obligation.key(), lead, to.size(), clock.instant()));
		return true;
	}

	/** Without a responsible staff member, the first owning center's address stands in. */
	private Optional<String> centerAddress(Organization organization) {
		return organization.getCenterIds().stream().sorted().findFirst()
			.flatMap(centers::findById)
			.map(CenterSummary::slug)
			.flatMap(centers::profile)
			.map(CenterProfile::email)
			.filter(e -> e != null && !e.isBlank());
	}
}
