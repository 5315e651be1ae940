package org.ieum.market.needs;

import java.time.Clock;

import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the organizations a need matches about it, each once: every organization in its own transaction that first
 * writes the unique (need, organization) row, so publishing again tells only organizations that matched since, and
 * two staff members publishing at the same moment tell each organization once (the second fails the row and sends
 * nothing).
 */
@Service
public class NeedAnnouncements {

	private final NeedRepository needs;
	private final NeedNoticeRepository notices;
	private final NeedMatches matches;
	private final NeedMails mails;
	private final TransactionTemplate tx;
	private final Clock clock;

	NeedAnnouncements(NeedRepository needs, NeedNoticeRepository notices, NeedMatches matches, NeedMails mails,
			PlatformTransactionManager transactions, Clock clock) {
		this.needs = needs;
		this.notices = notices;
		this.matches = matches;
		this.mails = mails;
		this.tx = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Tells every matching organization not told yet; returns how many were told now. */
	public int publish(long needId) {
		Need need = needs.findById(needId).orElseThrow(() -> Refusal.notFound("market.needs.error.unknown"));
		Authorities.requireCenterStaff(need.getCenterId());
		need.requireOpen();
		int told = 0;
		for (NeedMatches.Match match : matches.of(need)) {
			try {
				Boolean done = tx.execute(s -> tell(need, match));
				told += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
				// another publish told this organization at the same moment: its messages stand, these rolled back
			}
		}
		return told;
	}

	private boolean tell(Need need, NeedMatches.Match match) {
		if (notices.existsByNeedIdAndOrganizationId(need.getId(), match.organizationId())) {
			return false;
		}
		notices.saveAndFlush(new NeedNotice(need.getId(), match.organizationId(), clock.instant()));
		mails.matched(need, match.organizationId(), match.organizationName());
		return true;
	}
}
