package org.ieum.enterprises.records;

import java.time.Clock;
import java.util.List;

import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes who changed what, in the transaction of the change itself: a change that rolls
 * back leaves no history, and a change cannot commit without its history.
 */
@Service
public class ChangeHistory {

	private final ChangeRecordRepository records;
	private final IdentityApi identity;
	private final Clock clock;

	public ChangeHistory(ChangeRecordRepository records, IdentityApi identity, Clock clock) {
		this.records = records;
		this.identity = identity;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(long organizationId, List<FieldChange> changes) {
		if (changes.isEmpty()) {
			return;
		}
		var user = identity.currentUser();
		Long actorId = user.map(CurrentUser::accountId).orElse(null);
		String actorName = user.map(CurrentUser::displayName).orElse(null);
		var now = clock.instant();
		for (FieldChange change : changes) {
			records.save(new ChangeRecord(organizationId, actorId, actorName, change, now));
		}
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(long organizationId, FieldChange change) {
		record(organizationId, List.of(change));
	}

	@Transactional(readOnly = true)
	public List<ChangeRecord> of(long organizationId) {
		return records.findByOrganizationIdOrderByChangedAtDescIdDesc(organizationId);
	}
}
