package org.ieum.identity.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.ieum.identity.CurrentUser;
import org.ieum.identity.PersonalDataAction;
import org.ieum.identity.accounts.AccountPrincipals;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The personal-data access log (who, when, from where, whose data, what, and why for
 * exports). Entries form a hash chain so that tampering outside the application shows up
 * in {@link #verify()}.
 */
@Service
public class PersonalDataAccessLog {

	private final PersonalDataAccessRepository entries;
	private final AccessLogHeadRepository head;
	private final AccountPrincipals principals;
	private final Clock clock;

	PersonalDataAccessLog(PersonalDataAccessRepository entries, AccessLogHeadRepository head,
			AccountPrincipals principals, Clock clock) {
		this.entries = entries;
		this.head = head;
		this.principals = principals;
		this.clock = clock;
	}

	/** Written in the caller's transaction when there is one: no access without its log entry. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(Long subjectAccountId, PersonalDataAction action, String detail, String reason) {
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// PostgreSQL refuses the entry in a read-only transaction and the page fails there; H2 would
			// write it, so the mistake is refused everywhere and the tests on H2 find it too
			throw new IllegalStateException("the personal-data access log is written in the transaction of the read,"
					+ " which therefore must not be read-only");
		}
		AccessLogHead current = head.lockHead().orElseThrow();
		Long actorId = principals.current().map(CurrentUser::accountId).orElse(null);
		String actorEmail = principals.current().map(CurrentUser::email).orElse(null);
		PersonalDataAccess entry = new PersonalDataAccess(clock.instant(), actorId, actorEmail, clientAddress(),
				subjectAccountId, action, truncate(detail), truncate(reason), current.getLastHash());
		entries.save(entry);
		current.advance(entry.getEntryHash());
	}

	@Transactional(readOnly = true)
	public Page<PersonalDataAccess> search(String actor, Long subject, PersonalDataAction action, Instant from,
			Instant to, Pageable page) {
		return entries.search(actor == null ? "" : actor.trim().toLowerCase(), subject, action, from, to, page);
	}

	static final String GENESIS = "0".repeat(64);

	/**
	 * Walks the whole chain from its first link (so removing the oldest rows shows too);
	 * returns the id of the first entry that does not fit, -1 when the newest rows are
	 * missing, or null when intact. Reads the whole table: run it on request, not per page view.
	 */
	@Transactional(readOnly = true)
	public Long verify() {
		String previous = GENESIS;
		try (Stream<PersonalDataAccess> all = entries.streamInOrder()) {
			Iterator<PersonalDataAccess> it = all.iterator();
			while (it.hasNext()) {
				PersonalDataAccess e = it.next();
				boolean linked = previous.equals(e.getPreviousHash());
				if (!linked || !e.computeHash().equals(e.getEntryHash())) {
					return e.getId();
				}
				previous = e.getEntryHash();
			}
		}
		String last = head.findById(1).map(AccessLogHead::getLastHash).orElse(null);
		return previous.equals(last) ? null : -1L;
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String text) {
		return text == null || text.length() <= 500 ? text : text.substring(0, 500);
	}
}
