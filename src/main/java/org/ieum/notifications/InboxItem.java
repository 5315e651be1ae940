package org.ieum.notifications;

import java.time.Instant;

/** One line of a person's notices: what it is about, when, and where to read more. */
record InboxItem(long id, String kindKey, String subject, String body, String link, Instant at, boolean read) {

	static InboxItem of(Notice notice) {
		return new InboxItem(notice.getId(), notice.getKind().labelKey(), notice.getSubject(), notice.getBody(),
				notice.getLink(), notice.getCreatedAt(), notice.getReadAt() != null);
	}
}
