package org.ieum.governance.councils;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Tells a council member, and the council's center (its address, {@code CenterProfile.email}), once
 * per term that the term ends within {@value #DAYS} days, so a reappointment or a successor can be
 * arranged. Each member is reminded in its own transaction that first writes the unique
 * (member, term end) row: a second run, or a second node racing it, fails that row and sends nothing.
 */
@Component
public class TermReminders {

	static final int DAYS = 60;

	private static final Logger log = LoggerFactory.getLogger(TermReminders.class);

	private final MemberRepository members;
	private final CouncilRepository councils;
	private final TermReminderRepository reminders;
	private final CentersApi centers;
	private final Notifier notifier;
	private final MessageSource messages;
	private final TransactionTemplate tx;
	private final String baseUrl;
	private final Clock clock;

	public TermReminders(MemberRepository members, CouncilRepository councils, TermReminderRepository reminders,
			CentersApi centers, Notifier notifier, MessageSource messages, TransactionTemplate tx,
			@Value("${ieum.base-url}") String baseUrl, Clock clock) {
		this.members = members;
		this.councils = councils;
		this.reminders = reminders;
		this.centers = centers;
		this.notifier = notifier;
		this.messages = messages;
		this.tx = tx;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	@SchedulerLock(name = "governance-term-reminders", lockAtLeastFor = "PT1M")
	@Scheduled(cron = "${ieum.governance.term-reminder-cron:0 40 8 * * *}", zone = "Asia/Seoul")
	public void run() {
		int sent = sendDue();
		if (sent > 0) {
			log.info("Reminded {} council members of their terms ending", sent);
		}
	}

	/**
	 * Reminds each member whose term ends within {@value #DAYS} days and who was not told of that end
	 * yet; returns how many.
	 */
	public int sendDue() {
		LocalDate today = Seoul.today(clock);
		int sent = 0;
		for (Member due : members.findByTermEndBetweenOrderByTermEndAscIdAsc(today, today.plusDays(DAYS))) {
			try {
				Boolean done = tx.execute(s -> remind(due.getId(), today));
				sent += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
				// another run reminded this member of this term at the same moment: its mails stand, these rolled back
			}
		}
		return sent;
	}

	private boolean remind(long memberId, LocalDate today) {
		Member member = members.findById(memberId).orElseThrow();
		if (reminders.existsByMemberIdAndTermEnd(memberId, member.getTermEnd())) {
			return false;
		}
		reminders.saveAndFlush(new TermReminder(memberId, member.getTermEnd(), clock.instant()));
		Council council = councils.findById(member.getCouncilId()).orElseThrow();
		String staffPage = "/admin/governance/councils/" + council.getId() + "?center=" + council.getCenterId();
		Object[] args = { member.getName(), council.getName(), member.getTermEnd().toString(),
				ChronoUnit.DAYS.between(today, member.getTermEnd()), baseUrl + staffPage };
		if (member.getEmail() != null || member.getAccountId() != null) {
			notifier.send(new Notification(NotificationKind.COUNCIL_TERM_ENDING, council.getCenterId(),
					member.getAccountId(), member.getEmail(),
					messages.getMessage("governance.mail.termEnds.subject", args, Locale.KOREAN),
					messages.getMessage("governance.mail.termEnds.body", args, Locale.KOREAN), "/my/governance"));
		}
		String center = centers.findById(council.getCenterId()).map(CenterSummary::slug).flatMap(centers::profile)
			.map(p -> p.email()).orElse(null);
		if (center != null && !center.isBlank()) {
			notifier.send(Notification.to(center, NotificationKind.COUNCIL_TERM_ENDING, council.getCenterId(),
					messages.getMessage("governance.mail.termEndsStaff.subject", args, Locale.KOREAN),
					messages.getMessage("governance.mail.termEndsStaff.body", args, Locale.KOREAN), staffPage));
		}
		return true;
	}
}
