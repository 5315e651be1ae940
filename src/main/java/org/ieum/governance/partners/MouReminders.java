package org.ieum.governance.partners;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.Notifier;
import org.ieum.shared.Seoul;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails the center ({@code CenterProfile.email}) before an agreement ends: {@value Mou#EARLY_DAYS}
 * days before and {@value Mou#LATE_DAYS} days before, each once per term. Each agreement is
 * reminded in its own transaction under its version, so a second run or a second node that
 * raced it fails its commit and sends nothing.
 */
@Component
public class MouReminders {

	private static final Logger log = LoggerFactory.getLogger(MouReminders.class);

	private final MouRepository mous;
	private final PartnerRepository partners;
	private final CentersApi centers;
	private final Notifier notifier;
	private final MessageSource messages;
	private final TransactionTemplate tx;
	private final String baseUrl;
	private final Clock clock;

	public MouReminders(MouRepository mous, PartnerRepository partners, CentersApi centers, Notifier notifier,
			MessageSource messages, TransactionTemplate tx, @Value("${ieum.base-url}") String baseUrl, Clock clock) {
		this.mous = mous;
		this.partners = partners;
		this.centers = centers;
		this.notifier = notifier;
		this.messages = messages;
		this.tx = tx;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	@SchedulerLock(name = "governance-mou-reminders", lockAtLeastFor = "PT1M")
	@Scheduled(cron = "${ieum.governance.mou-reminder-cron:0 30 8 * * *}", zone = "Asia/Seoul")
	public void run() {
		int sent = sendDue();
		if (sent > 0) {
			log.info("Queued {} agreement end reminders", sent);
		}
	}

	/** Sends every reminder due today; returns how many were sent. */
	public int sendDue() {
		LocalDate today = Seoul.today(clock);
		int sent = 0;
		for (Mou due : mous.findByEndsOnBetween(today, today.plusDays(Mou.EARLY_DAYS))) {
			try {
				Boolean done = tx.execute(s -> remind(due.getId(), today));
				sent += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (ConcurrencyFailureException raced) {
				// another run reminded this agreement at the same moment: its mail stands, this one rolled back
			}
		}
		return sent;
	}

	private boolean remind(long mouId, LocalDate today) {
		Mou mou = mous.findById(mouId).orElseThrow();
		Mou.Reminder reminder = mou.reminderDue(today);
		if (reminder == null) {
			return false;
		}
		mou.reminded(reminder, clock.instant());
		Partner partner = partners.findById(mou.getPartnerId()).orElseThrow();
		String to = centers.findById(partner.getCenterId()).map(CenterSummary::slug).flatMap(centers::profile)
			.map(p -> p.email()).orElse(null);
		if (to != null && !to.isBlank()) {
			Object[] args = { partner.getName(), mou.getEndsOn().toString(), ChronoUnit.DAYS.between(today, mou.getEndsOn()),
					mou.getPurpose(), baseUrl + "/admin/governance/partners/" + partner.getId() + "?center="
							+ partner.getCenterId() };
			notifier.send(Notification.to(to, NotificationKind.AGREEMENT_ENDING, partner.getCenterId(),
					messages.getMessage("governance.mail.mouEnds.subject", args, Locale.KOREAN),
					messages.getMessage("governance.mail.mouEnds.body", args, Locale.KOREAN),
					"/admin/governance/partners/" + partner.getId() + "?center=" + partner.getCenterId()));
		}
		return true;
	}
}
