package org.ieum.governance;

import java.util.Collection;

import org.ieum.governance.councils.CouncilRepository;
import org.ieum.governance.councils.MeetingRepository;
import org.ieum.shared.Seoul;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may read from governance: counts, no personal data. */
@Service
@Transactional(readOnly = true)
public class GovernanceApi {

	private final CouncilRepository councils;
	private final MeetingRepository meetings;

	GovernanceApi(CouncilRepository councils, MeetingRepository meetings) {
		this.councils = councils;
		this.meetings = meetings;
	}

	/** Council meetings held by these centers in a year (in Seoul); a meeting called off is not counted. */
	public long meetingsIn(Collection<Long> centerIds, int year) {
		var ids = councils.findByCenterIdInOrderByNameAscIdAsc(centerIds).stream().map(c -> c.getId()).toList();
		return ids.isEmpty() ? 0 : meetings.findByCouncilIdInOrderByStartsAtDescIdDesc(ids).stream()
			.filter(m -> !m.isCancelled() && Seoul.at(m.getStartsAt()).getYear() == year).count();
	}
}
