package org.ieum.market.inquiries;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.ieum.shared.Seoul;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Erases the buyer's contact details (name, phone, e-mail) of inquiries answered more than
 * {@code ieum.market.inquiry-retention-months} months ago (default 6), and of inquiries never answered twice that long
 * after they arrived. What was asked and answered stays; the private link still shows it. Running it again erases
 * nothing twice.
 */
@Component
class InquiryRetention {

	private final InquiryRepository inquiries;
	private final Clock clock;
	private final int months;

	InquiryRetention(InquiryRepository inquiries, Clock clock,
			@Value("${ieum.market.inquiry-retention-months:6}") int months) {
		this.inquiries = inquiries;
		this.clock = clock;
		this.months = months;
	}

	/** Erases the contacts whose time is up; returns how many inquiries lost them. */
	@SchedulerLock(name = "market-inquiry-retention", lockAtLeastFor = "PT1M")
	@Scheduled(cron = "${ieum.market.inquiry-retention-cron:0 40 3 * * *}", zone = "Asia/Seoul")
	@Transactional
	public int eraseExpiredContacts() {
		Instant now = clock.instant();
		ZonedDateTime seoul = Seoul.at(now);
		List<Inquiry> due = inquiries.contactsToErase(seoul.minusMonths(months).toInstant(),
				seoul.minusMonths(2L * months).toInstant());
		due.forEach(i -> i.eraseContacts(now));
		return due.size();
	}
}
