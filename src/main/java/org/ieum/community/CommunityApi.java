package org.ieum.community;

import java.util.Collection;

import org.ieum.community.groups.GroupQueries;
import org.springframework.stereotype.Service;

/** What other modules may read from the community module: counts, no personal data. */
@Service
public class CommunityApi {

	private final GroupQueries groups;

	CommunityApi(GroupQueries groups) {
		this.groups = groups;
	}

	/** How many small groups meet (are approved) at these centers. */
	public long activeGroups(Collection<Long> centerIds) {
		return groups.activeCount(centerIds);
	}
}
