package org.ieum.notifications;

import java.util.EnumSet;
import java.util.Set;

/** How a notification reaches a person. */
enum Channel {
	EMAIL, IN_APP, SMS, ALIMTALK;

	/** The channels people choose on My page (texts and 알림톡 need a verified phone first). */
	static final Set<Channel> CHOOSABLE = EnumSet.of(EMAIL, IN_APP);

	String labelKey() {
		return "notifications.channel." + name();
	}
}
